//! Building links and moving between views. Every internal link carries the base path the site
//! is hosted under (from `<base href>`), so the same build works at `/` and under a sub-path, and
//! the language as the path's `/en` segment (`domain::route`).

use crate::domain::model::Lang;
use crate::domain::route::localize;
use crate::domain::urlenc::{decode_pairs as parse_query_string, encode_pairs as to_query_string};
use crate::router::{navigate, use_location};
use leptos::prelude::*;

/// The path the site is hosted under, without a trailing slash: "" at the root, "/yentu" under a
/// sub-path. In the browser, read from `document.baseURI`, which trunk's
/// `<base data-trunk-public-url>` sets.
#[cfg(target_arch = "wasm32")]
pub fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static PRERENDER_BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The path the site is hosted under, as the build tool was given it ([`set_base_path`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn base_path() -> String {
    PRERENDER_BASE.with(|b| b.borrow().clone())
}

/// Sets the base path for pages rendered by the build tool (`/yentu/` or `/`).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base_path(public_url: &str) {
    PRERENDER_BASE.with(|b| *b.borrow_mut() = public_url.trim_end_matches('/').to_string());
}

/// An absolute href for an app path written in its Vietnamese form (`/site/con-son`, `/sites`,
/// `/`), in `lang`, with the base path: `/yentu/en/site/con-son/`.
pub fn href(path: &str, lang: Lang) -> String {
    href_with(path, lang, &[])
}

/// Like [`href`], with query parameters (already canonical, in order).
pub fn href_with(path: &str, lang: Lang, params: &[(String, String)]) -> String {
    format!(
        "{}{}{}",
        base_path(),
        localize(path, lang),
        to_query_string(params)
    )
}

/// The current query string as decoded pairs (reactive).
pub fn use_query_pairs() -> Memo<Vec<(String, String)>> {
    let location = use_location();
    Memo::new(move |_| parse_query_string(&location.search.get()))
}

/// Returns a function that replaces the current view's query parameters (keeping the path).
/// `replace` true for keystrokes, so that history is not flooded.
pub fn use_set_query() -> impl Fn(Vec<(String, String)>, bool) + Clone {
    let location = use_location();
    move |params: Vec<(String, String)>, replace: bool| {
        let path = location.pathname.get_untracked();
        let url = format!(
            "{}{}{}",
            path,
            to_query_string(&params),
            location.hash.get_untracked()
        );
        navigate(location, &url, replace, false);
    }
}

/// An absolute address the page is served from, for [`crate::domain::cite::page_url`]: in the
/// browser the window's origin; for pages rendered by the build tool its `SITE_URL`, if given
/// (without it, written pages show paths, and the app writes the full address on start).
pub fn site_url() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().origin().ok())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::env::var("SITE_URL").ok().filter(|s| !s.is_empty())
    }
}

/// The current page's absolute address (with its query when `with_query`), reactive.
pub fn use_page_url(with_query: bool) -> Signal<String> {
    let location = use_location();
    Signal::derive(move || {
        let path = location.pathname.get();
        let search = if with_query {
            location.search.get()
        } else {
            String::new()
        };
        let path = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        crate::domain::cite::page_url(site_url().as_deref(), &path)
    })
}
