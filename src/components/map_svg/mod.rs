//! The SVG map: basemap, markers (shape and colour by part, number inside), their labels,
//! zoom and pan (wheel, pinch, drag, buttons, keys), scale bar and north arrow.
//!
//! Markers, labels and the scale bar keep their size on screen while the map zooms: they are
//! drawn in CSS pixels inside a `scale(u)` transform, `u` being user units per pixel.

pub mod legend;

use crate::components::dynamic::dynamic;
use crate::domain::geo::{
    nice_scale_bar, place_labels_with, Anchor, PlacedLabel, Projection, View,
};
use crate::domain::map_layout::{format_scale, label_width, spread, Basemap, MAP_H, MAP_W};
use crate::domain::math;
use crate::domain::model::{Lang, SeriesPart};
use crate::domain::num::{fixed, translate_scale, trimmed};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

/// One site on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerSpec {
    /// Site id.
    pub id: String,
    /// Name, for the label.
    pub name: String,
    /// Accessible name: "<name>, <kind>, <province>".
    pub label: String,
    /// Part of the series (colour and shape).
    pub part: SeriesPart,
    /// Component number, drawn inside.
    pub component: Option<u8>,
    /// True for places that are not components (drawn hollow).
    pub hollow: bool,
    /// Projected point, user units.
    pub x: f64,
    /// Projected point, user units.
    pub y: f64,
    /// Radius of the precision halo for an approximate location, user units.
    pub halo: Option<f64>,
}

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

/// Marker radius, CSS pixels.
const MARKER_PX: f64 = 9.0;
/// Label font size, CSS pixels.
const LABEL_PX: f64 = 12.0;
/// The markers' selector.
const MARKER: &str = ".marker";
/// Zoom factor of one button press or key.
const ZOOM_STEP: f64 = 1.5;

/// A marker as drawn: where (after spreading) and its label, if it has room.
#[derive(Clone, Debug, PartialEq)]
struct Placed {
    id: String,
    x: f64,
    y: f64,
    label: Option<PlacedLabel>,
}

/// A pointer that is down on the map.
#[derive(Clone, Copy, Debug)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

/// Whether `value` holds `id`: one closure per signal type for every "is this the selected /
/// highlighted / origin site" attribute, so that their code is compiled a few times only.
pub fn holds<S>(value: S, id: String) -> impl Fn() -> bool + Clone + Send + Sync + 'static
where
    S: With<Value = Option<String>> + Clone + Send + Sync + 'static,
{
    move || value.with(|v| v.as_deref() == Some(id.as_str()))
}

/// The `data-site` of the element matching `selector` that holds `target`: the site an event
/// delegated to a list's container is about.
pub fn site_of(target: Option<EventTarget>, selector: &str) -> Option<String> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute("data-site")
}

