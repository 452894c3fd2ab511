//! The map's frame and its gestures: the wheel and a pinch zoom at the pointer, a drag pans, keys
//! zoom and pan; the frame's size is measured for the layout.

use super::state::MapState;
use crate::domain::geo::View;
use crate::domain::math;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// Zoom factor of one button press or key.
pub const ZOOM_STEP: f64 = 1.5;

/// A pointer that is down on the map.
#[derive(Clone, Copy, Debug)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
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

/// Zooms by `factor` about the centre of the view.
pub fn zoom_center(state: MapState, factor: f64) {
    state.set_view(|v| {
        let (cx, cy) = (v.cx, v.cy);
        v.zoom_at(factor, cx, cy)
    });
}

/// Measures the map on screen into `state.frame_px`.
fn measure(state: MapState) {
    let Some(svg) = state.svg.get_untracked() else {
        return;
    };
    let r = svg.get_bounding_client_rect();
    let (w, h) = (r.width(), r.height());
    if !(w > 0.0 && h > 0.0) {
        return;
    }
    let (pw, ph) = state.frame_px.get_untracked();
    if (w - pw).abs() > 0.5 || (h - ph).abs() > 0.5 {
        state.frame_px.set((w, h));
    }
    if !state.sized.get_untracked() {
        state.sized.set(true);
    }
}

/// The map point under a client position, in user units.
fn user_at(state: MapState, client_x: f64, client_y: f64) -> Option<(f64, f64)> {
    let r = state.svg.get_untracked()?.get_bounding_client_rect();
    if r.width() <= 0.0 || r.height() <= 0.0 {
        return None;
    }
    let (fx, fy) = (
        (client_x - r.left()) / r.width(),
        (client_y - r.top()) / r.height(),
    );
    let world = state.world.get_untracked();
    Some(state.view.get_untracked().to_user(&world, fx, fy))
}

/// Zoom and pan keys; `true` when the key was one of them.
fn on_key(state: MapState, key: &str) -> bool {
    let (_, _, w, h) = (state.view.get_untracked()).view_box(&state.world.get_untracked());
    let (sx, sy) = (w * 0.1, h * 0.1);
    match key {
        "+" | "=" => zoom_center(state, ZOOM_STEP),
        "-" | "_" => zoom_center(state, 1.0 / ZOOM_STEP),
        "ArrowLeft" => state.set_view(|v| v.pan(-sx, 0.0)),
        "ArrowRight" => state.set_view(|v| v.pan(sx, 0.0)),
        "ArrowUp" => state.set_view(|v| v.pan(0.0, -sy)),
        "ArrowDown" => state.set_view(|v| v.pan(0.0, sy)),
        "0" => state.view.set(View::full(&state.world.get_untracked())),
        _ => return false,
    }
    true
}

/// The pointer `e` moved: a drag pans, two pointers pinch.
fn on_move(state: MapState, drag: StoredValue<Drag>, e: &PointerEvent) {
    let id = e.pointer_id();
    let (nx, ny) = (f64::from(e.client_x()), f64::from(e.client_y()));
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
            if let Some(svg) = state.svg.get_untracked() {
                let _ = svg.set_pointer_capture(id);
            }
        }
        let u = state.upp.get_untracked();
        state.set_view(|v| v.pan(-(nx - prev.x) * u, -(ny - prev.y) * u));
    } else if let Some(other) = other {
        let d0 = math::hypot(prev.x - other.x, prev.y - other.y);
        let d1 = math::hypot(nx - other.x, ny - other.y);
        let mid = ((nx + other.x) / 2.0, (ny + other.y) / 2.0);
        if d0 > 1.0 && d1 > 1.0 {
            if let Some((x, y)) = user_at(state, mid.0, mid.1) {
                state.set_view(|v| v.zoom_at(d1 / d0, x, y));
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
}

/// Measures the map whenever its size changes (also when it first shows: the page may be drawn
/// while it is still hidden), as long as the component lives.
fn watch_size(state: MapState) {
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    Effect::new(move |_| {
        let Some(svg) = state.svg.get() else {
            return;
        };
        measure(state);
        let on_resize = Closure::<dyn FnMut()>::new(move || measure(state));
        if let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            o.observe(&svg);
            observer.set_value(Some((o, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|o| o.as_ref().map(|(o, _)| o.disconnect()));
    });
}

/// The focusable frame around the map's `<svg>` (its `children`), with the gestures.
#[component]
pub fn MapFrame(state: MapState, children: Children) -> impl IntoView {
    let l = state.lang;
    watch_size(state);

    let on_wheel = move |e: WheelEvent| {
        e.prevent_default();
        let unit = match e.delta_mode() {
            1 => 32.0,
            2 => 400.0,
            _ => 1.0,
        };
        let factor = math::exp(math::clamp(-e.delta_y() * unit * 0.002, -1.0, 1.0));
        if let Some((x, y)) = user_at(state, f64::from(e.client_x()), f64::from(e.client_y())) {
            state.set_view(|v| v.zoom_at(factor, x, y));
        }
    };
    let drag = StoredValue::new(Drag::default());
    let on_down = move |e: PointerEvent| {
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        let (id, x, y) = (
            e.pointer_id(),
            f64::from(e.client_x()),
            f64::from(e.client_y()),
        );
        drag.update_value(|d| {
            d.pointers.retain(|q| q.id != id);
            d.pointers.push(Pointer { id, x, y });
            if d.pointers.len() == 1 {
                d.start = (x, y);
                d.dragging = false;
            }
        });
    };
    let on_up = move |e: PointerEvent| {
        let id = e.pointer_id();
        drag.update_value(|d| d.pointers.retain(|q| q.id != id));
        if let Some(svg) = state.svg.get_untracked() {
            if svg.has_pointer_capture(id) {
                let _ = svg.release_pointer_capture(id);
            }
        }
    };
    let on_keydown = move |e: KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key() || e.alt_key()) && on_key(state, &e.key()) {
            e.prevent_default();
        }
    };
    let view_box = move || state.world.with(|w| state.view.get().view_box_attr(w));
    view! {
        <div
            id="map-frame"
            class="map-frame"
            tabindex="0"
            role="region"
            aria-label=l.t("Bản đồ tương tác", "Interactive map")
            aria-describedby="map-keys"
            on:keydown=on_keydown
        >
            <svg
                node_ref=state.svg
                class="map-svg"
                role="group"
                aria-label=l.t(
                    "Bản đồ các điểm di tích; mỗi ký hiệu là một nút",
                    "Map of the sites; each marker is a button",
                )
                viewBox=view_box
                xmlns="http://www.w3.org/2000/svg"
                on:wheel=on_wheel
                on:pointerdown=on_down
                on:pointermove=move |e| on_move(state, drag, &e)
                on:pointerup=on_up
                on:pointercancel=on_up
            >
                {children()}
            </svg>
        </div>
    }
}
