//! Which page a URL path shows. The app's own router (`src/router.rs`) keeps the browser's
//! location in signals and draws the page this module names.

use crate::domain::urlenc::decode_component;

/// The pages of the app, one per route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: the overview.
    Home,
    /// `/sites`: the catalogue with search and filters.
    Sites,
    /// `/site/<id>`: one site (the id is read with [`site_id`]).
    Site,
    /// `/dossier`: the nomination's story.
    Dossier,
    /// `/map`.
    Map,
    /// `/festivals`.
    Festivals,
    /// `/sources`.
    Sources,
    /// Anything else.
    NotFound,
}

/// The app path of a browser path: `path` without the site's base path (`""` at the root of a
/// host, `"/yentu"` under a sub-path). `None` when the path lies outside the base.
pub fn app_path<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// The segments of an app path, ignoring empty ones (so `/sites/` is `/sites`).
fn segments(app_path: &str) -> Vec<&str> {
    app_path.split('/').filter(|s| !s.is_empty()).collect()
}

impl Page {
    /// The page for an app path (see [`app_path`]).
    pub fn of(app_path: &str) -> Page {
        match segments(app_path).as_slice() {
            [] => Page::Home,
            ["sites"] => Page::Sites,
            ["site", _] => Page::Site,
            ["dossier"] => Page::Dossier,
            ["map"] => Page::Map,
            ["festivals"] => Page::Festivals,
            ["sources"] => Page::Sources,
            _ => Page::NotFound,
        }
    }
}

/// The site id in `/site/<id>`, percent-decoded (a `+` in a path is itself); `None` on any
/// other path.
pub fn site_id(app_path: &str) -> Option<String> {
    match segments(app_path).as_slice() {
        ["site", id] => Some(decode_component(&id.replace('+', "%2B"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_by_path() {
        let cases = [
            ("", Page::Home),
            ("/", Page::Home),
            ("/sites", Page::Sites),
            ("/sites/", Page::Sites),
            ("/site/con-son", Page::Site),
            ("/site", Page::NotFound),
            ("/site/a/b", Page::NotFound),
            ("/dossier", Page::Dossier),
            ("/map", Page::Map),
            ("/festivals", Page::Festivals),
            ("/sources", Page::Sources),
            ("/nowhere", Page::NotFound),
            ("/Sites", Page::NotFound),
        ];
        for (path, page) in cases {
            assert_eq!(Page::of(path), page, "{path}");
        }
    }

    #[test]
    fn base_path_is_removed_only_at_a_segment_boundary() {
        assert_eq!(app_path("/yentu/sites", "/yentu"), Some("/sites"));
        assert_eq!(app_path("/yentu", "/yentu"), Some(""));
        assert_eq!(app_path("/yentu/", "/yentu"), Some("/"));
        assert_eq!(app_path("/yentuX/sites", "/yentu"), None);
        assert_eq!(app_path("/other", "/yentu"), None);
        assert_eq!(app_path("/sites", ""), Some("/sites"));
    }

    #[test]
    fn site_ids_are_decoded() {
        assert_eq!(site_id("/site/con-son").as_deref(), Some("con-son"));
        assert_eq!(site_id("/site/c%C3%B4n").as_deref(), Some("côn"));
        assert_eq!(site_id("/site/a+b").as_deref(), Some("a+b"));
        assert_eq!(site_id("/sites"), None);
    }
}
