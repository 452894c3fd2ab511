//! Around the map: the catalogue's filters in words (with a link to change them); above the
//! list, how many places are shown and the site distances are measured from.

use crate::components::dynamic::dynamic;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Site};
use crate::domain::query::Query;
use crate::nav::href_with;
use leptos::prelude::*;
use std::sync::Arc;

/// The active filters in words, e.g. "Động · Hợp phần di sản".
fn filter_summary(ds: &Dataset, q: &Query, l: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !q.text.trim().is_empty() {
        out.push(format!("“{}”", q.text.trim()));
    }
    for id in &q.provinces {
        out.push(
            ds.province(id)
                .map(|p| p.name.get(l).to_string())
                .unwrap_or_else(|| id.clone()),
        );
    }
    out.extend(q.kinds.iter().map(|k| k.label(l).to_string()));
    out.extend(q.eras.iter().map(|e| e.label(l).to_string()));
    out.extend(q.parts.iter().map(|p| p.label(l).to_string()));
    for id in &q.people {
        out.push(
            ds.person(id)
                .map(|p| p.name.get(l).to_string())
                .unwrap_or_else(|| id.clone()),
        );
    }
    out.extend(q.recognitions.iter().map(|r| r.label(l).to_string()));
    out.extend(q.statuses.iter().map(|s| s.label(l).to_string()));
    out
}

/// "12 places on the map and in the list.", or, when some of the `n` places have no marker
/// (no position of their own), "23 places in the list, 12 of them on the map."
fn count_text(n: usize, drawn: usize, l: Lang) -> String {
    if drawn != n {
        return match l {
            Lang::Vi => {
                format!("{n} địa điểm trong danh sách, {drawn} trong số đó có trên bản đồ.")
            }
            Lang::En if n == 1 => format!("1 place in the list, {drawn} on the map."),
            Lang::En => format!("{n} places in the list, {drawn} of them on the map."),
        };
    }
    match l {
        Lang::Vi => format!("{n} địa điểm trên bản đồ và trong danh sách."),
        Lang::En if n == 1 => "1 place on the map and in the list.".to_string(),
        Lang::En => format!("{n} places on the map and in the list."),
    }
}

/// The filters in words, with a link to change them in the catalogue.
#[component]
pub fn FilterSummary(ds: Arc<Dataset>, lang: Lang, query: Memo<Query>) -> impl IntoView {
    let l = lang;
    let summary_text = move || {
        let words = query.with(|q| filter_summary(&ds, q, l));
        if words.is_empty() {
            l.t("Không lọc: tất cả địa điểm.", "No filters: every place.")
                .to_string()
        } else {
            format!("{} {}", l.t("Đang lọc:", "Filtered by:"), words.join(" · "))
        }
    };
    let edit = move || query.with(|q| href_with("/sites", l, &q.to_params()));
    view! {
        <p class="map-filters">
            <span>{dynamic(move || summary_text().into_any())}</span>
            " "
            <a href=edit>{l.t("Sửa bộ lọc", "Edit filters")}</a>
        </p>
    }
}

/// How many places are shown, and the choice of the site distances are measured from.
/// `on_origin` receives the chosen site id (empty for none).
#[component]
pub fn ListControls(
    ds: Arc<Dataset>,
    lang: Lang,
    /// Places in the list, and how many of them the map draws.
    count: Signal<(usize, usize)>,
    origin: Signal<Option<String>>,
    on_origin: Callback<String>,
) -> impl IntoView {
    let l = lang;
    // Distances from: every site, components first. Added once the app has taken over the
    // written page and drawn it: with thousands of sites these are thousands of elements, and
    // the map comes first.
    let later = RwSignal::new(false);
    // (An effect: in the browser only.)
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            crate::schedule::after_takeover(0).await;
            _ = later.try_set(true);
        });
    });
    let options = move || {
        if !later.get() {
            return ().into_any();
        }
        // Only places with a position of their own can be an origin.
        let mut all: Vec<&Site> = ds.sites.iter().filter(|s| s.location.is_some()).collect();
        crate::domain::sort::sort_by_key(&mut all, |s| s.components_first());
        all.iter()
            .map(|s| {
                let label = match s.component {
                    Some(n) => format!("{n}. {}", s.name.get(l)),
                    None => s.name.get(l).to_string(),
                };
                // Chosen here when they are added; later by the select's value (one reactive
                // value, not one per option).
                let is_origin = origin.with_untracked(|o| o.as_deref() == Some(s.id.as_str()));
                view! { <option value=s.id.clone() selected=is_origin>{label}</option> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="map-query">
            <p class="map-count" role="status" aria-live="polite">
                {dynamic(move || {
                    let (n, drawn) = count.get();
                    count_text(n, drawn, l).into_any()
                })}
            </p>
            <p class="map-origin">
                <label for="map-origin">{l.t("Khoảng cách từ", "Distances from")}</label>
                <select
                    id="map-origin"
                    prop:value=move || origin.get().unwrap_or_default()
                    on:change=move |e| on_origin.run(event_target_value(&e))
                >
                    <option value="" selected=origin.with_untracked(Option::is_none)>
                        {l.t("— chưa chọn —", "— none —")}
                    </option>
                    {dynamic(options)}
                </select>
            </p>
        </div>
    }
}
