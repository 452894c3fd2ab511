//! The app's router: the browser's location in signals, links followed without reloading, and
//! the page for the current path.
//!
//! The app needs little of a general router: seven fixed routes (`domain::route`), links that are
//! plain `<a href>`, and query strings it reads itself (`nav`). This module does that in a few
//! hundred lines, with a much smaller first download than Leptos's router (BENCHMARKS.md).
//!
//! - A click on a link to a path under the site's base is handled here: the URL is pushed onto the
//!   history, the signals change, the view follows, and the window scrolls to the top (or to the
//!   fragment's element). Modified clicks, other buttons, `target`, `download`, `rel="external"`,
//!   files the build wrote beside the pages (`data/…`) and other origins are left to the browser.
//! - A link to a fragment of the page being read (`#main`, `…#cite-3`) is left to the browser, so
//!   that focus moves as it does on any page. A bare `#id` is resolved against the page rather than
//!   against `<base href>`, which would otherwise lead to the overview.
//! - Back and forward (`popstate`) and fragment changes (`hashchange`) update the signals.
//! - After a link to another page, focus moves to `<main>`, so that a screen reader reads the new
//!   page and Tab continues from its start, as after a full page load.

#[cfg(target_arch = "wasm32")]
use crate::domain::route::is_build_file;
use crate::domain::route::{app_path, person_id, site_id, Page};
use crate::nav::base_path;
#[cfg(target_arch = "wasm32")]
use leptos::ev;
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// The current location, as the browser shows it. Each part changes only when it differs, so a
/// view that reads the path is not redrawn when only the query changes.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path, with the base path and percent-encoding as in the address bar.
    pub pathname: RwSignal<String>,
    /// The query string without its `?`.
    pub search: RwSignal<String>,
    /// The fragment with its `#`, or empty.
    pub hash: RwSignal<String>,
}

impl Location {
    /// Reads `window.location` into the signals.
    fn sync(&self) {
        let loc = window().location();
        set_if_changed(self.pathname, loc.pathname().unwrap_or_default());
        let search = loc.search().unwrap_or_default();
        set_if_changed(self.search, search.trim_start_matches('?').to_string());
        set_if_changed(self.hash, loc.hash().unwrap_or_default());
    }

    /// Path and query as one relative URL (`/sites?q=chua`).
    pub fn path_and_query(&self) -> String {
        format!(
            "{}{}",
            self.pathname.get_untracked(),
            query_part(&self.search.get_untracked())
        )
    }

    /// Path, query and fragment as one relative URL.
    fn full(&self) -> String {
        self.path_and_query() + &self.hash.get_untracked()
    }
}

fn set_if_changed(signal: RwSignal<String>, value: String) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// Creates the location signals from the address bar, provides them as context and starts
/// listening to link clicks and history changes. Call once, at the root of the app. An old link
/// with `?lang=en` or `?lang=vi` is first moved to the page's address in that language.
#[cfg(target_arch = "wasm32")]
pub fn provide_location() -> Location {
    let location = Location {
        pathname: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
    };
    location.sync();
    provide_context(location);
    let base = base_path();
    if let Some(url) = crate::domain::route::without_lang_param(&location.full(), &base) {
        navigate(location, &url, true, false);
    }
    // The listeners live as long as the page: the app is never unmounted.
    std::mem::forget(window_event_listener(ev::click, move |e| {
        on_click(&e, &base, location)
    }));
    std::mem::forget(window_event_listener(ev::popstate, move |_| {
        location.sync()
    }));
    std::mem::forget(window_event_listener(ev::hashchange, move |_| {
        location.sync()
    }));
    location
}

/// Provides a location that never changes: the page the build tool is rendering, at `app_path`
/// under the base path.
pub fn provide_fixed_location(app_path: String) -> Location {
    let location = Location {
        pathname: RwSignal::new(format!("{}{app_path}", base_path())),
        search: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
    };
    provide_context(location);
    location
}

