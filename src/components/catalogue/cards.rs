//! The result cards, keyed by site so that a keystroke moves and re-marks existing cards instead
//! of rebuilding them. Each card shows where the search matched: the name or summary marked, or
//! a short excerpt of the text that matched (an alternative name, a person, the description…).

use super::toolbar::ClearAllButton;
use super::Catalogue;
use crate::components::site_card::{province_line, SiteCard};
use crate::domain::excerpt::{Excerpt, Matched, SiteWords, TextKind};
use crate::domain::model::Lang;
use crate::domain::num::approx_km;
use crate::domain::query::Hit;
use crate::domain::text::highlight_spans;
use leptos::prelude::*;

/// `text` as text nodes with `<mark>` around the byte ranges `spans` (sorted, on character
/// boundaries). Built from nodes, never from an HTML string.
pub fn marked(text: &str, spans: &[(usize, usize)]) -> Vec<AnyView> {
    let mut out: Vec<AnyView> = Vec::new();
    let mut at = 0;
    for &(start, end) in spans {
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

/// `text` with `<mark>` around every part that matches a word of `query` (folded, so "con son"
/// marks "Côn Sơn").
pub fn highlighted(text: &str, query: &str) -> Vec<AnyView> {
    marked(text, &highlight_spans(text, query))
}

/// How many cards are drawn at first, and added by each "show more". A long list is read a page
/// at a time, and drawing thousands of cards on every keystroke would make typing lag.
pub const PAGE: usize = 60;

/// The ranked results (the first [`PAGE`], then more on request), or the empty state.
#[component]
pub fn ResultList(cat: Catalogue, lang: Lang) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
    // A new search or filter starts again from the first page.
    Effect::new(move |_| {
        cat.query.track();
        shown.set(PAGE);
    });
    let hits = move || {
        let n = shown.get();
        cat.results
            .with(|(hits, _)| hits.iter().take(n).cloned().collect::<Vec<Hit>>())
    };
    let remaining = move || cat.total().saturating_sub(shown.get());
    // Memos, so that the button and the empty state are only built or removed when they appear
    // or disappear (a rebuilt button would lose the focus of the visitor who just pressed it).
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
        <ul class="card-grid cat-cards" hidden=empty>
            <For
                each=hits
                key=|h: &Hit| (h.site_index, h.distance_km.map(f64::to_bits))
                children=move |hit: Hit| view! { <li><HitCard cat hit lang /></li> }
            />
        </ul>
        <Show when=move || has_more.get()>
            <p class="cat-more">
                <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {more_label}
                </button>
            </p>
        </Show>
        <Show when=move || empty.get()>
            <div class="cat-empty">
                <p>{lang.t("Không có kết quả", "No results")}</p>
                <ClearAllButton cat lang />
            </div>
        </Show>
    }
}

/// One result: the shared site card with the matches marked and, when sorting by distance, the
/// kilometres from the chosen site.
#[component]
fn HitCard(cat: Catalogue, hit: Hit, lang: Lang) -> impl IntoView {
    let ds = cat.ds.get_value();
    let Some(site) = ds.sites.get(hit.site_index).cloned() else {
        return ().into_any();
    };
    let province = province_line(&ds, &site, lang);
    // Kept while the card is shown: each text is split into words once, on the first search
    // that needs it, so that a keystroke only compares words.
    let words = SiteWords::new(&ds, &site);
    let found = Memo::new(move |_| cat.text.with(|t| words.matched(t, lang)));
    let card_site = site.clone();
    let name = site.name.get(lang).to_string();
    let summary = site.summary.get(lang).to_string();
    let vi_name = site.name.vi.clone();
    let name_view = view! { {move || found.with(|m| marked(&name, &m.name))} }.into_any();
    let summary_view = view! { {move || found.with(|m| marked(&summary, &m.summary))} }.into_any();
    let vi_name_view = view! { {move || found.with(|m| marked(&vi_name, &m.vi_name))} }.into_any();
    let distance = hit.distance_km.map(|km| {
        view! { <p class="card-distance">{approx_km(km, lang)}</p> }
    });
    let extra = view! {
        {move || found.with(|m| excerpt_view(m, lang))}
        {distance}
    }
    .into_any();
    view! {
        <SiteCard
            site=card_site
            province=province
            lang=lang
            name_view=name_view
            vi_name_view=vi_name_view
            summary_view=summary_view
            extra=extra
        />
    }
    .into_any()
}

/// What the excerpt of a match is, as a short label: "Tên khác", "In the description"…
fn excerpt_label(e: &Excerpt, lang: Lang) -> &'static str {
    let other = e.lang.is_some_and(|l| l != lang);
    match (e.kind, other) {
        (TextKind::Name, _) => lang.t("Tên tiếng Anh", "Vietnamese name"),
        (TextKind::AltName, _) => lang.t("Tên khác", "Also called"),
        (TextKind::Summary, _) => lang.t("Tóm tắt tiếng Anh", "Summary in Vietnamese"),
        (TextKind::Locality, _) => lang.t("Địa điểm", "Location"),
        (TextKind::Kind, _) => lang.t("Loại hình", "Kind"),
        (TextKind::Person, _) => lang.t("Nhân vật liên quan", "Associated person"),
        (TextKind::Province, _) => lang.t("Tỉnh, thành phố", "Province"),
        (TextKind::Description, false) => lang.t("Trong bài giới thiệu", "In the description"),
        (TextKind::Description, true) => lang.t(
            "Trong bài giới thiệu tiếng Anh",
            "In the Vietnamese description",
        ),
    }
}

/// The excerpt line of a card, when the best match is in a text the card does not show.
fn excerpt_view(m: &Matched, lang: Lang) -> Option<AnyView> {
    let e = m.excerpt.as_ref()?;
    // Proper names without a language of their own are Vietnamese.
    let text_lang = e.lang.unwrap_or(Lang::Vi);
    let lang_attr = (text_lang != lang).then(|| text_lang.code());
    Some(
        view! {
            <p class="card-match" data-match=e.kind.id()>
                <span class="match-label">{excerpt_label(e, lang)}": "</span>
                <span class="match-text" lang=lang_attr>{marked(&e.text, &e.marks)}</span>
            </p>
        }
        .into_any(),
    )
}