/// The element an event's handler is on (for the map's pointer events: the svg).
fn svg_of(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// Hover and focus of a list's items (elements matching `selector`), from a `mouseover`,
/// `mouseout`, `focusin` or `focusout` delegated to the list's container: `highlighted` holds the
/// site of the item under the pointer or holding the focus, as `mouseenter`, `mouseleave`,
/// `focusin` and `focusout` on each item would set it.
pub fn track_highlight(highlighted: RwSignal<Option<String>>, selector: &str, e: &web_sys::Event) {
    let Some(here) = site_of(e.target(), selector) else {
        return;
    };
    if let Some(m) = e.dyn_ref::<MouseEvent>() {
        // A move between two parts of one item.
        if site_of(m.related_target(), selector).as_deref() == Some(here.as_str()) {
            return;
        }
    }
    if matches!(e.type_().as_str(), "mouseover" | "focusin") {
        highlighted.set(Some(here));
    } else if highlighted.get_untracked().as_deref() == Some(here.as_str()) {
        highlighted.set(None);
    }
}

/// The pointers that are down on the map, and whether they are dragging it.
#[derive(Clone, Debug, Default)]
struct Drag {
    pointers: Vec<Pointer>,
    /// Where the first pointer went down (client pixels).
    start: (f64, f64),
    /// Moved far enough to be a drag (or a pinch), not a click.
    dragging: bool,
}

/// The map with its zoom toolbar. `on_activate` receives the site id and whether the keyboard
/// chose it. The page is drawn again when the language changes, so `lang` is a plain value.
#[component]
pub fn MapSvg(
    lang: Lang,
    proj: Projection,
    basemap: Memo<BasemapState>,
    markers: Memo<Vec<MarkerSpec>>,
    view: RwSignal<View>,
    highlighted: RwSignal<Option<String>>,
    selected: Memo<Option<String>>,
    on_activate: impl Fn(String, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let width_px = RwSignal::new(MAP_W);
    // User units per CSS pixel.
    let upp = Memo::new(move |_| MAP_W / view.get().scale / width_px.get().max(1.0));

    // (The map's svg is found by its class: there is one map on the page.)
    let measure = move || {
        if let Some(svg) = document().query_selector(".map-svg").ok().flatten() {
            let w = svg.get_bounding_client_rect().width();
            if w > 0.0 && (w - width_px.get_untracked()).abs() > 0.5 {
                width_px.set(w);
            }
        }
    };
    Effect::new(move |_| measure());
    // (Not in the build tool, which renders the page without a window.)
    if cfg!(target_arch = "wasm32") {
        let resize = window_event_listener(ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
    }

    let layout = Memo::new(move |_| {
        let ms = markers.get();
        let u = upp.get();
        let (hl, sel) = (highlighted.get(), selected.get());
        let pts: Vec<(f64, f64)> = ms.iter().map(|m| (m.x, m.y)).collect();
        let shown = spread(&pts, (2.0 * MARKER_PX + 3.0) * u);
        // The selected and highlighted markers get their label first.
        let mut order: Vec<usize> = (0..ms.len()).collect();
        crate::domain::sort::sort_by_key(&mut order, |&i| {
            (
                sel.as_deref() != Some(ms[i].id.as_str()),
                hl.as_deref() != Some(ms[i].id.as_str()),
                i,
            )
        });
        let lp: Vec<(f64, f64)> = order.iter().map(|&i| shown[i]).collect();
        let lw: Vec<f64> = order
            .iter()
            .map(|&i| label_width(&ms[i].name, LABEL_PX) * u)
            .collect();
        let placed = place_labels_with(&lp, &lw, LABEL_PX * 1.35 * u, (MARKER_PX + 2.0) * u);
        let mut labels = vec![None; ms.len()];
        for (k, &i) in order.iter().enumerate() {
            labels[i] = placed.get(k).copied().flatten();
            // The selected and hovered markers always show their name, even over others.
            let wanted = [sel.as_deref(), hl.as_deref()].contains(&Some(ms[i].id.as_str()));
            if labels[i].is_none() && wanted {
                labels[i] = Some(PlacedLabel {
                    x: shown[i].0 + (MARKER_PX + 4.0) * u,
                    y: shown[i].1,
                    anchor: Anchor::Start,
                });
            }
        }
        ms.iter()
            .enumerate()
            .map(|(i, m)| Placed {
                id: m.id.clone(),
                x: shown[i].0,
                y: shown[i].1,
                label: labels[i],
            })
            .collect::<Vec<_>>()
    });

    let set_view = move |f: &dyn Fn(&mut View)| {
        view.update(|v| {
            f(v);
            v.clamp_to(MAP_W, MAP_H);
        })
    };
    let zoom_center = move |factor: f64| {
        set_view(&|v: &mut View| {
            let (cx, cy) = (v.cx, v.cy);
            v.zoom_at(factor, cx, cy)
        })
    };
    let fit = move || {
        let ms = markers.get_untracked();
        let pts: Vec<(f64, f64)> = ms.iter().map(|m| (m.x, m.y)).collect();
        let margin = ms.iter().filter_map(|m| m.halo).fold(0.0, f64::max) + 16.0;
        view.set(View::fit(&pts, MAP_W, MAP_H, margin));
    };
    let reset = move || view.set(View::full(MAP_W, MAP_H));

    // The map point under a client position, in user units (`svg`: the event's current target).
    let user_at = move |svg: &web_sys::Element, client_x: f64, client_y: f64| {
        let r = svg.get_bounding_client_rect();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return None;
        }
        let (fx, fy) = (
            (client_x - r.left()) / r.width(),
            (client_y - r.top()) / r.height(),
        );
        Some(view.get_untracked().to_user(MAP_W, MAP_H, fx, fy))
    };

    let on_wheel = move |e: WheelEvent| {
        e.prevent_default();
        let unit = match e.delta_mode() {
            1 => 32.0,
            2 => 400.0,
            _ => 1.0,
        };
        let factor = math::clamp(-e.delta_y() * unit * 0.002, -1.0, 1.0);
        let factor = math::exp(factor);
        let at = svg_of(&e).and_then(|svg| user_at(&svg, e.client_x() as f64, e.client_y() as f64));
        if let Some((x, y)) = at {
            set_view(&|v: &mut View| v.zoom_at(factor, x, y));
        }
    };

    let drag = StoredValue::new(Drag::default());
    let on_pointerdown = move |e: PointerEvent| {
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        let p = Pointer {
            id: e.pointer_id(),
            x: e.client_x() as f64,
            y: e.client_y() as f64,
        };
        drag.update_value(|d| {
            d.pointers.retain(|q| q.id != p.id);
            d.pointers.push(p);
            if d.pointers.len() == 1 {
                d.start = (p.x, p.y);
                d.dragging = false;
            }
        });
    };
    let on_pointermove = move |e: PointerEvent| {
        let id = e.pointer_id();
        let (nx, ny) = (e.client_x() as f64, e.client_y() as f64);
        let Some((prev, count, other, mut dragging, (sx, sy))) = drag.with_value(|d| {
            let prev = d.pointers.iter().find(|q| q.id == id).copied()?;
            let other = d.pointers.iter().find(|q| q.id != id).copied();
            Some((prev, d.pointers.len(), other, d.dragging, d.start))
        }) else {
            return;
        };
        if count == 1 {
            if !dragging {
                if math::hypot(nx - sx, ny - sy) < 4.0 {
                    return;
                }
                // Captured only once it is a drag, so that a plain click still reaches a marker.
                dragging = true;
                if let Some(svg) = svg_of(&e) {
                    let _ = svg.set_pointer_capture(id);
                }
            }
            let u = upp.get_untracked();
            set_view(&|v: &mut View| v.pan(-(nx - prev.x) * u, -(ny - prev.y) * u));
        } else if let Some(other) = other {
            let d0 = math::hypot(prev.x - other.x, prev.y - other.y);
            let d1 = math::hypot(nx - other.x, ny - other.y);
            if d0 > 1.0 && d1 > 1.0 {
                let mid = ((nx + other.x) / 2.0, (ny + other.y) / 2.0);
                if let Some((x, y)) = svg_of(&e).and_then(|svg| user_at(&svg, mid.0, mid.1)) {
                    set_view(&|v: &mut View| v.zoom_at(d1 / d0, x, y));
                }
            }
            dragging = true;
        }
        drag.update_value(|d| {
            d.dragging = dragging;
            if let Some(q) = d.pointers.iter_mut().find(|q| q.id == id) {
                q.x = nx;
                q.y = ny;
            }
        });
    };
    let on_pointerup = move |e: PointerEvent| {
        let id = e.pointer_id();
        drag.update_value(|d| d.pointers.retain(|q| q.id != id));
        if let Some(svg) = svg_of(&e) {
            if svg.has_pointer_capture(id) {
                let _ = svg.release_pointer_capture(id);
            }
        }
    };

    // Keys: Enter or space on a marker chooses it; the others zoom and pan.
    let on_keydown = move |e: KeyboardEvent| {
        if matches!(e.key().as_str(), "Enter" | " " | "Spacebar") {
            if let Some(id) = site_of(e.target(), MARKER) {
                e.prevent_default();
                e.stop_propagation();
                on_activate(id, true);
            }
            return;
        }
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let v = view.get_untracked();
        let (sx, sy) = (MAP_W / v.scale * 0.1, MAP_H / v.scale * 0.1);
        match e.key().as_str() {
            "+" | "=" => zoom_center(ZOOM_STEP),
            "-" | "_" => zoom_center(1.0 / ZOOM_STEP),
            "ArrowLeft" => set_view(&|v: &mut View| v.pan(-sx, 0.0)),
            "ArrowRight" => set_view(&|v: &mut View| v.pan(sx, 0.0)),
            "ArrowUp" => set_view(&|v: &mut View| v.pan(0.0, -sy)),
            "ArrowDown" => set_view(&|v: &mut View| v.pan(0.0, sy)),
            "0" => reset(),
            _ => return,
        }
        e.prevent_default();
    };

    let marker = move |m: MarkerSpec| {
        let id = m.id.clone();
        let (id_pos, id_hl, id_sel) = (id.clone(), id.clone(), id.clone());
        let transform = move || {
            let (x, y) = layout.with(|l| {
                l.iter()
                    .find(|p| p.id == id_pos)
                    .map(|p| (p.x, p.y))
                    .unwrap_or((m.x, m.y))
            });
            translate_scale(x, y, upp.get())
        };
        let is_hl = holds(highlighted, id_hl);
        let is_sel = holds(selected, id_sel);
        let shape = match m.part {
            SeriesPart::Founding => view! { <circle class="shape" r="9"></circle> }.into_any(),
            SeriesPart::Dissemination => {
                view! { <rect class="shape" x="-8" y="-8" width="16" height="16"></rect> }
                    .into_any()
            }
            SeriesPart::Revival => {
                view! { <path class="shape" d="M0 -11 L11 0 L0 11 L-11 0 Z"></path> }.into_any()
            }
        };
        let number = m.component.map(|n| {
            view! {
                <text class="marker-num" aria-hidden="true" text-anchor="middle" dominant-baseline="central" font-size="10">
                    {n.to_string()}
                </text>
            }
            .into_any()
        });
        view! {
            <g
                class=format!("marker part-{}", m.part.id())
                class:hollow=m.hollow
                class:highlighted=is_hl
                class:selected=is_sel.clone()
                tabindex="0"
                role="button"
                aria-label=m.label
                aria-expanded=move || if is_sel() { "true" } else { "false" }
                aria-controls="map-panel"
                data-site=id
                transform=transform
            >
                <circle class="hit" r="16"></circle>
                <circle class="ring" r="14"></circle>
                {shape}
                {number}
            </g>
        }
        .into_any()
    };

    // The markers' events are delegated to their group (the keys and focus to the map's frame).

    // Precision halos at the true points, and leader lines where a marker was moved apart.
    let halos = dynamic(move || {
        let ms = markers.get();
        // One halo per place: sites that share a point share their ring (the widest).
        let mut rings: Vec<(f64, f64, f64, SeriesPart)> = Vec::new();
        for m in &ms {
            let Some(r) = m.halo else { continue };
            match rings
                .iter_mut()
                .find(|h| (h.0 - m.x).abs() < 0.05 && (h.1 - m.y).abs() < 0.05)
            {
                Some(h) => h.2 = h.2.max(r),
                None => rings.push((m.x, m.y, r, m.part)),
            }
        }
        rings
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
                .into_any()
            })
            .collect_view()
            .into_any()
    });
    let leaders = dynamic(move || {
        let u = upp.get();
        let ms = markers.get();
        layout.with(|l| {
            ms.iter()
                .zip(l.iter())
                .filter(|(m, p)| math::hypot(m.x - p.x, m.y - p.y) > 0.5 * u)
                .map(|(m, p)| {
                    view! {
                        <line
                            class="leader"
                            x1=fixed(m.x, 2)
                            y1=fixed(m.y, 2)
                            x2=fixed(p.x, 2)
                            y2=fixed(p.y, 2)
                            vector-effect="non-scaling-stroke"
                        ></line>
                        <circle class="true-point" cx=fixed(m.x, 2) cy=fixed(m.y, 2) r=fixed(2.0 * u, 2)></circle>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
        })
    });
    let marker_labels = dynamic(move || {
        let u = upp.get();
        let ms = markers.get();
        layout.with(|l| {
            ms.iter()
                .zip(l.iter())
                .filter_map(|(m, p)| {
                    let lab = p.label?;
                    Some(
                        view! {
                            <text
                                class="marker-label"
                                data-site=m.id.clone()
                                transform=translate_scale(lab.x, lab.y, u)
                                text-anchor=lab.anchor.as_str()
                                dominant-baseline="central"
                                font-size=trimmed(LABEL_PX, 1)
                            >
                                {m.name.clone()}
                            </text>
                        }
                        .into_any(),
                    )
                })
                .collect_view()
                .into_any()
        })
    });
    let basemap_view = dynamic(move || match basemap.get() {
        BasemapState::Ready(bm) => {
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
                    .into_any()
                })
                .collect_view();
            let former = bm
                .former
                .iter()
                .map(|b| view! { <path class="border-former" d=b.path.clone() vector-effect="non-scaling-stroke"></path> }.into_any())
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
                    .into_any()
                })
                .collect_view();
            view! { <g class="basemap">{fills}{former}{current}</g> }.into_any()
        }
        _ => ().into_any(),
    });
    let province_labels = dynamic(move || {
        let BasemapState::Ready(bm) = basemap.get() else {
            return ().into_any();
        };
        let (u, l) = (upp.get(), lang);
        bm.labels
            .iter()
            .map(|p| {
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
                        {p.text(l)}
                    </text>
                }
                .into_any()
            })
            .collect_view()
            .into_any()
    });
    let scale_bar = dynamic(move || {
        let (u, v) = (upp.get(), view.get());
        let (x, y, _w, h) = v.view_box(MAP_W, MAP_H);
        let (km, units) = nice_scale_bar(proj.km_per_unit(), 100.0 * u);
        if units <= 0.0 {
            return ().into_any();
        }
        let len = units / u;
        view! {
            <g class="scale-bar" transform=translate_scale(x + 14.0 * u, y + h - 12.0 * u, u)>
                <rect class="scale-bg" x="-8" y="-24" width=fixed(len + 16.0, 1) height="30" rx="4"></rect>
                <path class="scale-line" d=format!("M0 -6 V0 H{} V-6", fixed(len, 1))></path>
                <text x="0" y="-13" font-size="11" dominant-baseline="central">{format_scale(km, lang)}</text>
            </g>
        }
        .into_any()
    });
    let north = dynamic(move || {
        let (u, v) = (upp.get(), view.get());
        let (x, y, w, _h) = v.view_box(MAP_W, MAP_H);
        view! {
            <g class="north-arrow" transform=translate_scale(x + w - 24.0 * u, y + 32.0 * u, u)>
                <circle class="north-bg" r="18" cy="-2"></circle>
                <path d="M0 -2 L6 12 L0 8 L-6 12 Z"></path>
                <text y="-10" font-size="11" text-anchor="middle" dominant-baseline="central">
                    {lang.t("B", "N")}
                </text>
            </g>
        }
        .into_any()
    });

    // The toolbar's buttons, told apart by their class (one handler for the four).
    let on_tool = move |e: MouseEvent| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten());
        match button.map(|b| b.class_name()).as_deref() {
            Some("zoom-in") => zoom_center(ZOOM_STEP),
            Some("zoom-out") => zoom_center(1.0 / ZOOM_STEP),
            Some("zoom-fit") => fit(),
            Some("zoom-reset") => reset(),
            _ => {}
        }
    };
    let t = move |vi: &'static str, en: &'static str| lang.t(vi, en);
    view! {
        <div
            class="map-tools"
            role="toolbar"
            aria-label=t("Thu phóng bản đồ", "Map zoom")
            aria-controls="map-frame"
            on:click=on_tool
        >
            <button type="button" class="zoom-in" aria-label=t("Phóng to", "Zoom in")>
                <span aria-hidden="true">"+"</span>
            </button>
            <button type="button" class="zoom-out" aria-label=t("Thu nhỏ", "Zoom out")>
                <span aria-hidden="true">"−"</span>
            </button>
            <button type="button" class="zoom-fit">
                {t("Vừa khung kết quả", "Fit to results")}
            </button>
            <button type="button" class="zoom-reset">
                {t("Đặt lại", "Reset")}
            </button>
        </div>
        <div
            id="map-frame"
            class="map-frame"
            tabindex="0"
            role="region"
            aria-label=t("Bản đồ tương tác", "Interactive map")
            aria-describedby="map-keys"
            on:keydown=on_keydown
            // Here, not on the markers' group: Chromium makes an SVG element with focus
            // listeners focusable.
            on:focusin=move |e| track_highlight(highlighted, MARKER, &e)
            on:focusout=move |e| track_highlight(highlighted, MARKER, &e)
        >
            <svg
                class="map-svg"
                role="group"
                aria-label=t(
                    "Bản đồ các điểm di tích; mỗi ký hiệu là một nút",
                    "Map of the sites; each marker is a button",
                )
                viewBox=move || view.get().view_box_attr(MAP_W, MAP_H)
                xmlns="http://www.w3.org/2000/svg"
                on:wheel=on_wheel
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
            >
                <g aria-hidden="true">
                    <rect class="map-bg" x="0" y="0" width=trimmed(MAP_W, 1) height=trimmed(MAP_H, 1)></rect>
                    {basemap_view}
                    <g class="halos">{halos}</g>
                    <g class="leaders">{leaders}</g>
                    <g class="province-labels">{province_labels}</g>
                </g>
                <g
                    class="markers"
                    on:click=move |e| {
                        if let Some(id) = site_of(e.target(), MARKER) {
                            on_activate(id, false)
                        }
                    }
                    on:mouseover=move |e| track_highlight(highlighted, MARKER, &e)
                    on:mouseout=move |e| track_highlight(highlighted, MARKER, &e)
                >
                    {dynamic(move || markers.get().into_iter().map(&marker).collect_view().into_any())}
                </g>
                <g class="marker-labels" aria-hidden="true">{marker_labels}</g>
                <g class="map-furniture" aria-hidden="true">{scale_bar}{north}</g>
            </svg>
        </div>
        <p id="map-keys" class="map-keys">
            {t(
                "Kéo để di chuyển, lăn chuột hoặc chụm hai ngón để thu phóng. Bàn phím: + và − để thu phóng, phím mũi tên để di chuyển, 0 để đặt lại.",
                "Drag to move, scroll or pinch to zoom. Keyboard: + and − to zoom, arrow keys to move, 0 to reset.",
            )}
        </p>
    }
}