/// The current location (from [`provide_location`]).
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// Goes to `url` (a path with query and fragment, base path included): pushes it onto the history
/// (or replaces the current entry), updates `location` and, with `scroll`, scrolls to the
/// fragment's element or else to the top.
pub fn navigate(location: Location, url: &str, replace: bool, scroll: bool) {
    let Ok(history) = window().history() else {
        // No history API: let the browser load the page.
        let _ = window().location().set_href(url);
        return;
    };
    // Following a link to where one already is does not add a history entry.
    let replace = replace || location.full() == url;
    let done = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    };
    if done.is_err() {
        let _ = window().location().set_href(url);
        return;
    }
    location.sync();
    if scroll && !scroll_to_fragment() {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Scrolls to the element the URL's fragment names; false when there is none.
pub fn scroll_to_fragment() -> bool {
    let hash = window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    match document().get_element_by_id(id).filter(|_| !id.is_empty()) {
        Some(el) => {
            el.scroll_into_view();
            true
        }
        None => false,
    }
}

/// For a page drawn from the data: a closure to call each time the page is drawn, which scrolls
/// to the element the URL's fragment names (`#cite-3`, `#src-s14`) the first time only, on the
/// next frame. A link straight to a footnote or a source arrives before the data it points into.
pub fn use_scroll_to_fragment_once() -> impl Fn() + Copy + Send + Sync + 'static {
    let done = StoredValue::new(false);
    move || {
        if cfg!(target_arch = "wasm32") && !done.get_value() {
            done.set_value(true);
            request_animation_frame(|| {
                scroll_to_fragment();
            });
        }
    }
}

/// Whether the app has taken over the written page (`src/main.rs`). Until then a link is an
/// ordinary link to another written page.
static TAKEN_OVER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes that the app now shows the page: from here on it follows links itself.
pub fn mark_taken_over() {
    TAKEN_OVER.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether the app has taken over the written page.
pub fn is_taken_over() -> bool {
    TAKEN_OVER.load(std::sync::atomic::Ordering::Relaxed)
}

/// Handles a click anywhere: follows links to the app's own pages without reloading.
#[cfg(target_arch = "wasm32")]
fn on_click(e: &web_sys::MouseEvent, base: &str, location: Location) {
    if !TAKEN_OVER.load(std::sync::atomic::Ordering::Relaxed)
        || e.default_prevented()
        || e.button() != 0
        || e.meta_key()
        || e.alt_key()
        || e.ctrl_key()
        || e.shift_key()
    {
        return;
    }
    let Some(a) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let attr = |name: &str| a.get_attribute(name).unwrap_or_default();
    let target = attr("target");
    if (!target.is_empty() && target != "_self")
        || a.has_attribute("download")
        || attr("rel")
            .split_ascii_whitespace()
            .any(|r| r == "external")
    {
        return;
    }
    let href = attr("href");
    if let Some(fragment) = href.strip_prefix('#') {
        // A fragment of this page: go there as the browser would on a page without <base>.
        e.prevent_default();
        navigate(location, &(location.path_and_query() + &href), false, false);
        scroll_to_fragment();
        focus_by_id(fragment);
        return;
    }
    let here = window().location();
    let base_uri = document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| here.href().unwrap_or_default());
    let Ok(url) = web_sys::Url::new_with_base(&href, &base_uri) else {
        return;
    };
    let path = url.pathname();
    let Some(app) =
        app_path(&path, base).filter(|_| url.origin() == here.origin().unwrap_or_default())
    else {
        return;
    };
    if is_build_file(app) {
        return;
    }
    let same_page = path.clone() + &url.search() == location.path_and_query();
    if same_page && !url.hash().is_empty() {
        // Only the fragment changes: the browser scrolls and moves focus; `hashchange` follows.
        return;
    }
    e.prevent_default();
    let new_page = path != location.pathname.get_untracked();
    let to = format!("{path}{}{}", url.search(), url.hash());
    navigate(location, &to, false, true);
    if new_page {
        // As after a page load, reading and Tab start at the new content, not at the old link.
        // `<main>` has `tabindex="-1"` and no outline; a screen reader starts reading there.
        focus_by_id("main");
    }
}

/// Moves focus to the element with this id, if there is one that can take it.
#[cfg(target_arch = "wasm32")]
fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// `?query`, or nothing for an empty query.
fn query_part(search: &str) -> String {
    if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    }
}

/// The page the current path shows (changes only when the page does, not with its id).
pub fn use_page() -> Memo<Page> {
    use_app_path(|p| p.map_or(Page::NotFound, Page::of))
}

/// The `<id>` of `/site/<id>`, or empty on other paths.
pub fn use_site_id() -> Memo<String> {
    use_app_path(|p| p.and_then(site_id).unwrap_or_default())
}

/// The `<id>` of `/person/<id>`, or empty on other paths.
pub fn use_person_id() -> Memo<String> {
    use_app_path(|p| p.and_then(person_id).unwrap_or_default())
}

/// A memo of `read` applied to the current app path (`None` outside the base path).
fn use_app_path<T: PartialEq + Send + Sync + 'static>(read: fn(Option<&str>) -> T) -> Memo<T> {
    let location = use_location();
    let base = base_path();
    Memo::new(move |_| location.pathname.with(|p| read(app_path(p, &base))))
}
