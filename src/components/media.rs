//! Media queries, for the few choices CSS alone cannot make.

/// Whether a media query matches now; `None` when it cannot be told (no window, as in the build
/// tool, which renders pages natively).
pub fn media_matches(query: &str) -> Option<bool> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let list = web_sys::window()?.match_media(query).ok()??;
    Some(list.matches())
}
