//! What the parts of the map share: the view, the frame's size, the markers and their layout.

use super::MarkerSpec;
use crate::domain::geo::{View, World};
use crate::domain::map_layout::{
    layout_markers, layout_names, province_names_shown, units_per_px, world_for, Basemap,
    MarkerLayout, MarkerRequest, NameRequest, Names, MAP_H, MAP_W,
};
use crate::domain::model::Lang;
use leptos::prelude::*;
use leptos::svg::{Svg, G};
use std::sync::Arc;

/// Where the basemap is.
#[derive(Clone, Debug, PartialEq)]
pub enum BasemapState {
    /// The outlines are on their way.
    Loading,
    /// Ready to draw.
    Ready(Arc<Basemap>),
    /// The outlines could not be loaded (the visitor-facing reason).
    Failed(String),
}

/// The markers' points, kinds and name widths, in map order: the layout's input.
struct Columns {
    points: Vec<(f64, f64)>,
    components: Vec<bool>,
    widths: Vec<f64>,
}

impl Columns {
    fn of(ms: &[MarkerSpec]) -> Columns {
        Columns {
            points: ms.iter().map(|m| (m.x, m.y)).collect(),
            components: ms.iter().map(|m| m.component.is_some()).collect(),
            widths: ms.iter().map(|m| m.name_px).collect(),
        }
    }
}

/// What the map page gives the map.
pub struct MapInputs {
    /// The page's language (the page is drawn again when it changes).
    pub lang: Lang,
    /// Kilometres per user unit, for the scale bar.
    pub km_per_unit: f64,
    /// The province outlines.
    pub basemap: Memo<BasemapState>,
    /// The sites on the map, in map order (components first).
    pub markers: Memo<Vec<MarkerSpec>>,
    /// Every site's point, filtered or not: the world of an upright frame spans them.
    pub all_points: Vec<(f64, f64)>,
    /// The view, kept by the page across a change of language.
    pub view: RwSignal<View>,
    /// The site under the pointer or holding the focus, here or in the list.
    pub highlighted: RwSignal<Option<String>>,
    /// The selected site (from the URL).
    pub selected: Memo<Option<String>>,
    /// Called with a site id when a marker is chosen, and whether the keyboard chose it.
    pub on_activate: Callback<(String, bool)>,
    /// The accessible name of the marker of a site (by its index in the dataset).
    pub marker_label: Callback<usize, String>,
}

/// The signals and memos the map's parts share (all `Copy`).
#[derive(Clone, Copy)]
pub struct MapState {
    /// The page's language.
    pub lang: Lang,
    /// Kilometres per user unit.
    pub km_per_unit: f64,
    /// The province outlines.
    pub basemap: Memo<BasemapState>,
    /// The sites on the map, in map order.
    pub markers: Memo<Vec<MarkerSpec>>,
    /// The view.
    pub view: RwSignal<View>,
    /// The map's size on screen, CSS pixels (measured).
    pub frame_px: RwSignal<(f64, f64)>,
    /// The map is on screen and has been measured. Until then the browser draws no markers, names
    /// or halos: they are laid out once, for the frame's real size, instead of first for the
    /// default size and then again. The build tool, which has no screen, draws them at the
    /// default size from the start.
    pub sized: RwSignal<bool>,
    /// What shows at zoom 1: the frame's shape around the map.
    pub world: Memo<World>,
    /// User units per CSS pixel.
    pub upp: Memo<f64>,
    /// Where the markers are drawn at this zoom.
    pub layout: Memo<MarkerLayout>,
    /// Their names in this view.
    pub names: Memo<Names>,
    /// The highlighted site.
    pub highlighted: RwSignal<Option<String>>,
    /// The selected site.
    pub selected: Memo<Option<String>>,
    /// A marker was chosen: `(id, by keyboard)`.
    pub on_activate: Callback<(String, bool)>,
    /// The accessible name of the marker of a site (by its index in the dataset).
    pub marker_label: Callback<usize, String>,
    /// The map's `<svg>`.
    pub svg: NodeRef<Svg>,
    /// The markers' group.
    pub marker_group: NodeRef<G>,
}

