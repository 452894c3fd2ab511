//! The nomination dossier: its outcome first (the inscription), the phases that led to it, the
//! Committee's after-inscription requests as their own list, the durations between the main
//! steps and a filterable timeline with numbered sources.
//!
//! The URL holds the view: the filters (`phase`, `from`, `to`, `actor`, `q`, see
//! [`TimelineQuery::to_params`]) and the milestone a link points to (`m=<id>`, or `#m-<id>`).
//! A linked milestone is scrolled to, focused and highlighted; when the filters would hide it,
//! it is shown anyway, marked as outside the filters (the filters stay as they are). An unknown
//! id shows a polite notice.

use crate::components::data_view::with_data;
use crate::components::dossier_parts::filters::{Choices, TimelineFilters, Write};
use crate::components::dossier_parts::focus::focus_milestone;
use crate::components::dossier_parts::progress;
use crate::components::dossier_parts::timeline::{footnotes, milestone_item, Citations, ItemState};
use crate::data::use_data;
use crate::domain::dataset::Dataset;
use crate::domain::dossier::{end_date, filter_timeline, start_date, TimelineQuery};
use crate::domain::model::{Lang, Milestone};
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::{href_with, use_query_pairs, use_set_query};
use crate::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;

/// The dossier page.
#[component]
pub fn Dossier() -> impl IntoView {
    let lang = use_lang();
    let pairs = use_query_pairs();
    let location = use_location();
    let set_query = use_set_query();
    title_effect(Page::Dossier);

    // The milestone a link points to: `?m=<id>`, else `#m-<id>`.
    let target = Memo::new(move |_| {
        let from_query = pairs.with(|p| {
            p.iter()
                .find(|(k, _)| k == "m")
                .map(|(_, v)| v.trim().to_string())
        });
        from_query.filter(|s| !s.is_empty()).or_else(|| {
            location.hash.with(|h| {
                h.trim_start_matches('#')
                    .strip_prefix("m-")
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            })
        })
    });

    // Once the data is there, bring the linked milestone into view and focus it.
    let data = use_data();
    Effect::new(move |_| {
        let Some(id) = target.get() else { return };
        let known =
            matches!(data.state(Page::Dossier.data()), Some(Ok(ds)) if ds.milestone(&id).is_some());
        if known {
            focus_milestone(id);
        }
    });

    let set: SetQuery = Arc::new(set_query);
    view! {
        <article class="dossier">
            {with_data(move |ds| page(ds, lang.get(), pairs, target, set.clone()))}
        </article>
    }
}

/// Replaces the view's query parameters: `(params, replace)`.
type SetQuery = Arc<dyn Fn(Vec<(String, String)>, bool) + Send + Sync>;

/// The URL parameters for a query whose text is kept as typed.
fn filter_params(q: &TimelineQuery) -> Vec<(String, String)> {
    let without_text = TimelineQuery {
        text: String::new(),
        ..q.clone()
    };
    let mut params = without_text.to_params();
    if !q.text.trim().is_empty() {
        params.push(("q".to_string(), q.text.clone()));
    }
    params
}

/// The years the data covers, from the first start to the last end.
fn year_span(timeline: &[Milestone]) -> (i32, i32) {
    let years: Vec<i32> = timeline
        .iter()
        .flat_map(|m| [start_date(m), end_date(m)])
        .flatten()
        .map(|d| d.year)
        .collect();
    match (years.iter().min(), years.iter().max()) {
        (Some(&a), Some(&b)) => (a, b),
        _ => (0, 0),
    }
}

