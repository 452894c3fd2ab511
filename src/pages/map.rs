//! The map page: the sites that pass the catalogue's filters (same URL query) on an offline SVG
//! map, linked with a list of cards (the map's text alternative), with distances from a chosen
//! site. `?site=<id>` selects a site (opened with it, the map is centred on it and scrolled
//! into view); `sort=near:<id>` (shared with the catalogue) sets the origin of the distances.

use crate::components::data_view::with_data_where;
use crate::components::dynamic::dynamic;
use crate::components::error_panel::describe;
use crate::components::loading::Loading;
use crate::components::map_svg::legend::MapLegend;
use crate::components::map_svg::list::MapList;
use crate::components::map_svg::names::{show_site, UnnamedList};
use crate::components::map_svg::panel::MapPanel;
use crate::components::map_svg::query::{FilterSummary, ListControls};
use crate::components::map_svg::state::MapInputs;
use crate::components::map_svg::{marker_label, marker_specs, BasemapState, MapState, MapSvg};
use crate::data::fetch_json;
use crate::domain::dataset::{Dataset, Need};
use crate::domain::geo::{Outlines, View, World};
use crate::domain::map_layout::{site_projection, Basemap, MAP_H, MAP_W};
use crate::domain::model::Lang;
use crate::domain::parse::LoadError;
use crate::domain::query::{Query, Sort};
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::{use_query_pairs, use_set_query};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// URL key of the selected site.
const KEY_SITE: &str = "site";

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Map);
    // Fetched outside the page's <Suspense>, so that the markers are drawn without waiting for
    // the basemap.
    let outlines = RwSignal::new(None::<Result<Outlines, LoadError>>);
    let fetch_outlines = Callback::new(move |()| {
        outlines.set(None);
        leptos::task::spawn_local(async move {
            let _ = outlines.try_set(Some(fetch_json::<Outlines>("provinces.json").await));
        });
    });
    // (In the browser only: the build tool renders the page without fetching.)
    Effect::new(move |_| fetch_outlines.run(()));
    let pairs = use_query_pairs();
    let set = use_set_query();
    let set_query =
        Callback::new(move |(p, replace): (Vec<(String, String)>, bool)| set(p, replace));
    // Kept across a change of language.
    let view = RwSignal::new(View::full(&World::new(MAP_W, MAP_H)));
    let highlighted = RwSignal::new(None::<String>);
    // The site the page was opened with is shown once, not again when the language changes.
    let centre = StoredValue::new(site_param(&pairs.get_untracked()));
    // Drawn from the sites without their long fields, unless the filters search text.
    let searching = Memo::new(move |_| Query::from_params(&pairs.get()).searches_text());
    let need = move || match searching.get() {
        true => Need::SITES,
        false => Page::Map.data(),
    };
    with_data_where(need, move |ds| {
        view! {
            <MapBody ds lang=lang.get() outlines fetch_outlines pairs set_query view highlighted centre />
        }
    })
}

/// The `site` parameter of a query.
fn site_param(pairs: &[(String, String)]) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| k == KEY_SITE)
        .map(|(_, v)| v.clone())
}

/// The sites that pass the filters, as far as they are known.
#[derive(Clone, Debug, PartialEq)]
enum Passing {
    /// In map order (components first).
    Known(Vec<usize>),
    /// The search's code is on its way (the address has filters).
    Pending,
    /// The search's code could not be fetched.
    Failed,
}

/// `indices` in map order: components first, then in the data's order.
fn in_map_order(ds: &Dataset, mut indices: Vec<usize>) -> Vec<usize> {
    crate::domain::sort::sort_by_key(&mut indices, |&i| {
        (ds.sites.get(i).map(|s| s.components_first()), i)
    });
    indices
}

