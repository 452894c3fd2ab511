//! The layers under the markers: the provinces, the precision halos, the province names.

use super::state::{BasemapState, MapState};
use super::MarkerSpec;
use crate::components::dynamic::dynamic;
use crate::domain::map_layout::{label_width, LABEL_PX};
use crate::domain::model::SeriesPart;
use crate::domain::num::{fixed, translate_scale};
use leptos::prelude::*;
use std::sync::Arc;

/// The basemap, once it is ready.
fn ready(basemap: Memo<BasemapState>) -> Option<Arc<crate::domain::map_layout::Basemap>> {
    match basemap.get() {
        BasemapState::Ready(bm) => Some(bm),
        _ => None,
    }
}

/// The provinces: fills, then the pre-2025 borders (dashed), then the current ones.
#[component]
pub fn BasemapLayer(basemap: Memo<BasemapState>) -> impl IntoView {
    dynamic(move || {
        let Some(bm) = ready(basemap) else {
            return ().into_any();
        };
        {
            let fills = bm
                .fills
                .iter()
                .map(|f| {
                    view! {
                        <path
                            class="province"
                            class:former=f.former
                            class:context=!f.in_property
                            data-province=f.id.clone()
                            d=f.path.clone()
                            fill-rule="evenodd"
                        ></path>
                    }
                })
                .collect_view();
            let former = bm
                .former
                .iter()
                .map(|b| {
                    view! {
                        <path class="border-former" d=b.path.clone() vector-effect="non-scaling-stroke"></path>
                    }
                })
                .collect_view();
            let current = bm
                .current
                .iter()
                .map(|b| {
                    view! {
                        <path
                            class="border-current"
                            class:context=!b.in_property
                            d=b.path.clone()
                            vector-effect="non-scaling-stroke"
                        ></path>
                    }
                })
                .collect_view();
            view! { <g class="basemap">{fills}{former}{current}</g> }.into_any()
        }
    })
}

/// One halo per place of a marker drawn on its own (`alone`): sites that share a point share
/// their ring (the widest). A group's places show when it is zoomed into.
fn rings(ms: &[MarkerSpec], alone: impl Fn(usize) -> bool) -> Vec<(f64, f64, f64, SeriesPart)> {
    let mut rings: Vec<(f64, f64, f64, SeriesPart)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let Some(r) = m.halo.filter(|_| alone(i)) else {
            continue;
        };
        match rings
            .iter_mut()
            .find(|h| (h.0 - m.x).abs() < 0.05 && (h.1 - m.y).abs() < 0.05)
        {
            Some(h) => h.2 = h.2.max(r),
            None => rings.push((m.x, m.y, r, m.part)),
        }
    }
    rings
}

/// The precision halos around approximate locations, at their true points.
#[component]
pub fn HaloLayer(state: MapState) -> impl IntoView {
    view! {
        <g class="halos">
            {dynamic(move || {
                state
                    .layout
                    .with(|l| {
                        let alone = |i: usize| l.placement.size.get(i) == Some(&1);
                        state.markers.with(|ms| rings(ms, alone))
                    })
                    .into_iter()
                    .map(|(x, y, r, part)| {
                        view! {
                            <circle
                                class=format!("halo part-{}", part.id())
                                cx=fixed(x, 1)
                                cy=fixed(y, 1)
                                r=fixed(r, 1)
                                vector-effect="non-scaling-stroke"
                            ></circle>
                        }
                    })
                    .collect_view()
                    .into_any()
            })}
        </g>
    }
}

/// The province names, former ones with "(cũ)" / "(former)".
#[component]
pub fn ProvinceNames(state: MapState) -> impl IntoView {
    let lang = state.lang;
    view! {
        <g class="province-labels">
            {dynamic(move || {
                let Some(bm) = ready(state.basemap) else {
                    return ().into_any();
                };
                {
                    let u = state.upp.get();
                    // The names' boxes, bold ones a tenth wider.
                    let boxes: Vec<(f64, f64, f64)> = bm
                        .labels
                        .iter()
                        .map(|p| (p.x, p.y, label_width(&p.text(lang), LABEL_PX) * 1.1))
                        .collect();
                    let shown = state.provinces_shown(&boxes);
                    bm.labels
                        .iter()
                        .zip(shown)
                        .filter(|(_, shown)| *shown)
                        .map(|(p, _)| {
                            view! {
                                <text
                                    class="province-label"
                                    class:former=p.former
                                    class:context=!p.in_property
                                    transform=translate_scale(p.x, p.y, u)
                                    text-anchor="middle"
                                    dominant-baseline="central"
                                    font-size="12"
                                >
                                    {p.text(lang)}
                                </text>
                            }
                        })
                        .collect_view()
                        .into_any()
                }
            })}
        </g>
    }
}
