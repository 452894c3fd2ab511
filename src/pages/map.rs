//! The map page: the sites that pass the catalogue's filters (same URL query) on an offline SVG
//! map, linked with a list of cards (the map's text alternative), with distances from a chosen
//! site. `?site=<id>` selects a site; `sort=near:<id>` (shared with the catalogue) sets the
//! origin of the distances.

use crate::components::data_view::with_data;
use crate::components::dynamic::dynamic;
use crate::components::error_panel::describe;
use crate::components::map_svg::legend::MapLegend;
use crate::components::map_svg::{holds, track_highlight, BasemapState, MapSvg, MarkerSpec};
use crate::components::site_card::{province_line, status_badge, SiteCard};
use crate::data::fetch_json;
use crate::domain::dataset::Dataset;
use crate::domain::geo::{distance_km, Outlines, View};
use crate::domain::map_layout::{site_projection, Basemap, MAP_H, MAP_W};
use crate::domain::model::{Lang, Site};
use crate::domain::num::{approx_km, fixed, local};
use crate::domain::parse::LoadError;
use crate::domain::query::{run_indexed, Query, SearchIndex, Sort};
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::{href, href_with, use_query_pairs, use_set_query};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// URL key of the selected site.
const KEY_SITE: &str = "site";

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Map);
    let outlines = LocalResource::new(|| fetch_json::<Outlines>("provinces.json"));
    let pairs = use_query_pairs();
    let set = use_set_query();
    let set_query =
        Callback::new(move |(p, replace): (Vec<(String, String)>, bool)| set(p, replace));
    // Kept across a change of language.
    let view = RwSignal::new(View::full(MAP_W, MAP_H));
    let highlighted = RwSignal::new(None::<String>);
    with_data(move |ds| {
        view! {
            <MapBody ds lang=lang.get() outlines pairs set_query view highlighted />
        }
    })
}

/// Sort key: components 1–12, then associated places, then dropped sites.
fn component_order(s: &Site) -> (bool, Option<u8>, crate::domain::model::SiteStatus) {
    (s.component.is_none(), s.component, s.status)
}

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

