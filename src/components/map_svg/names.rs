//! The markers' names on the map, and beside the map the places left without one at this zoom.

use super::state::MapState;
use crate::components::dynamic::dynamic;
use crate::domain::map_layout::{view_on, LABEL_PX};
use crate::domain::model::Lang;
use crate::domain::num::{fixed, translate_scale, trimmed};
use leptos::prelude::*;

/// How many unnamed places are listed by name.
const LISTED: usize = 12;

/// The names drawn in this view, with their leader lines, drawn again when the view changes
/// (decorative: each marker's accessible name holds its name).
#[component]
pub fn NameLayer(state: MapState) -> impl IntoView {
    let names = move || {
        let u = state.upp.get();
        state.names.with(|n| {
            state.markers.with(|ms| {
                n.at.iter()
                    .zip(ms)
                    .filter_map(|(p, m)| Some((p.as_ref()?, m)))
                    .map(|(p, m)| {
                        let leader = p.leader.map(|l| {
                            view! {
                                <line
                                    class="name-leader"
                                    x1=fixed(l[0], 2)
                                    y1=fixed(l[1], 2)
                                    x2=fixed(l[2], 2)
                                    y2=fixed(l[3], 2)
                                    vector-effect="non-scaling-stroke"
                                ></line>
                            }
                        });
                        view! {
                            {leader}
                            <text
                                class="marker-label"
                                data-site=m.id.clone()
                                transform=translate_scale(p.label.x, p.label.y, u)
                                text-anchor=p.label.anchor.as_str()
                                dominant-baseline="central"
                                font-size=trimmed(LABEL_PX, 1)
                            >
                                {m.name.clone()}
                            </text>
                        }
                        .into_any()
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };
    view! { <g class="marker-labels" aria-hidden="true">{dynamic(names)}</g> }
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
    let list = move || {
        if !state.sized.get() {
            return ().into_any();
        }
        let (listed, more) = state.names.with(|n| {
            let listed: Vec<(String, String)> = state.markers.with(|ms| {
                n.unnamed
                    .iter()
                    .take(LISTED)
                    .filter_map(|&i| ms.get(i).map(|m| (m.id.clone(), m.name.clone())))
                    .collect()
            });
            (listed, n.unnamed.len().saturating_sub(LISTED))
        });
        if listed.is_empty() {
            return ().into_any();
        }
        let items = listed
            .into_iter()
            .map(|(id, name)| {
                view! {
                    <li>
                        <button type="button" class="link-button" on:click=move |_| show_site(state, &id)>
                            {name}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let more = (more != 0).then(|| match l {
            Lang::Vi => format!("và {more} địa điểm khác: phóng to để thấy tên."),
            Lang::En => format!("and {more} more: zoom in to see their names."),
        });
        view! {
            <div class="map-unnamed">
                <p id="map-unnamed-title">
                    {l.t(
                        "Chưa ghi tên trên bản đồ ở mức thu phóng này:",
                        "Not named on the map at this zoom:",
                    )}
                </p>
                <ul aria-labelledby="map-unnamed-title">{items}</ul>
                {more.map(|m| view! { <p>{m}</p> })}
            </div>
        }
        .into_any()
    };
    dynamic(list)
}
