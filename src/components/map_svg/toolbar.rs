//! The zoom toolbar: zoom in, zoom out, fit to the results, reset.

use super::gestures::{zoom_center, ZOOM_STEP};
use super::state::MapState;
use crate::domain::geo::{View, MAX_SCALE};
use crate::domain::map_layout::HIT_PX;
use leptos::prelude::*;

/// Shows every marker on the map, as close as they fit.
pub fn fit_markers(state: MapState) {
    let world = state.world.get_untracked();
    let (pts, halo) = state.markers.with_untracked(|ms| {
        let pts: Vec<(f64, f64)> = ms.iter().map(|m| (m.x, m.y)).collect();
        (pts, ms.iter().filter_map(|m| m.halo).fold(0.0, f64::max))
    });
    // Room for the halos and for the markers themselves (at the zoom of the whole world).
    let margin = halo + 2.0 * HIT_PX * state.upp.get_untracked();
    state.view.set(View::fit(&pts, &world, margin, MAX_SCALE));
}

/// The toolbar above the map.
#[component]
pub fn MapToolbar(state: MapState) -> impl IntoView {
    let l = state.lang;
    view! {
        <div
            class="map-tools"
            role="toolbar"
            aria-label=l.t("Thu phóng bản đồ", "Map zoom")
            aria-controls="map-frame"
        >
            <button
                type="button"
                class="zoom-in"
                aria-label=l.t("Phóng to", "Zoom in")
                on:click=move |_| zoom_center(state, ZOOM_STEP)
            >
                <span aria-hidden="true">"+"</span>
            </button>
            <button
                type="button"
                class="zoom-out"
                aria-label=l.t("Thu nhỏ", "Zoom out")
                on:click=move |_| zoom_center(state, 1.0 / ZOOM_STEP)
            >
                <span aria-hidden="true">"−"</span>
            </button>
            <button type="button" on:click=move |_| fit_markers(state)>
                {l.t("Vừa khung kết quả", "Fit to results")}
            </button>
            <button
                type="button"
                on:click=move |_| state.view.set(View::full(&state.world.get_untracked()))
            >
                {l.t("Đặt lại", "Reset")}
            </button>
        </div>
    }
}
