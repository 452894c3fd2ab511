//! The scale bar (bottom left) and the north arrow (top right), at screen size in the view's
//! corners (`domain::map_layout::furniture_px` keeps the names off them).

use super::state::MapState;
use crate::components::dynamic::dynamic;
use crate::domain::geo::nice_scale_bar;
use crate::domain::map_layout::{format_scale, SCALE_BAR_PX};
use crate::domain::num::{fixed, translate_scale};
use leptos::prelude::*;

/// The scale bar: the longest round distance that fits in [`SCALE_BAR_PX`].
#[component]
pub fn ScaleBar(state: MapState) -> impl IntoView {
    dynamic(move || {
        let u = state.upp.get();
        let (x, y, _, h) = state.world.with(|w| state.view.get().view_box(w));
        let (km, units) = nice_scale_bar(state.km_per_unit, SCALE_BAR_PX * u);
        if units <= 0.0 {
            return ().into_any();
        }
        {
            let len = units / u;
            view! {
                <g class="scale-bar" transform=translate_scale(x + 14.0 * u, y + h - 12.0 * u, u)>
                    <rect class="scale-bg" x="-8" y="-24" width=fixed(len + 16.0, 1) height="30" rx="4"></rect>
                    <path class="scale-line" d=format!("M0 -6 V0 H{} V-6", fixed(len, 1))></path>
                    <text x="0" y="-13" font-size="11" dominant-baseline="central">
                        {format_scale(km, state.lang)}
                    </text>
                </g>
            }
            .into_any()
        }
    })
}

/// The north arrow.
#[component]
pub fn NorthArrow(state: MapState) -> impl IntoView {
    let transform = move || {
        let u = state.upp.get();
        let (x, y, w, _) = state.world.with(|wd| state.view.get().view_box(wd));
        translate_scale(x + w - 24.0 * u, y + 32.0 * u, u)
    };
    view! {
        <g class="north-arrow" transform=transform>
            <circle class="north-bg" r="18" cy="-2"></circle>
            <path d="M0 -2 L6 12 L0 8 L-6 12 Z"></path>
            <text y="-10" font-size="11" text-anchor="middle" dominant-baseline="central">
                {state.lang.t("B", "N")}
            </text>
        </g>
    }
}