/// The sites that pass the URL's filters. Without filters every site passes and nothing more is
/// needed, so the map opens without the search's code; with filters, that code is fetched in a
/// chunk of its own ([`crate::lazy::filter_sites`]), which keeps its search index (slow to build
/// for a very long list) for the next change of filters. `retry` asks again after a failure.
fn use_passing(ds: Arc<Dataset>, query: Memo<Query>, lang: Lang) -> (Memo<Passing>, Callback<()>) {
    let all = in_map_order(&ds, (0..ds.sites.len()).collect());
    let index = StoredValue::new(None);
    let found = RwSignal::new(None::<(Query, Passing)>);
    let attempt = RwSignal::new(0u32);
    let d = ds.clone();
    Effect::new(move |_| {
        attempt.track();
        let q = query.get();
        if !q.has_filters() {
            return;
        }
        let d = d.clone();
        leptos::task::spawn_local(async move {
            let mut slot = index.get_value();
            let passing = match crate::lazy::filter_sites(&d, &q, lang, &mut slot).await {
                Ok(indices) => Passing::Known(in_map_order(&d, indices)),
                Err(_) => Passing::Failed,
            };
            index.set_value(slot);
            let _ = found.try_set(Some((q, passing)));
        });
    });
    let passing = Memo::new(move |_| {
        query.with(|q| {
            if !q.has_filters() {
                return Passing::Known(all.clone());
            }
            found.with(|f| match f {
                Some((fq, p)) if fq == q => p.clone(),
                _ => Passing::Pending,
            })
        })
    });
    (
        passing,
        Callback::new(move |()| attempt.update(|n| *n += 1)),
    )
}

/// While the search's code is on its way, a loading line (the app shows the page once it has
/// gone); if it could not be fetched, a message with "try again".
#[component]
fn FilterStatus(lang: Lang, passing: Memo<Passing>, retry: Callback<()>) -> impl IntoView {
    let l = lang;
    view! {
        <Show when=move || passing.with(|p| *p == Passing::Pending)>
            <Loading />
        </Show>
        <Show when=move || passing.with(|p| *p == Passing::Failed)>
            <div class="map-notice" role="alert">
                <p>
                    {l.t(
                        "Không tải được mã tìm kiếm nên chưa lọc được các điểm. Hãy kiểm tra kết nối mạng rồi thử lại.",
                        "The search code could not be downloaded, so the sites cannot be filtered yet. Check your connection and try again.",
                    )}
                </p>
                <button type="button" on:click=move |_| retry.run(())>
                    {l.t("Thử lại", "Try again")}
                </button>
            </div>
        </Show>
    }
}

