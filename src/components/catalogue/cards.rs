//! The result cards, keyed by site so that a keystroke moves and re-highlights existing cards
//! instead of rebuilding them.

use super::toolbar::clear_all_button;
use super::{watch, Catalogue};
use crate::components::site_card::{province_line, SiteCard};
use crate::domain::model::Lang;
use crate::domain::num::approx_km;
use crate::domain::query::Hit;
use crate::domain::text::highlight_spans;
use leptos::prelude::*;

/// `text` as text nodes with `<mark>` around the parts that match `query` (folded, so "con son"
/// marks "Côn Sơn"). Built from nodes, never from an HTML string.
pub fn highlighted(text: &str, query: &str) -> Vec<AnyView> {
    let mut out: Vec<AnyView> = Vec::new();
    let mut at = 0;
    for (start, end) in highlight_spans(text, query) {
        let (Some(before), Some(hit)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(before.to_string().into_any());
        }
        out.push(view! { <mark>{hit.to_string()}</mark> }.into_any());
        at = end;
    }
    out.push(text.get(at..).unwrap_or_default().to_string().into_any());
    out
}

/// [`highlighted`] following the search text `query`.
fn highlighted_view(text: String, query: Memo<String>) -> AnyView {
    view! { {move || highlighted(&text, &query.get())} }.into_any()
}

/// How many cards are drawn at first, and added by each "show more". A long list is read a page
/// at a time, and drawing thousands of cards on every keystroke would make typing lag.
pub const PAGE: usize = 60;

/// The ranked results (the first [`PAGE`], then more on request), or the empty state.
pub fn result_list(cat: Catalogue, lang: Lang) -> AnyView {
    let shown = RwSignal::new(PAGE);
    // A new search or filter starts again from the first page.
    watch(Box::new(move || {
        cat.query.track();
        shown.set(PAGE);
    }));
    let hits = move || {
        let n = shown.get();
        cat.results
            .with(|(hits, _)| hits.iter().take(n).cloned().collect::<Vec<Hit>>())
    };
    let remaining = move || cat.total().saturating_sub(shown.get());
    // Memos, so that the button and the empty state are only built or removed when they appear or
    // disappear (a rebuilt button would lose the focus of the visitor who just pressed it).
    let empty = Memo::new(move |_| cat.total() == 0);
    let has_more = Memo::new(move |_| remaining() != 0);
    let more_label = move || {
        let (next, left) = (remaining().min(PAGE), remaining());
        match lang {
            Lang::Vi => format!("Hiện thêm {next} (còn {left})"),
            Lang::En => format!("Show {next} more ({left} left)"),
        }
    };
    view! {
        <ul class="card-grid cat-cards" hidden=move || empty.get()>
            <For
                each=hits
                key=|h: &Hit| (h.site_index, h.distance_km.map(f64::to_bits))
                children=move |h: Hit| view! { <li>{hit_card(cat, h, lang)}</li> }
            />
        </ul>
        {move || {
            has_more
                .get()
                .then(|| {
                    view! {
                        <p class="cat-more">
                            <button type="button" on:click=move |_| shown.set(shown.get_untracked() + PAGE)>
                                {move || more_label()}
                            </button>
                        </p>
                    }
                        .into_any()
                })
        }}
        {move || {
            empty
                .get()
                .then(|| {
                    view! {
                        <div class="cat-empty">
                            <p>{lang.t("Không có kết quả", "No results")}</p>
                            {clear_all_button(cat, lang)}
                        </div>
                    }
                        .into_any()
                })
        }}
    }
    .into_any()
}

/// One result: the shared site card with the name and summary highlighted and, when sorting by
/// distance, the kilometres from the chosen site.
fn hit_card(cat: Catalogue, hit: Hit, lang: Lang) -> AnyView {
    let ds = cat.ds.get_value();
    let Some(site) = ds.sites.get(hit.site_index).cloned() else {
        return ().into_any();
    };
    let province = province_line(&ds, &site, lang);
    let name = site.name.get(lang).to_string();
    let summary = site.summary.get(lang).to_string();
    let name_view = highlighted_view(name, cat.text);
    let distance = hit.distance_km.map(|km| {
        view! { <p class="card-distance">{approx_km(km, lang)}</p> }
    });
    let summary_view = highlighted_view(summary, cat.text);
    let extra = distance.into_any();
    view! {
        <SiteCard
            site=site
            province=province
            lang=lang
            name_view=name_view
            summary_view=summary_view
            extra=extra
        />
    }
    .into_any()
}
