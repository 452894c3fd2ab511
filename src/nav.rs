//! Building links and moving between views. Every internal link carries the base path the site
//! is hosted under (from `<base href>`), so the same build works at `/` and under a sub-path.

use crate::domain::model::Lang;
use crate::domain::urlenc::{decode_pairs as parse_query_string, encode_pairs as to_query_string};
use crate::router::{navigate, use_location};
use leptos::prelude::*;

/// The path the site is hosted under, without a trailing slash: "" at the root, "/yentu" under a
/// sub-path. Read from `document.baseURI`, which trunk's `<base data-trunk-public-url>` sets.
pub fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// An absolute href for an app path such as `/site/con-son`, with the base path and `lang`.
pub fn href(path: &str, lang: Lang) -> String {
    href_with(path, lang, &[])
}

/// Like [`href`], with extra query parameters (already canonical, in order).
pub fn href_with(path: &str, lang: Lang, params: &[(String, String)]) -> String {
    let mut all: Vec<(String, String)> = params.to_vec();
    all.retain(|(k, _)| k != "lang");
    all.push(("lang".into(), lang.code().into()));
    format!("{}{}{}", base_path(), path, to_query_string(&all))
}

/// The current query string as decoded pairs (reactive).
pub fn use_query_pairs() -> Memo<Vec<(String, String)>> {
    let location = use_location();
    Memo::new(move |_| parse_query_string(&location.search.get()))
}

/// Returns a function that replaces the current view's query parameters (keeping the path and
/// `lang`). `replace` true for keystrokes, so that history is not flooded.
pub fn use_set_query() -> impl Fn(Vec<(String, String)>, bool) + Clone {
    let location = use_location();
    move |params: Vec<(String, String)>, replace: bool| {
        let path = location.pathname.get_untracked();
        let current = parse_query_string(&location.search.get_untracked());
        let lang = current.iter().find(|(k, _)| k == "lang").cloned();
        let mut all: Vec<(String, String)> =
            params.into_iter().filter(|(k, _)| k != "lang").collect();
        if let Some(l) = lang {
            all.push(l);
        }
        let url = format!(
            "{}{}{}",
            path,
            to_query_string(&all),
            location.hash.get_untracked()
        );
        navigate(location, &url, replace, false);
    }
}