/// The filtered milestones, with the linked one added (marked pinned) when the filters leave
/// it out; in date order.
fn shown<'a>(
    ds: &'a Dataset,
    q: &TimelineQuery,
    target: Option<&str>,
    lang: Lang,
) -> (Vec<(&'a Milestone, bool)>, usize) {
    let found = filter_timeline(ds, q, lang);
    let count = found.len();
    let mut v: Vec<(&Milestone, bool)> = found.into_iter().map(|m| (m, false)).collect();
    if let Some(m) = target.and_then(|id| ds.milestone(id)) {
        if !v.iter().any(|(x, _)| x.id == m.id) {
            let key = start_date(m);
            let at = v
                .iter()
                .position(|(x, _)| match (start_date(x), key) {
                    (Some(a), Some(b)) => a > b,
                    (None, _) => true,
                    (Some(_), None) => false,
                })
                .unwrap_or(v.len());
            v.insert(at, (m, true));
        }
    }
    (v, count)
}

/// This view's query parameters, for in-page `#` links (the base href would send a bare `#x`
/// to the overview).
fn view_params(pairs: Memo<Vec<(String, String)>>) -> Vec<(String, String)> {
    pairs
        .get()
        .into_iter()
        .filter(|(k, _)| k != "lang")
        .collect()
}

/// "Showing 3 of 40 milestones", with the linked milestone mentioned when it is shown outside
/// the filters.
fn count_text(l: Lang, count: usize, total: usize, pinned: bool) -> String {
    let shown = if count == 0 {
        l.t(
            "Không có mốc nào khớp với bộ lọc.",
            "No milestone matches the filters.",
        )
        .to_string()
    } else {
        match l {
            Lang::Vi => format!("Hiển thị {count}/{total} mốc"),
            Lang::En => format!("Showing {count} of {total} milestones"),
        }
    };
    if pinned {
        format!(
            "{shown}{}",
            l.t(" (và mốc được liên kết)", " (and the linked milestone)")
        )
    } else {
        shown
    }
}

/// The page once the data is loaded.
fn page(
    ds: Arc<Dataset>,
    l: Lang,
    pairs: Memo<Vec<(String, String)>>,
    target: Memo<Option<String>>,
    set: SetQuery,
) -> impl IntoView {
    // Writes the filters to the URL (the search text as typed); this drops `m`.
    let write: Write = {
        let set = set.clone();
        Arc::new(move |q: TimelineQuery, replace: bool| set(filter_params(&q), replace))
    };
    let query = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let mut q = TimelineQuery::from_params(&pairs.get());
            q.retain_known_actors(&ds);
            q
        })
    };
    let raw_text = Memo::new(move |_| {
        pairs.with(|p| {
            p.iter()
                .find(|(k, _)| k == "q")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    });
    let choices = Choices {
        years: year_span(&ds.timeline),
        actors: ds
            .property
            .actors
            .iter()
            .map(|a| (a.id.clone(), a.name.get(l).to_string()))
            .collect(),
    };
    let cites = Arc::new(Citations::new(filter_timeline(
        &ds,
        &TimelineQuery::default(),
        l,
    )));

    view! {
        <h1>{l.t("Hồ sơ đề cử", "The nomination dossier")}</h1>
        <p class="lede">
            {l.t(
                "Hành trình của hồ sơ đề cử: từ Danh sách dự kiến đến quyết định của Ủy ban Di sản Thế giới, và những việc còn tiếp tục sau khi ghi danh. Mỗi mốc đều dẫn nguồn; mốc chưa chắc chắn được đánh dấu ⚠.",
                "The nomination's path: from the Tentative List to the World Heritage Committee's decision, and the work that goes on after inscription. Every milestone cites its sources; uncertain ones are marked ⚠.",
            )}
        </p>
        <section id="outcome" class="dossier-outcome" aria-labelledby="outcome-h">
            <h2 id="outcome-h">{l.t("Kết quả: đã được ghi danh", "Outcome: inscribed")}</h2>
            {progress::outcome(&ds.timeline, l)}
        </section>
        <PageToc l pairs />
        <section id="phases" class="dossier-progress" aria-labelledby="phases-h">
            <h2 id="phases-h">{l.t("Các giai đoạn đến khi ghi danh", "The phases up to the inscription")}</h2>
            {progress::phase_list(&ds.timeline, l)}
        </section>
        <section id="requests" class="dossier-requests" aria-labelledby="requests-h">
            <h2 id="requests-h">{l.t("Sau khi ghi danh", "After the inscription")}</h2>
            <p>
                {l.t(
                    "Khi ghi danh, Ủy ban Di sản Thế giới đề nghị tiếp tục những việc dưới đây. Đó là công việc lâu dài để gìn giữ di sản, không phải phần còn thiếu của hồ sơ.",
                    "At the inscription the World Heritage Committee asked for the work below to go on. It is the long-term care of the property, not a part missing from the dossier.",
                )}
            </p>
            <h3>{l.t("Những việc Ủy ban đề nghị", "What the Committee asked for")}</h3>
            {progress::requests(&ds.timeline, l)}
            {progress::done_since(&ds.timeline, l)}
        </section>
        <section id="durations" class="dossier-durations" aria-labelledby="durations-h">
            <h2 id="durations-h">{l.t("Mất bao lâu", "How long it took")}</h2>
            {progress::durations(&ds.timeline, l)}
        </section>
        <section id="timeline" class="dossier-timeline" aria-labelledby="timeline-h">
            <h2 id="timeline-h">{l.t("Dòng thời gian", "Timeline")}</h2>
            <TimelineFilters lang=l choices query raw_text write />
            <TimelineList ds=ds.clone() l pairs query raw_text target set cites=cites.clone() />
        </section>
        <section id="sources" class="dossier-sources" aria-labelledby="sources-h">
            <h2 id="sources-h">{l.t("Nguồn", "Sources")}</h2>
            {footnotes(&ds, &cites, l)}
        </section>
    }
}

/// "On this page": links to the page's sections that keep the view's query.
#[component]
fn PageToc(l: Lang, pairs: Memo<Vec<(String, String)>>) -> impl IntoView {
    let link = move |anchor: &'static str, vi: &'static str, en: &'static str| {
        let to = move || format!("{}#{anchor}", href_with("/dossier", l, &view_params(pairs)));
        view! { <li><a href=to>{l.t(vi, en)}</a></li> }
    };
    view! {
        <nav class="page-toc" aria-labelledby="toc-label">
            <p class="page-toc-label" id="toc-label">{l.t("Trên trang này", "On this page")}</p>
            <ul>
                {link("phases", "Các giai đoạn", "Phases")}
                {link("requests", "Sau khi ghi danh", "After inscription")}
                {link("durations", "Thời gian", "Durations")}
                {link("timeline", "Dòng thời gian", "Timeline")}
                {link("sources", "Nguồn", "Sources")}
            </ul>
        </nav>
    }
}

