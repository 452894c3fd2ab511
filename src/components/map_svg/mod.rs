//! The SVG map: basemap, markers (shape and colour by part, number inside), their names, zoom
//! and pan (wheel, pinch, drag, buttons, keys), scale bar and north arrow.
//!
//! Markers, names and the scale bar keep their size on screen while the map zooms: they are
//! drawn in CSS pixels inside a `scale(u)` transform, `u` being user units per pixel. Where they
//! go is worked out in `domain::map_layout`; the parts here only draw it:
//! - [`state`]: the signals the parts share, and the layout memos;
//! - [`gestures`]: the frame and its wheel, pointer and key handlers;
//! - [`toolbar`]: the zoom buttons;
//! - [`layers`]: the basemap, the precision halos, the province names;
//! - [`markers`]: the markers and the lines to their true points;
//! - [`names`]: the markers' names, and the places left unnamed;
//! - [`furniture`]: the scale bar and the north arrow;
//! - [`legend`], [`panel`], [`list`], [`query`]: what the map page shows around the map.

pub mod furniture;
pub mod gestures;
pub mod layers;
pub mod legend;
pub mod list;
pub mod markers;
pub mod names;
pub mod panel;
pub mod query;
pub mod state;
pub mod toolbar;

use crate::components::dynamic::dynamic;
use crate::components::site_card::province_line;
use crate::domain::dataset::Dataset;
use crate::domain::geo::Projection;
use crate::domain::map_layout::{label_width, LABEL_PX};
use crate::domain::model::{Lang, SeriesPart};
use crate::domain::num::trimmed;
use furniture::{NorthArrow, ScaleBar};
use gestures::MapFrame;
use layers::{BasemapLayer, HaloLayer, ProvinceNames};
use leptos::prelude::*;
use markers::{MarkerLayer, MovedLines};
use names::NameLayer;
pub use state::{BasemapState, MapState};
use toolbar::MapToolbar;

/// One site on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerSpec {
    /// Site id.
    pub id: String,
    /// Name, for the label.
    pub name: String,
    /// Width of the name on screen, CSS pixels.
    pub name_px: f64,
    /// Index of the site in the dataset (for its accessible name, [`marker_label`]).
    pub site: usize,
    /// Part of the series (colour and shape).
    pub part: SeriesPart,
    /// Component number, drawn inside.
    pub component: Option<u8>,
    /// Projected point, user units.
    pub x: f64,
    /// Projected point, user units.
    pub y: f64,
    /// Radius of the precision halo for an approximate location, user units.
    pub halo: Option<f64>,
}

/// The markers of the sites `idx` (indices into `ds.sites`, in map order).
pub fn marker_specs(ds: &Dataset, proj: &Projection, idx: &[usize], l: Lang) -> Vec<MarkerSpec> {
    let km = proj.km_per_unit();
    idx.iter()
        .filter_map(|&i| Some((i, ds.sites.get(i)?)))
        // A place without a position of its own is listed beside its component, not drawn.
        .filter_map(|(i, s)| s.location.as_ref().map(|loc| (i, s, loc)))
        .map(|(i, s, loc)| {
            let (x, y) = proj.project(loc.lat, loc.lon);
            let name = s.name.get(l).to_string();
            MarkerSpec {
                id: s.id.clone(),
                name_px: label_width(&name, LABEL_PX),
                site: i,
                name,
                part: s.part,
                component: s.component,
                x,
                y,
                halo: loc
                    .approximate
                    .then(|| f64::from(loc.precision_m) / 1000.0 / km),
            }
        })
        .collect()
}

/// The accessible name of a site's marker: "<name>, <kind>, <province>", and its component
/// number, which the marker shows. Made only for the markers drawn on their own: a long list
/// of places is mostly drawn in groups.
pub fn marker_label(ds: &Dataset, site: usize, l: Lang) -> String {
    let Some(s) = ds.sites.get(site) else {
        return String::new();
    };
    let base = format!(
        "{}, {}, {}",
        s.name.get(l),
        s.kind.label(l),
        province_line(ds, s, l)
    );
    match s.component {
        Some(n) => format!("{base}, {} {n}", l.t("hợp phần", "component")),
        None => base,
    }
}

/// Whether `value` holds `id`: one closure per signal type for every "is this the selected /
/// highlighted / origin site" attribute, so that their code is compiled a few times only.
pub fn holds<S>(value: S, id: String) -> impl Fn() -> bool + Clone + Send + Sync + 'static
where
    S: With<Value = Option<String>> + Clone + Send + Sync + 'static,
{
    move || value.with(|v| v.as_deref() == Some(id.as_str()))
}

/// Sets `highlighted` to `id` (`on`) or clears it if it still holds `id`: hover and focus of a
/// marker or a card.
pub fn highlight(highlighted: RwSignal<Option<String>>, id: &str, on: bool) {
    if on {
        highlighted.set(Some(id.to_string()));
    } else if highlighted.with_untracked(|h| h.as_deref() == Some(id)) {
        highlighted.set(None);
    }
}

/// The map with its zoom toolbar, drawn from the shared `state`.
#[component]
pub fn MapSvg(state: MapState) -> impl IntoView {
    let l = state.lang;
    view! {
        <MapToolbar state />
        <MapFrame state>
            <g aria-hidden="true">
                {dynamic(move || {
                    let w = state.world.get();
                    view! {
                        <rect
                            class="map-bg"
                            x=trimmed(w.x, 1)
                            y=trimmed(w.y, 1)
                            width=trimmed(w.w, 1)
                            height=trimmed(w.h, 1)
                        ></rect>
                    }
                    .into_any()
                })}
                <BasemapLayer basemap=state.basemap />
                <Show when=move || state.sized.get()>
                    <HaloLayer state />
                    <MovedLines state />
                    <ProvinceNames state />
                </Show>
            </g>
            <Show when=move || state.sized.get()>
                <MarkerLayer state />
                <NameLayer state />
            </Show>
            <g class="map-furniture" aria-hidden="true">
                <ScaleBar state />
                <NorthArrow state />
            </g>
        </MapFrame>
        <p id="map-keys" class="map-keys">
            {l.t(
                "Kéo để di chuyển, lăn chuột hoặc chụm hai ngón để thu phóng. Bàn phím: + và − để thu phóng, phím mũi tên để di chuyển, 0 để đặt lại.",
                "Drag to move, scroll or pinch to zoom. Keyboard: + and − to zoom, arrow keys to move, 0 to reset.",
            )}
        </p>
    }
}