/// Focuses the marker of a site (after the panel closes).
fn focus_marker(id: &str) {
    let selector = format!(".map-svg [data-site=\"{id}\"]");
    if let Some(el) = document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the panel once it has been drawn.
fn focus_panel() {
    set_timeout(
        || {
            if let Some(el) = document()
                .get_element_by_id("map-panel")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        Duration::from_millis(30),
    );
}

#[component]
fn MapBody(
    ds: Arc<Dataset>,
    lang: Lang,
    outlines: LocalResource<Result<Outlines, LoadError>>,
    pairs: Memo<Vec<(String, String)>>,
    set_query: Callback<(Vec<(String, String)>, bool)>,
    view: RwSignal<View>,
    highlighted: RwSignal<Option<String>>,
) -> impl IntoView {
    let l = lang;
    let proj = site_projection(&ds);
    let index = Arc::new(SearchIndex::build(&ds));
    let query = Memo::new(move |_| Query::from_params(&pairs.get()));

    let d = ds.clone();
    let selected = Memo::new(move |_| {
        pairs
            .with(|p| {
                p.iter()
                    .find(|(k, _)| k == KEY_SITE)
                    .map(|(_, v)| v.clone())
            })
            .filter(|id| d.site(id).is_some())
    });
    let d = ds.clone();
    // Derived, not memoised: it only changes with the query, which is.
    let origin = Signal::derive(move || {
        query.with(|q| match &q.sort {
            Sort::DistanceFrom(id) if d.site(id).is_some() => Some(id.clone()),
            _ => None,
        })
    });

    // The results in the catalogue's order (its sort, but never leaving the origin out).
    let d = ds.clone();
    let hits = Memo::new(move |_| {
        let mut q = query.get();
        if matches!(q.sort, Sort::DistanceFrom(_)) {
            q.sort = Sort::Component;
        }
        run_indexed(&index, &d, &q, l)
            .into_iter()
            .map(|h| h.site_index)
            .collect::<Vec<usize>>()
    });

    let d = ds.clone();
    let markers = Memo::new(move |_| {
        let mut idx = hits.get();
        crate::domain::sort::sort_by_key(&mut idx, |&i| (component_order(&d.sites[i]), i));
        let km = proj.km_per_unit();
        idx.into_iter()
            .map(|i| {
                let s = &d.sites[i];
                let (x, y) = proj.project(s.location.lat, s.location.lon);
                let name = s.name.get(l).to_string();
                MarkerSpec {
                    id: s.id.clone(),
                    label: {
                        let base =
                            format!("{name}, {}, {}", s.kind.label(l), province_line(&d, s, l));
                        match s.component {
                            // The number drawn inside the marker is part of its name.
                            // (The badge's words, lower case, without a Unicode case table.)
                            Some(n) => format!("{base}, {} {n}", l.t("hợp phần", "component")),
                            None => base,
                        }
                    },
                    name,
                    part: s.part,
                    component: s.component,
                    hollow: s.component.is_none(),
                    x,
                    y,
                    halo: s
                        .location
                        .approximate
                        .then(|| f64::from(s.location.precision_m) / 1000.0 / km),
                }
            })
            .collect::<Vec<_>>()
    });

    // The list: the results, nearest first when an origin is chosen.
    let d = ds.clone();
    let list = move || {
        let idx = hits.get();
        let Some(o) = origin.get().and_then(|id| d.site(&id).cloned()) else {
            return idx.into_iter().map(|i| (i, None)).collect::<Vec<_>>();
        };
        let mut with_km: Vec<(usize, Option<f64>)> = idx
            .into_iter()
            .map(|i| {
                let s = &d.sites[i];
                let km = distance_km(
                    o.location.lat,
                    o.location.lon,
                    s.location.lat,
                    s.location.lon,
                );
                (i, Some(km))
            })
            .collect();
        crate::domain::sort::sort_by(&mut with_km, |a, b| {
            let (ka, kb) = (a.1.unwrap_or(0.0), b.1.unwrap_or(0.0));
            ka.total_cmp(&kb)
                .then_with(|| component_order(&d.sites[a.0]).cmp(&component_order(&d.sites[b.0])))
        });
        with_km
    };

    let mut property_ids: Vec<String> = ds
        .sites
        .iter()
        .flat_map(|s| [s.province_before.clone(), s.province_now.clone()])
        .collect();
    crate::domain::sort::sort(&mut property_ids);
    property_ids.dedup();
    let basemap = Memo::new(move |_| match outlines.get() {
        None => BasemapState::Loading,
        Some(Ok(o)) => BasemapState::Ready(Arc::new(Basemap::build(&o, &proj, &property_ids))),
        Some(Err(e)) => BasemapState::Failed(describe(&e, l)),
    });

    // Writes the selected site into the URL, keeping everything else.
    let write_site = move |site: Option<String>| {
        let mut p: Vec<(String, String)> = pairs
            .get_untracked()
            .into_iter()
            .filter(|(k, _)| k != KEY_SITE && k != "lang")
            .collect();
        if let Some(s) = site {
            p.push((KEY_SITE.to_string(), s));
        }
        set_query.run((p, true));
    };
    let on_activate = move |id: String, by_key: bool| {
        if selected.get_untracked().as_deref() == Some(id.as_str()) {
            write_site(None);
        } else {
            write_site(Some(id));
            if by_key {
                focus_panel();
            }
        }
    };
    let close = move || {
        if let Some(id) = selected.get_untracked() {
            write_site(None);
            focus_marker(&id);
        }
    };
    let on_escape = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" && selected.get_untracked().is_some() {
            e.prevent_default();
            close();
        }
    };

    let d = ds.clone();
    let summary = dynamic(move || {
        let q = query.get();
        let words = filter_summary(&d, &q, l);
        let edit = href_with("/sites", l, &q.to_params());
        let text = if words.is_empty() {
            l.t("Không lọc: tất cả địa điểm.", "No filters: every place.")
                .to_string()
        } else {
            format!("{} {}", l.t("Đang lọc:", "Filtered by:"), words.join(" · "))
        };
        view! {
            <p class="map-filters">
                <span>{text}</span>" "
                <a href=edit>{l.t("Sửa bộ lọc", "Edit filters")}</a>
            </p>
        }
        .into_any()
    });
    let count = dynamic(move || {
        let n = hits.with(Vec::len);
        match l {
            Lang::Vi => format!("{n} địa điểm trên bản đồ và trong danh sách."),
            Lang::En if n == 1 => "1 place on the map and in the list.".to_string(),
            Lang::En => format!("{n} places on the map and in the list."),
        }
        .into_any()
    });

    // Distances from: every site, components first.
    let mut all: Vec<&Site> = ds.sites.iter().collect();
    crate::domain::sort::sort_by_key(&mut all, |s| component_order(s));
    let options = all
        .iter()
        .map(|s| {
            let id = s.id.clone();
            let is_origin = holds(origin, id.clone());
            let label = match s.component {
                Some(n) => format!("{n}. {}", s.name.get(l)),
                None => s.name.get(l).to_string(),
            };
            view! {
                <option value=id selected=is_origin>{label}</option>
            }
        })
        .collect_view();
    let on_origin = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        let mut q = query.get_untracked();
        q.sort = if v.is_empty() {
            Sort::Component
        } else {
            Sort::DistanceFrom(v)
        };
        let mut p = q.to_params();
        if let Some(s) = selected.get_untracked() {
            p.push((KEY_SITE.to_string(), s));
        }
        set_query.run((p, true));
    };

    let d = ds.clone();
    let panel = dynamic(move || {
        let Some(s) = selected.get().and_then(|id| d.site(&id).cloned()) else {
            return ().into_any();
        };
        let approx = s.location.approximate.then(|| {
            let km = f64::from(s.location.precision_m) / 1000.0;
            match l {
                Lang::Vi => format!("Vị trí gần đúng (sai số khoảng {} km).", local(km, 3, l)),
                Lang::En => format!(
                    "Approximate location (within about {} km).",
                    local(km, 3, l)
                ),
            }
        });
        view! {
            <h3 class="panel-title">{s.name.get(l).to_string()}</h3>
            <p class="panel-meta">
                <span class="badge status">{status_badge(&s, l)}</span>" "
                <span class=format!("badge part part-{}", s.part.id())>{s.part.label(l)}</span>
            </p>
            <p class="panel-meta">{s.kind.label(l)}" · "{province_line(&d, &s, l)}</p>
            {approx.map(|a| view! { <p class="panel-approx">{a}</p> }.into_any())}
            <p class="panel-actions">
                <a class="button" href=href(&format!("/site/{}", s.id), l)>
                    {l.t("Mở trang di tích", "Open the site page")}
                </a>
                <button type="button" on:click=move |_| close()>{l.t("Đóng", "Close")}</button>
            </p>
        }
        .into_any()
    });

    let d = ds.clone();
    let card = move |(i, km): (usize, Option<f64>)| {
        let s = d.sites[i].clone();
        let id = s.id.clone();
        let is_hl = holds(highlighted, id.clone());
        let is_origin = origin.get_untracked().as_deref() == Some(id.as_str());
        let extra = match km {
            Some(_) if is_origin => {
                view! { <p class="card-distance">{l.t("Điểm gốc (0 km)", "Origin (0 km)")}</p> }
                    .into_any()
            }
            Some(k) => view! { <p class="card-distance" data-km=fixed(k, 1)>{approx_km(k, l)}</p> }
                .into_any(),
            None => ().into_any(),
        };
        let province = province_line(&d, &s, l);
        view! {
            <li
                class="map-card"
                class:highlighted=is_hl
                data-site=id
            >
                <SiteCard site=s province=province lang=l extra=extra />
            </li>
        }
        .into_any()
    };

    // The cards' events, delegated to the list.
    const CARD: &str = ".map-card";

    let notice = dynamic(move || {
        match basemap.get() {
        BasemapState::Failed(why) => view! {
            <div class="map-notice" role="status">
                <p>
                    {l.t(
                        "Không tải được bản đồ nền nên chỉ hiện các điểm theo tọa độ.",
                        "The base map could not be loaded, so only the sites are shown at their coordinates.",
                    )}
                    " "{why}
                </p>
                <button type="button" on:click=move |_| outlines.refetch()>{l.t("Thử lại", "Try again")}</button>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
    });

    view! {
        <div class="map-page">
            <h1>{l.t("Bản đồ các điểm di tích", "Map of the sites")}</h1>
            <div class="map-query">
                {summary}
                <p class="map-count" role="status" aria-live="polite">{count}</p>
                <p class="map-origin">
                    <label for="map-origin">{l.t("Khoảng cách từ", "Distances from")}</label>
                    <select
                        id="map-origin"
                        prop:value=move || origin.get().unwrap_or_default()
                        on:change=on_origin
                    >
                        <option value="" selected=move || origin.get().is_none()>
                            {l.t("— chưa chọn —", "— none —")}
                        </option>
                        {options}
                    </select>
                </p>
            </div>
            <div class="map-layout">
                <section class="map-column" aria-labelledby="map-title" on:keydown=on_escape>
                    <h2 id="map-title">{l.t("Bản đồ", "Map")}</h2>
                    {notice}
                    <MapSvg
                        lang=l
                        proj=proj
                        basemap=basemap
                        markers=markers
                        view=view
                        highlighted=highlighted
                        selected=selected
                        on_activate=on_activate
                    />
                    <div
                        id="map-panel"
                        class="map-panel"
                        class:open=move || selected.get().is_some()
                        tabindex="-1"
                        role="region"
                        aria-live="polite"
                        aria-label=l.t("Địa điểm đã chọn", "Selected place")
                    >
                        {panel}
                    </div>
                    <MapLegend lang=l markers=markers />
                </section>
                <section class="list-column" aria-labelledby="list-title">
                    <h2 id="list-title">{l.t("Danh sách", "List")}</h2>
                    <p class="visually-hidden">
                        {l.t(
                            "Danh sách này trình bày bằng chữ đúng các địa điểm trên bản đồ, theo cùng bộ lọc.",
                            "This list gives, in text, the same places as the map, with the same filters.",
                        )}
                    </p>
                    <ul
                        class="map-list"
                        on:mouseover=move |e| track_highlight(highlighted, CARD, &e)
                        on:mouseout=move |e| track_highlight(highlighted, CARD, &e)
                        on:focusin=move |e| track_highlight(highlighted, CARD, &e)
                        on:focusout=move |e| track_highlight(highlighted, CARD, &e)
                    >
                        {dynamic(move || list().into_iter().map(&card).collect_view().into_any())}
                    </ul>
                </section>
            </div>
        </div>
    }
}
