//! Numbered citations ([1], [2] …) and the "Nguồn / Sources" footnote list they link to.

use super::logic::Citations;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Source};
use crate::nav::href;
use leptos::prelude::*;

/// What citation links need: the numbering, the page's own address (path and query, so that a
/// `#cite-N` link stays on this page under any `<base href>`), and source titles for tooltips.
#[derive(Clone, Debug, Default)]
pub struct CiteCtx {
    /// The numbering.
    pub cites: Citations,
    /// Path and query of this page, e.g. `/yentu/site/con-son?lang=vi`.
    pub here: String,
    /// Source titles by number (index 0 is [1]); empty for an unknown id.
    pub titles: Vec<String>,
}

impl CiteCtx {
    /// Numbering and titles for `cites`, linking within `here`.
    pub fn new(ds: &Dataset, cites: Citations, here: String) -> CiteCtx {
        let titles = cites
            .order
            .iter()
            .map(|id| ds.source(id).map(|s| s.title.clone()).unwrap_or_default())
            .collect();
        CiteCtx {
            cites,
            here,
            titles,
        }
    }

    /// `[1][3]` as superscript links to the footnotes; nothing for an empty list.
    pub fn refs(&self, ids: &[String], lang: Lang) -> AnyView {
        let mut numbers: Vec<usize> = ids.iter().filter_map(|id| self.cites.number(id)).collect();
        numbers.dedup();
        if numbers.is_empty() {
            return ().into_any();
        }
        let links = numbers
            .into_iter()
            .map(|n| {
                let title = self.titles.get(n - 1).cloned().unwrap_or_default();
                let label = match lang {
                    Lang::Vi => format!("Nguồn {n}: {title}"),
                    Lang::En => format!("Source {n}: {title}"),
                };
                view! {
                    // target="_self": the browser, not the router, follows the fragment, so
                    // that `:target` and the focus starting point move to the footnote.
                    <a class="cite-ref" href=format!("{}#cite-{n}", self.here) target="_self" title=label>
                        {format!("[{n}]")}
                    </a>
                }
            })
            .collect_view();
        view! { <sup class="cite-refs">{links}</sup> }.into_any()
    }
}

/// The entry of source `id` on the sources page, where every footnote's label leads.
pub fn source_href(id: &str, lang: Lang) -> String {
    format!("{}#src-{id}", href("/sources", lang))
}

/// The footnotes: an `<ol>` whose item N has the id `cite-N`, with the source's title linking to
/// its address, the publisher, date and id.
pub fn source_list(ds: &Dataset, ctx: &CiteCtx, lang: Lang) -> impl IntoView {
    let items = ctx
        .cites
        .order
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let n = i + 1;
            let source = ds.source(id).cloned();
            view! { <li id=format!("cite-{n}") class="footnote"><SourceRef source id=id.clone() lang /></li> }
        })
        .collect_view();
    view! {
        <section class="site-sources" aria-labelledby="site-sources-title">
            <h2 id="site-sources-title">{lang.t("Nguồn", "Sources")}</h2>
            <ol class="site-footnotes">{items}</ol>
        </section>
    }
}

/// One entry of a list of sources: its title linked to the source, the publisher, the date and
/// the id linked to the list of sources, with the address written out for print; for an id the
/// data does not hold, a notice.
#[component]
pub fn SourceRef(source: Option<Source>, id: String, lang: Lang) -> impl IntoView {
    match source {
        Some(s) => view! {
            <a href=s.url.clone() rel="noopener noreferrer" lang=s.lang.clone() class="source-link">
                {s.title.clone()}
            </a>
            " — "
            <span class="publisher">{s.publisher.clone()}</span>
            {s.date.clone().map(|d| view! { ", "<span class="date">{d}</span> })}
            " ("
            <a
                class="source-id"
                href=source_href(&s.id, lang)
                aria-label=format!("{}{}", s.id, lang.t(" trong danh mục nguồn", " in the list of sources"))
            >
                {s.id.clone()}
            </a>
            ")"
            <span class="source-url" aria-hidden="true">{s.url}</span>
        }
        .into_any(),
        None => view! {
            <span class="source-id">{format!("({id})")}</span>
            " "
            {lang.t("nguồn không có trong danh mục", "source not in the list")}
        }
        .into_any(),
    }
}
