//! The timeline's items and the list of the sources they cite.

use super::{milestone_date, milestone_href, status_label};
use crate::components::site_parts::cite::SourceRef;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Milestone};
use crate::domain::text;
use crate::nav::href;
use leptos::prelude::*;

/// Source ids numbered in the order the timeline first cites them: [1], [2], …
#[derive(Clone, Debug, Default)]
pub struct Citations {
    order: Vec<String>,
}

impl Citations {
    /// Numbers the sources of `timeline` (already in display order).
    pub fn new<'a>(timeline: impl IntoIterator<Item = &'a Milestone>) -> Self {
        let mut order: Vec<String> = Vec::new();
        for m in timeline {
            for s in &m.sources {
                if !order.contains(s) {
                    order.push(s.clone());
                }
            }
        }
        Citations { order }
    }

    /// The number of a source (from 1).
    pub fn number(&self, id: &str) -> Option<usize> {
        self.order.iter().position(|s| s == id).map(|i| i + 1)
    }

    /// The numbered source ids.
    pub fn ids(&self) -> &[String] {
        &self.order
    }
}

/// `text` with the words of `query` wrapped in `<mark>` (diacritics and case ignored).
pub fn highlighted(original: &str, query: &str) -> AnyView {
    let spans = text::highlight_spans(original, query);
    if spans.is_empty() {
        return original.to_string().into_any();
    }
    let mut parts: Vec<AnyView> = Vec::new();
    let mut at = 0;
    for (a, b) in spans {
        if let (Some(before), Some(hit)) = (original.get(at..a), original.get(a..b)) {
            parts.push(before.to_string().into_any());
            parts.push(view! { <mark>{hit.to_string()}</mark> }.into_any());
            at = b;
        }
    }
    parts.push(
        original
            .get(at..)
            .unwrap_or_default()
            .to_string()
            .into_any(),
    );
    parts.into_any()
}

/// How one item is shown.
pub struct ItemState<'a> {
    /// The search text, for highlighting.
    pub query_text: &'a str,
    /// The milestone a link pointed to.
    pub is_target: bool,
    /// Shown although the filters leave it out (because a link pointed to it).
    pub pinned: bool,
    /// This view's URL (path and query) for in-page `#` links.
    pub here: &'a str,
}

/// One milestone as `<li id="m-<id>">`: date, phase, status, title, ⚠ note, text, actors,
/// sites, numbered sources and a link to itself. `on_link` handles a plain click on that link.
pub fn milestone_item(
    ds: &Dataset,
    m: &Milestone,
    lang: Lang,
    cites: &Citations,
    state: ItemState<'_>,
    on_link: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let actors: Vec<String> = m
        .actors
        .iter()
        .map(|id| {
            ds.property
                .actors
                .iter()
                .find(|a| &a.id == id)
                .map(|a| a.name.get(lang).to_string())
                .unwrap_or_else(|| id.clone())
        })
        .collect();
    let sites = m
        .sites
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = ds
                .site(id)
                .map(|s| s.name.get(lang).to_string())
                .unwrap_or_else(|| id.clone());
            view! {
                {(i > 0).then_some(", ")}
                <a href=href(&format!("/site/{id}"), lang)>{name}</a>
            }
        })
        .collect_view();
    let sources = m
        .sources
        .iter()
        .filter_map(|id| {
            let n = cites.number(id)?;
            let title = ds.source(id).map(|s| s.title.clone()).unwrap_or_default();
            Some(view! {
                " "
                <a class="cite" href=format!("{}#fn-{id}", state.here) title=title>
                    {format!("[{n}]")}
                </a>
            })
        })
        .collect_view();
    let mut class = format!(
        "milestone phase-{} status-{}",
        m.phase.id(),
        super::status_id(m.status)
    );
    if m.uncertain {
        class.push_str(" is-uncertain");
    }
    if state.is_target {
        class.push_str(" is-target");
    }
    let note = m
        .note
        .as_ref()
        .map(|n| n.get(lang).to_string())
        .unwrap_or_default();
    view! {
        <li id=format!("m-{}", m.id) class=class tabindex="-1" data-phase=m.phase.id()>
            <p class="m-meta">
                <time class="m-date" datetime=m.date.clone()>{milestone_date(m, lang)}</time>
                <span class="m-phase">{m.phase.label(lang)}</span>
                {status_label(m.status, lang)}
            </p>
            {state.is_target.then(|| view! {
                <p class="m-target-label">
                    <span aria-hidden="true">"➜ "</span>
                    {lang.t("Mốc được liên kết", "Linked milestone")}
                </p>
            })}
            {state.pinned.then(|| view! {
                <p class="m-pinned">
                    {lang.t(
                        "Mốc này nằm ngoài bộ lọc hiện tại; vẫn hiện ra vì bạn mở liên kết đến nó.",
                        "This milestone is outside the current filters; it is shown because a link pointed to it.",
                    )}
                </p>
            })}
            <h3 class="m-title">{highlighted(m.title.get(lang), state.query_text)}</h3>
            {m.uncertain.then(|| view! {
                <p class="uncertain m-note">
                    <span class="warn-mark" aria-hidden="true">"⚠"</span>
                    " "
                    <strong>{lang.t("Chưa chắc chắn:", "Uncertain:")}</strong>
                    " "
                    {note.clone()}
                </p>
            })}
            <p class="m-text">{highlighted(m.text.get(lang), state.query_text)}</p>
            {(!actors.is_empty()).then(|| view! {
                <p class="m-actors">
                    <span class="m-label">{lang.t("Cơ quan, tỉnh: ", "Bodies and provinces: ")}</span>
                    {actors.join("; ")}
                </p>
            })}
            {(!m.sites.is_empty()).then(|| view! {
                <p class="m-sites">
                    <span class="m-label">{lang.t("Điểm di tích: ", "Sites: ")}</span>
                    {sites}
                </p>
            })}
            <p class="m-foot">
                <span class="m-sources">
                    <span class="m-label">{lang.t("Nguồn:", "Sources:")}</span>
                    {sources}
                </span>
                <a class="m-permalink" href=milestone_href(&m.id, lang) on:click=on_link>
                    <span aria-hidden="true">"# "</span>
                    {lang.t("Liên kết đến mốc này", "Link to this milestone")}
                </a>
            </p>
        </li>
    }
}

/// The numbered list of the sources the timeline cites, each with `id="fn-<source id>"`.
pub fn footnotes(ds: &Dataset, cites: &Citations, lang: Lang) -> impl IntoView {
    let items = cites
        .ids()
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let source = ds.source(id).cloned();
            view! {
                <li id=format!("fn-{id}") tabindex="-1">
                    <span class="fn-num">{format!("[{}]", i + 1)}</span>
                    " "
                    <SourceRef source id=id.clone() lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="footnotes">{items}</ol>
        <p>
            <a href=href("/sources", lang)>{lang.t("Mọi nguồn tư liệu", "All sources")}</a>
        </p>
    }
}
