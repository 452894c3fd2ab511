//! Choosing the stops: the suggestions built from the data, and every component and associated
//! place with the catalogue's search.

use super::Planner;
use crate::domain::model::{Lang, SiteStatus};
use crate::domain::plan::suggestions;
use crate::domain::query::{run_indexed, Query, SearchIndex};
use leptos::prelude::*;

/// The suggestions, then the searchable list of places with a checkbox each.
#[component]
pub fn Chooser(planner: Planner, lang: Lang) -> impl IntoView {
    let l = lang;
    let sugg = planner.ds.with_value(|ds| suggestions(ds));
    let sugg_view = sugg
        .into_iter()
        .map(|s| {
            let sites = s.sites.clone();
            let id = format!("plan-sugg-{}", s.id);
            let desc = format!("{id}-from");
            let count = match l {
                Lang::Vi => format!("{} điểm", s.sites.len()),
                Lang::En => format!("{} stops", s.sites.len()),
            };
            view! {
                <li class="plan-suggestion">
                    <button
                        type="button"
                        id=id
                        class="plan-sugg-button"
                        aria-describedby=desc.clone()
                        on:click=move |_| planner.update(|p| p.set_stops(sites.clone()))
                    >
                        {s.title(l).to_string()}
                        <span class="plan-sugg-count">{count}</span>
                    </button>
                    <p id=desc class="plan-sugg-from">
                        <span class="plan-built-from">{l.t("Dựa trên: ", "Built from: ")}</span>
                        {s.built_from(l).to_string()}
                    </p>
                </li>
            }
        })
        .collect_view();

    let index = StoredValue::new(planner.ds.with_value(|ds| SearchIndex::build(ds)));
    let text = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let q = Query {
            text: text.get(),
            statuses: vec![SiteStatus::Component, SiteStatus::Associated],
            ..Query::default()
        };
        planner.ds.with_value(|ds| {
            index.with_value(|ix| {
                run_indexed(ix, ds, &q, l)
                    .into_iter()
                    .filter_map(|h| ds.sites.get(h.site_index))
                    // A place whose position is not known cannot be planned.
                    .filter(|s| s.place().is_some())
                    .map(|s| s.id.clone())
                    .collect::<Vec<String>>()
            })
        })
    });
    let rows = move || {
        let ids = shown.get();
        planner.ds.with_value(|ds| {
            ids.iter()
                .filter_map(|id| ds.site(id))
                .map(|s| {
                    let id = s.id.clone();
                    let id_checked = id.clone();
                    let input_id = format!("plan-pick-{id}");
                    let status = match s.component {
                        Some(n) => format!("{} {n}", l.t("Hợp phần", "Component")),
                        None => s.status.label(l).to_string(),
                    };
                    view! {
                        <li class="plan-pick">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=move || planner.plan.with(|p| p.has(&id_checked))
                                on:change=move |_| planner.update(|p| p.toggle(&id))
                            />
                            <label for=input_id>
                                <span class="plan-pick-name">{s.name.get(l).to_string()}</span>
                                <span class="plan-pick-meta">
                                    {status} " · " {s.locality.get(l).to_string()}
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let count = move || {
        let n = shown.with(Vec::len);
        match l {
            Lang::Vi => format!("{n} địa điểm"),
            Lang::En => format!("{n} places"),
        }
    };
    view! {
        <section class="plan-choose no-print" aria-labelledby="plan-choose-h">
            <h2 id="plan-choose-h">{l.t("Chọn điểm đến", "Choose the stops")}</h2>
            <h3 class="plan-sub">{l.t("Gợi ý từ dữ liệu", "Suggestions from the data")}</h3>
            <ul class="plan-suggestions">{sugg_view}</ul>
            <h3 class="plan-sub">
                {l.t("Hoặc chọn từng điểm", "Or pick the places one by one")}
            </h3>
            <div class="plan-search">
                <label for="plan-search">{l.t("Tìm địa điểm", "Find a place")}</label>
                <input
                    type="search"
                    id="plan-search"
                    autocomplete="off"
                    aria-describedby="plan-search-count"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <p id="plan-search-count" class="plan-hint" aria-live="polite">{count}</p>
            </div>
            <ul class="plan-picker">{rows}</ul>
            <p class="plan-hint">
                {l.t(
                    "Những địa điểm chưa rõ vị trí không có trong danh sách này, vì không thể tính khoảng cách đến đó.",
                    "Places whose position is not known are not in this list, as no distance to them can be measured.",
                )}
            </p>
        </section>
    }
}
