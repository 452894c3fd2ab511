//! The markers' names on the map, and beside the map the places left without one at this zoom.

use super::state::MapState;
use crate::domain::map_layout::{view_on, LABEL_PX};
use crate::domain::map_place::NamePos;
use crate::domain::model::Lang;
use crate::domain::num::{fixed, translate_scale, trimmed};
use leptos::prelude::*;

/// How many unnamed places are listed by name.
const LISTED: usize = 12;

/// Where marker `i`'s name is in this view.
fn name_at(state: MapState, i: usize) -> Option<NamePos> {
    state.names.with(|n| n.at.get(i).copied().flatten())
}

/// The names drawn in this view: `(marker, site id, name)`.
fn named(state: MapState) -> Vec<(usize, String, String)> {
    state.names.with(|n| {
        state.markers.with(|ms| {
            n.at.iter()
                .enumerate()
                .filter(|(_, p)| p.is_some())
                .filter_map(|(i, _)| ms.get(i).map(|m| (i, m.id.clone(), m.name.clone())))
                .collect()
        })
    })
}

/// One name, with its leader line when it sits away from its marker.
#[component]
fn Name(state: MapState, i: usize, id: String, name: String) -> impl IntoView {
    let transform = move || {
        name_at(state, i)
            .map(|p| translate_scale(p.label.x, p.label.y, state.upp.get()))
            .unwrap_or_default()
    };
    let anchor = move || name_at(state, i).map_or("start", |p| p.label.anchor.as_str());
    let leader = move || name_at(state, i).and_then(|p| p.leader);
    let end = move |k: usize| move || leader().map(|l| fixed(l[k], 2)).unwrap_or_default();
    view! {
        <Show when=move || leader().is_some()>
            <line
                class="name-leader"
                x1=end(0)
                y1=end(1)
                x2=end(2)
                y2=end(3)
                vector-effect="non-scaling-stroke"
            ></line>
        </Show>
        <text
            class="marker-label"
            data-site=id
            transform=transform
            text-anchor=anchor
            dominant-baseline="central"
            font-size=trimmed(LABEL_PX, 1)
        >
            {name}
        </text>
    }
}

/// The markers' names (decorative: each marker's accessible name holds it).
#[component]
pub fn NameLayer(state: MapState) -> impl IntoView {
    view! {
        <g class="marker-labels" aria-hidden="true">
            <For
                each=move || named(state)
                key=|(i, id, _)| (*i, id.clone())
                children=move |(i, id, name)| view! { <Name state i id name /> }
            />
        </g>
    }
}

/// Shows site `id` on the map: selected, centred and zoomed in, its marker focused.
pub fn show_site(state: MapState, id: &str) {
    let Some(at) = state.marker_point(id) else {
        return;
    };
    if state.selected.get_untracked().as_deref() != Some(id) {
        state.on_activate.run((id.to_string(), false));
    }
    state.view.set(view_on(at, &state.world.get_untracked()));
    let id = id.to_string();
    request_animation_frame(move || state.focus_marker(&id));
}

/// The places drawn on their own in this view that have no name on the map: listed by name (a
/// button shows each on the map), then how many more.
#[component]
pub fn UnnamedList(state: MapState) -> impl IntoView {
    let l = state.lang;
    let listed = move || {
        state.names.with(|n| {
            state.markers.with(|ms| {
                n.unnamed
                    .iter()
                    .take(LISTED)
                    .filter_map(|&i| ms.get(i).map(|m| (m.id.clone(), m.name.clone())))
                    .collect::<Vec<_>>()
            })
        })
    };
    let more = move || state.names.with(|n| n.unnamed.len().saturating_sub(LISTED));
    let more_text = move || match l {
        Lang::Vi => format!("và {} địa điểm khác: phóng to để thấy tên.", more()),
        Lang::En => format!("and {} more: zoom in to see their names.", more()),
    };
    view! {
        <Show when=move || state.names.with(|n| !n.unnamed.is_empty())>
            <div class="map-unnamed">
                <p id="map-unnamed-title">
                    {l.t(
                        "Chưa ghi tên trên bản đồ ở mức thu phóng này:",
                        "Not named on the map at this zoom:",
                    )}
                </p>
                <ul aria-labelledby="map-unnamed-title">
                    <For
                        each=listed
                        key=|(id, _)| id.clone()
                        children=move |(id, name)| {
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=move |_| show_site(state, &id)>
                                        {name}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
                <Show when=move || more() != 0>
                    <p>{more_text}</p>
                </Show>
            </div>
        </Show>
    }
}
