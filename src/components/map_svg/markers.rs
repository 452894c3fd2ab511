//! The markers: one button per site drawn on its own (shape and colour by part, its number
//! inside), one per group of places with no room of their own (their count inside; it zooms in),
//! and the thin lines from a moved marker back to its true point.

use super::state::MapState;
use super::{highlight, holds, MarkerSpec};
use crate::components::dynamic::dynamic;
use crate::domain::geo::{View, MAX_SCALE};
use crate::domain::map_layout::{HIT_PX, MARKER_GAP_PX};
use crate::domain::model::{Lang, SeriesPart};
use crate::domain::num::{fixed, translate_scale};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// True for the keys that press a button.
fn is_press(e: &KeyboardEvent) -> bool {
    matches!(e.key().as_str(), "Enter" | " " | "Spacebar")
}

/// The `transform` of the marker drawn as number `i`: at its place, at screen size.
fn place_of(state: MapState, i: usize) -> impl Fn() -> String + Send + Sync + Copy + 'static {
    move || {
        let at = state.layout.with(|l| l.placement.at.get(i).copied());
        at.map(|(x, y)| translate_scale(x, y, state.upp.get()))
            .unwrap_or_default()
    }
}

/// The symbol of a part: circle, square or diamond.
fn shape(part: SeriesPart) -> AnyView {
    match part {
        SeriesPart::Founding => view! { <circle class="shape" r="9"></circle> }.into_any(),
        SeriesPart::Dissemination => {
            view! { <rect class="shape" x="-8" y="-8" width="16" height="16"></rect> }.into_any()
        }
        SeriesPart::Revival => {
            view! { <path class="shape" d="M0 -11 L11 0 L0 11 L-11 0 Z"></path> }.into_any()
        }
    }
}

/// A site's marker: a button that selects it (and shows its card).
#[component]
fn Marker(state: MapState, i: usize, spec: MarkerSpec) -> impl IntoView {
    let MarkerSpec {
        id,
        site,
        part,
        component,
        ..
    } = spec;
    let label = state.marker_label.run(site);
    let is_sel = holds(state.selected, id.clone());
    let is_hl = holds(state.highlighted, id.clone());
    let expanded = {
        let is_sel = is_sel.clone();
        move || if is_sel() { "true" } else { "false" }
    };
    let (click_id, key_id) = (id.clone(), id.clone());
    let (enter_id, leave_id, focus_id, blur_id) = (id.clone(), id.clone(), id.clone(), id.clone());
    let number = component.map(|n| {
        view! {
            <text class="marker-num" aria-hidden="true" text-anchor="middle" dominant-baseline="central" font-size="10">
                {n.to_string()}
            </text>
        }
    });
    view! {
        <g
            class=format!("marker part-{}", part.id())
            class:hollow=component.is_none()
            class:highlighted=is_hl
            class:selected=is_sel
            tabindex="0"
            role="button"
            aria-label=label
            aria-expanded=expanded
            aria-controls="map-panel"
            data-site=id
            transform=place_of(state, i)
            on:click=move |_| state.on_activate.run((click_id.clone(), false))
            on:keydown=move |e| {
                if is_press(&e) {
                    e.prevent_default();
                    e.stop_propagation();
                    state.on_activate.run((key_id.clone(), true));
                }
            }
            on:mouseenter=move |_| highlight(state.highlighted, &enter_id, true)
            on:mouseleave=move |_| highlight(state.highlighted, &leave_id, false)
            on:focus=move |_| highlight(state.highlighted, &focus_id, true)
            on:blur=move |_| highlight(state.highlighted, &blur_id, false)
        >
            <circle class="hit" r=fixed(HIT_PX, 0)></circle>
            <circle class="ring" r=fixed(HIT_PX, 0)></circle>
            {shape(part)}
            {number}
        </g>
    }
}

/// Zooms in on the places of the group that marker `i` stands for.
fn open_group(state: MapState, i: usize) {
    let members = state.layout.with_untracked(|l| l.placement.members(i));
    let points: Vec<(f64, f64)> = state.markers.with_untracked(|ms| {
        members
            .iter()
            .filter_map(|&m| ms.get(m).map(|s| (s.x, s.y)))
            .collect()
    });
    let world = state.world.get_untracked();
    let margin = MARKER_GAP_PX * state.upp.get_untracked();
    state
        .view
        .set(View::fit(&points, &world, margin, MAX_SCALE));
}

