//! Bringing a linked milestone into view and giving it keyboard focus; media queries.

pub use crate::components::media::media_matches;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};

/// How many animation frames to wait for the milestone to be rendered before giving up.
const MAX_FRAMES: u32 = 20;

/// True when the visitor asked for reduced motion (or when it cannot be told: then no
/// animation either).
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)").unwrap_or(true)
}

/// Focuses without the browser's own jump, so that the scroll below decides the motion.
fn focus_without_scroll(el: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    if el.focus_with_options(&options).is_err() {
        let _ = el.focus();
    }
}

/// Scrolls the element with id `m-<id>` into view (smoothly unless reduced motion is
/// preferred) and focuses it, once it is in the document.
pub fn focus_milestone(id: String) {
    try_focus(format!("m-{id}"), MAX_FRAMES);
}

fn try_focus(element_id: String, frames_left: u32) {
    request_animation_frame(move || {
        let el = document()
            .get_element_by_id(&element_id)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        match el {
            Some(el) => {
                focus_without_scroll(&el);
                let options = ScrollIntoViewOptions::new();
                options.set_behavior(if prefers_reduced_motion() {
                    ScrollBehavior::Instant
                } else {
                    ScrollBehavior::Smooth
                });
                options.set_block(ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
            None if frames_left > 0 => try_focus(element_id, frames_left - 1),
            None => {}
        }
    });
}