/// The message shown when the outlines could not be loaded, with "try again".
#[component]
fn MapNotice(
    lang: Lang,
    basemap: Memo<BasemapState>,
    fetch_outlines: Callback<()>,
) -> impl IntoView {
    let l = lang;
    let why = move || match basemap.get() {
        BasemapState::Failed(why) => Some(why),
        _ => None,
    };
    view! {
        <Show when=move || why().is_some()>
            <div class="map-notice" role="status">
                <p>
                    {l.t(
                        "Không tải được bản đồ nền nên chỉ hiện các điểm theo tọa độ.",
                        "The base map could not be loaded, so only the sites are shown at their coordinates.",
                    )}
                    " "
                    {dynamic(move || why().unwrap_or_default().into_any())}
                </p>
                <button type="button" on:click=move |_| fetch_outlines.run(())>
                    {l.t("Thử lại", "Try again")}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn MapBody(
    ds: Arc<Dataset>,
    lang: Lang,
    outlines: RwSignal<Option<Result<Outlines, LoadError>>>,
    fetch_outlines: Callback<()>,
    pairs: Memo<Vec<(String, String)>>,
    set_query: Callback<(Vec<(String, String)>, bool)>,
    view: RwSignal<View>,
    highlighted: RwSignal<Option<String>>,
    centre: StoredValue<Option<String>>,
) -> impl IntoView {
    let l = lang;
    let proj = site_projection(&ds);
    let query = Memo::new(move |_| Query::from_params(&pairs.get()));
    let d = ds.clone();
    let selected = Memo::new(move |_| {
        pairs
            .with(|p| site_param(p))
            .filter(|id| d.site(id).is_some())
    });
    let d = ds.clone();
    let origin = Signal::derive(move || {
        query.with(|q| match &q.sort {
            Sort::DistanceFrom(id) if d.site(id).is_some() => Some(id.clone()),
            _ => None,
        })
    });
    let (passing, retry) = use_passing(ds.clone(), query, l);
    let hits = Memo::new(move |_| {
        passing.with(|p| match p {
            Passing::Known(indices) => indices.clone(),
            Passing::Pending | Passing::Failed => Vec::new(),
        })
    });
    let d = ds.clone();
    let markers = Memo::new(move |_| hits.with(|idx| marker_specs(&d, &proj, idx, l)));
    let property_ids = ds.property_province_ids();
    let basemap = Memo::new(move |_| {
        outlines.with(|o| match o {
            None => BasemapState::Loading,
            Some(Ok(o)) => BasemapState::Ready(Arc::new(Basemap::build(o, &proj, &property_ids))),
            Some(Err(e)) => BasemapState::Failed(describe(e, l)),
        })
    });

    // Writes the selected site into the URL, keeping everything else.
    let write_site = move |site: Option<String>| {
        let mut p: Vec<(String, String)> = pairs.get_untracked();
        p.retain(|(k, _)| k != KEY_SITE && k != "lang");
        p.extend(site.map(|s| (KEY_SITE.to_string(), s)));
        set_query.run((p, true));
    };
    let panel = NodeRef::<Div>::new();
    let on_activate = Callback::new(move |(id, by_key): (String, bool)| {
        if selected.get_untracked().as_deref() == Some(id.as_str()) {
            write_site(None);
        } else {
            write_site(Some(id));
            if by_key {
                // Once the card is drawn.
                let focus = move || {
                    if let Some(p) = panel.get_untracked() {
                        let _ = p.focus();
                    }
                };
                set_timeout(focus, Duration::from_millis(30));
            }
        }
    });
    let d = ds.clone();
    let all_points = ds
        .sites
        .iter()
        .filter_map(|s| s.location.as_ref().map(|p| proj.project(p.lat, p.lon)))
        .collect();
    let state = MapState::new(MapInputs {
        lang: l,
        km_per_unit: proj.km_per_unit(),
        basemap,
        markers,
        all_points,
        view,
        highlighted,
        selected,
        on_activate,
        marker_label: Callback::new(move |i| marker_label(&d, i, l)),
    });
    let on_close = Callback::new(move |()| {
        if let Some(id) = selected.get_untracked() {
            write_site(None);
            state.focus_marker(&id);
        }
    });
    let on_escape = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" && selected.with_untracked(Option::is_some) {
            e.prevent_default();
            on_close.run(());
        }
    };
    let on_origin = Callback::new(move |v: String| {
        let mut q = query.get_untracked();
        q.sort = if v.is_empty() {
            Sort::Component
        } else {
            Sort::DistanceFrom(v)
        };
        let mut p = q.to_params();
        p.extend(selected.get_untracked().map(|s| (KEY_SITE.to_string(), s)));
        set_query.run((p, true));
    });
    centre_when_sized(state, centre);
    let count = Signal::derive(move || (hits.with(Vec::len), markers.with(Vec::len)));
    view! {
        <div class="map-page">
            <h1>{l.t("Bản đồ các điểm di tích", "Map of the sites")}</h1>
            <FilterSummary ds=ds.clone() lang=l query />
            <FilterStatus lang=l passing retry />
            <div class="map-layout">
                <section class="map-column" aria-labelledby="map-title" on:keydown=on_escape>
                    <h2 id="map-title">{l.t("Bản đồ", "Map")}</h2>
                    <MapNotice lang=l basemap fetch_outlines />
                    <MapSvg state />
                    <MapPanel ds=ds.clone() lang=l selected on_close node_ref=panel />
                    <UnnamedList state />
                    <MapLegend state />
                </section>
                <MapList ds=ds.clone() lang=l hits origin highlighted>
                    <ListControls ds lang=l count origin on_origin />
                </MapList>
            </div>
        </div>
    }
}

/// Opened with a site (`centre`): the map is centred and zoomed on it and scrolled into view,
/// once it is on screen (it has a size). At once: a smooth scroll to the top may still be under
/// way.
fn centre_when_sized(state: MapState, centre: StoredValue<Option<String>>) {
    Effect::new(move |_| {
        if !state.sized.get() {
            return;
        }
        let (Some(svg), Some(id)) = (
            state.svg.get_untracked(),
            centre.try_update_value(Option::take).flatten(),
        ) else {
            return;
        };
        show_site(state, &id);
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        svg.scroll_into_view_with_scroll_into_view_options(&options);
    });
}