/// The filtered timeline: its count, a notice for an unknown linked milestone, and the list.
#[component]
fn TimelineList(
    ds: Arc<Dataset>,
    l: Lang,
    pairs: Memo<Vec<(String, String)>>,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    target: Memo<Option<String>>,
    set: SetQuery,
    cites: Arc<Citations>,
) -> impl IntoView {
    let total = ds.timeline.len();
    move || {
        let q = query.get();
        let t = target.get();
        let (items, count) = shown(&ds, &q, t.as_deref(), l);
        let pinned = items.iter().any(|(_, p)| *p);
        let here = href_with("/dossier", l, &view_params(pairs));
        let unknown = t
            .as_ref()
            .filter(|id| ds.milestone(id).is_none())
            .map(|id| match l {
                Lang::Vi => format!("Không tìm thấy mốc “{id}”."),
                Lang::En => format!("Milestone “{id}” not found."),
            });
        let rows = items
            .into_iter()
            .map(|(m, pinned)| {
                let id = m.id.clone();
                let set = set.clone();
                let on_link = move |ev: leptos::ev::MouseEvent| {
                    if ev.button() != 0
                        || ev.ctrl_key()
                        || ev.meta_key()
                        || ev.shift_key()
                        || ev.alt_key()
                    {
                        return;
                    }
                    ev.prevent_default();
                    if target.get_untracked().as_deref() == Some(id.as_str()) {
                        focus_milestone(id.clone());
                    } else {
                        // Keep the filters; add `m`.
                        let mut q = query.get_untracked();
                        q.text = raw_text.get_untracked();
                        let mut params = filter_params(&q);
                        params.push(("m".to_string(), id.clone()));
                        set(params, false);
                    }
                };
                let state = ItemState {
                    query_text: &q.text,
                    is_target: t.as_deref() == Some(m.id.as_str()),
                    pinned,
                    here: &here,
                };
                milestone_item(&ds, m, l, &cites, state, on_link)
            })
            .collect_view();
        view! {
            <p class="result-count" role="status" aria-live="polite">{count_text(l, count, total, pinned)}</p>
            {unknown.map(|msg| view! { <p class="notice m-unknown" role="status">{msg}</p> })}
            <ol class="timeline">{rows}</ol>
        }
    }
}