/// The accessible name of a group: how many places, the first few names, what a press does.
fn group_label(state: MapState, i: usize) -> String {
    let members = state.layout.with(|l| l.placement.members(i));
    let names: Vec<String> = state.markers.with(|ms| {
        members
            .iter()
            .take(3)
            .filter_map(|&m| ms.get(m).map(|s| s.name.clone()))
            .collect()
    });
    let more = if members.len() > 3 { ", …" } else { "" };
    let (n, names) = (members.len(), names.join(", "));
    match state.lang {
        Lang::Vi => format!("Nhóm {n} địa điểm: {names}{more}. Bấm để xem gần hơn."),
        Lang::En => format!("Group of {n} places: {names}{more}. Press to see them closer."),
    }
}

/// A group of places with no room of their own at this zoom: a button that zooms in on them.
#[component]
fn GroupMarker(state: MapState, i: usize) -> impl IntoView {
    let count = move || {
        let n = state.layout.with(|l| l.placement.size.get(i).copied());
        n.unwrap_or(1).to_string()
    };
    view! {
        <g
            class="marker group"
            tabindex="0"
            role="button"
            aria-label=move || group_label(state, i)
            aria-controls="map-frame"
            transform=place_of(state, i)
            on:click=move |_| open_group(state, i)
            on:keydown=move |e| {
                if is_press(&e) {
                    e.prevent_default();
                    e.stop_propagation();
                    open_group(state, i);
                }
            }
        >
            <circle class="hit" r=fixed(HIT_PX, 0)></circle>
            <circle class="ring" r=fixed(HIT_PX, 0)></circle>
            <circle class="shape" r="11"></circle>
            <text class="marker-num" aria-hidden="true" text-anchor="middle" dominant-baseline="central" font-size="10">
                {dynamic(move || count().into_any())}
            </text>
        </g>
    }
}

/// The markers drawn at this zoom, in map order (the components first, which is also the order
/// of the Tab key): `(marker, site id, is a group)`.
fn drawn(state: MapState) -> Vec<(usize, String, bool)> {
    state.layout.with(|l| {
        state.markers.with(|ms| {
            l.placement
                .drawn_indices()
                .into_iter()
                .filter_map(|i| {
                    let group = l.placement.size.get(i).is_some_and(|&n| n > 1);
                    Some((i, ms.get(i)?.id.clone(), group))
                })
                .collect()
        })
    })
}

/// Every marker drawn at this zoom.
#[component]
pub fn MarkerLayer(state: MapState) -> impl IntoView {
    let child = move |(i, _, group): (usize, String, bool)| {
        let spec = state.markers.with_untracked(|ms| ms.get(i).cloned());
        match spec {
            Some(spec) if !group => view! { <Marker state i spec /> }.into_any(),
            _ => view! { <GroupMarker state i /> }.into_any(),
        }
    };
    view! {
        <g class="markers" node_ref=state.marker_group>
            <For each=move || drawn(state) key=|k| k.clone() children=child />
        </g>
    }
}

/// A thin line from each marker moved apart back to its true point, and a dot there.
#[component]
pub fn MovedLines(state: MapState) -> impl IntoView {
    let lines = move || {
        let u = state.upp.get();
        state.layout.with(|l| {
            state.markers.with(|ms| {
                l.placement
                    .drawn_indices()
                    .into_iter()
                    .filter_map(|i| {
                        let m = ms.get(i)?;
                        let (x, y) = *l.placement.at.get(i)?;
                        l.placement.moved(i, (m.x, m.y)).then(|| {
                            view! {
                                <line
                                    class="leader"
                                    x1=fixed(m.x, 2)
                                    y1=fixed(m.y, 2)
                                    x2=fixed(x, 2)
                                    y2=fixed(y, 2)
                                    vector-effect="non-scaling-stroke"
                                ></line>
                                <circle class="true-point" cx=fixed(m.x, 2) cy=fixed(m.y, 2) r=fixed(2.0 * u, 2)></circle>
                            }
                        })
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };
    view! { <g class="leaders">{dynamic(lines)}</g> }
}