impl MapState {
    /// The shared state of one map.
    pub fn new(inputs: MapInputs) -> MapState {
        let MapInputs {
            lang,
            km_per_unit,
            basemap,
            markers,
            all_points,
            view,
            highlighted,
            selected,
            on_activate,
            marker_label,
        } = inputs;
        let frame_px = RwSignal::new((MAP_W, MAP_H));
        let world = Memo::new(move |_| {
            let (w, h) = frame_px.get();
            world_for(w, h, &all_points)
        });
        // A new frame shape: the whole world again if it was showing whole, else the same view
        // kept inside the new world.
        Effect::new(move |before: Option<World>| {
            let now = world.get();
            if let Some(before) = before.filter(|b| *b != now) {
                if view.get_untracked() == View::full(&before) {
                    view.set(View::full(&now));
                } else {
                    view.update(|v| v.clamp_to(&now));
                }
            }
            now
        });
        let upp =
            Memo::new(move |_| world.with(|w| units_per_px(&view.get(), w, frame_px.get().0)));
        let layout = Memo::new(move |_| {
            let w = world.get();
            markers.with(|ms| {
                let c = Columns::of(ms);
                layout_markers(&MarkerRequest {
                    points: &c.points,
                    components: &c.components,
                    widths_px: &c.widths,
                    world: (w.x, w.y, w.w, w.h),
                    upp: upp.get(),
                })
            })
        });
        let names = Memo::new(move |_| {
            let window = world.with(|w| view.get().view_box(w));
            let first: Vec<usize> = [selected.get(), highlighted.get()]
                .into_iter()
                .flatten()
                .filter_map(|id| markers.with(|ms| ms.iter().position(|m| m.id == id)))
                .collect();
            layout.with(|l| {
                markers.with(|ms| {
                    let c = Columns::of(ms);
                    layout_names(
                        l,
                        &NameRequest {
                            window,
                            upp: upp.get(),
                            widths_px: &c.widths,
                            components: &c.components,
                            first: &first,
                        },
                    )
                })
            })
        });
        MapState {
            lang,
            km_per_unit,
            basemap,
            markers,
            view,
            frame_px,
            sized: RwSignal::new(cfg!(not(target_arch = "wasm32"))),
            world,
            upp,
            layout,
            names,
            highlighted,
            selected,
            on_activate,
            marker_label,
            svg: NodeRef::new(),
            marker_group: NodeRef::new(),
        }
    }

    /// Which of the province names `boxes` (`(x, y, width_px)`) show in this view: those clear
    /// of the markers and their names (reactive).
    pub fn provinces_shown(&self, boxes: &[(f64, f64, f64)]) -> Vec<bool> {
        let window = self.world.with(|w| self.view.get().view_box(w));
        let upp = self.upp.get();
        self.layout.with(|l| {
            self.names.with(|n| {
                self.markers.with(|ms| {
                    let c = Columns::of(ms);
                    let req = NameRequest {
                        window,
                        upp,
                        widths_px: &c.widths,
                        components: &c.components,
                        first: &[],
                    };
                    province_names_shown(boxes, l, n, &req)
                })
            })
        })
    }

    /// Sets the view, kept inside the world.
    pub fn set_view(&self, f: impl FnOnce(&mut View)) {
        let world = self.world.get_untracked();
        self.view.update(|v| {
            f(v);
            v.clamp_to(&world);
        });
    }

    /// The drawn point of the marker of site `id`, if it is on the map.
    pub fn marker_point(&self, id: &str) -> Option<(f64, f64)> {
        self.markers
            .with_untracked(|ms| ms.iter().find(|m| m.id == id).map(|m| (m.x, m.y)))
    }

    /// Moves the keyboard focus to the marker of site `id`. Closing the panel can resize the map,
    /// and a marker laid out again for the new size may be drawn anew, which drops the focus: so
    /// once two frames have passed, the focus goes to the marker again if it has been lost.
    pub fn focus_marker(&self, id: &str) {
        self.focus_marker_now(id);
        let (state, id) = (*self, id.to_string());
        request_animation_frame(move || {
            request_animation_frame(move || {
                let lost = document()
                    .active_element()
                    .is_none_or(|e| Some(e) == document().body().map(Into::into));
                if lost {
                    state.focus_marker_now(&id);
                }
            })
        });
    }

    fn focus_marker_now(&self, id: &str) {
        let Some(group) = self.marker_group.get_untracked() else {
            return;
        };
        // Site ids are slugs (checked by the data validation): no quoting needed.
        let selector = format!("[data-site=\"{id}\"]");
        if let Some(el) = group
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::SvgElement>(e).ok())
        {
            let _ = el.focus();
        }
    }
}
