//! The route table: which page a URL path shows, in which language, and the path of every page.
//! The app's router (`src/router.rs`), its lazily loaded pages (`src/lazy.rs`) and the build tool
//! that writes one HTML file per page and language (`src/bin/build_site/`) all read [`ROUTES`].
//!
//! Paths are app paths: the URL path without the base path the site is hosted under. Vietnamese
//! pages are at `/`, `/sites/`, `/site/<id>/`…; English ones at the same paths under `/en`. The
//! canonical form ends in `/`, as a static host serves a folder's `index.html`; the form without
//! it is read the same way.

use crate::domain::dataset::{Dataset, Need};
use crate::domain::model::Lang;
use crate::domain::urlenc::{decode_component, decode_pairs, encode_component, encode_pairs};

/// The pages of the app, one per route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// The overview.
    Home,
    /// The catalogue with search and filters.
    Sites,
    /// One site (the id is read with [`site_id`]).
    Site,
    /// The nomination's story.
    Dossier,
    /// The map.
    Map,
    /// The festival calendar.
    Festivals,
    /// The list of sources.
    Sources,
    /// The visit planner.
    Plan,
    /// The people linked to the sites, with their lifelines.
    People,
    /// One person (the id is read with [`person_id`]).
    Person,
    /// The data as files to download, with their licence.
    Data,
    /// Anything else.
    NotFound,
}

/// One row of the route table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The page.
    pub page: Page,
    /// Its first path segment (`""` for the overview); the site page takes one more, the id.
    pub segment: &'static str,
    /// Its page chunk in the split release build (`src/lazy.rs`).
    pub chunk: &'static str,
    /// The document title in (Vietnamese, English), before the property's name; empty for the
    /// overview, whose title is the property's name alone. The site page's is the site's name.
    pub title: (&'static str, &'static str),
    /// Its link text in the navigation, where it has one.
    pub nav: Option<(&'static str, &'static str)>,
    /// What it reads of the data. The map is drawn from the sites without their long fields
    /// ([`SITES_LITE`](crate::domain::dataset::SITES_LITE)) unless the visitor searches text:
    /// it draws every place at once and shows no description. The overview, the catalogue and
    /// the map show neither the timeline nor the sources.
    pub data: Need,
}

/// Every page with a path, in the navigation's order.
pub const ROUTES: [Route; 11] = [
    Route {
        page: Page::Home,
        segment: "",
        chunk: "page_home",
        title: ("", ""),
        nav: Some(("Tổng quan", "Overview")),
        data: Need::SITES,
    },
    Route {
        page: Page::Sites,
        segment: "sites",
        chunk: "page_sites",
        title: ("Các điểm di tích", "Sites"),
        nav: Some(("Các điểm di tích", "Sites")),
        data: Need::SITES,
    },
    Route {
        page: Page::Site,
        segment: "site",
        chunk: "page_site",
        title: ("Điểm di tích", "Site"),
        nav: None,
        data: Need::WHOLE,
    },
    Route {
        page: Page::Map,
        segment: "map",
        chunk: "page_map",
        title: ("Bản đồ", "Map"),
        nav: Some(("Bản đồ", "Map")),
        data: Need::LITE,
    },
    Route {
        page: Page::Dossier,
        segment: "dossier",
        chunk: "page_dossier",
        title: ("Hồ sơ đề cử", "The nomination dossier"),
        nav: Some(("Hồ sơ di sản", "Dossier")),
        data: Need::WHOLE,
    },
    Route {
        page: Page::Festivals,
        segment: "festivals",
        chunk: "page_festivals",
        title: ("Lịch lễ hội", "Festival calendar"),
        nav: Some(("Lễ hội", "Festivals")),
        data: Need::WHOLE,
    },
    Route {
        page: Page::Sources,
        segment: "sources",
        chunk: "page_sources",
        title: ("Nguồn tư liệu", "Sources"),
        nav: None,
        data: Need::WHOLE,
    },
    Route {
        page: Page::Plan,
        segment: "plan",
        chunk: "page_plan",
        title: ("Lên kế hoạch tham quan", "Plan a visit"),
        nav: Some(("Lên kế hoạch", "Plan a visit")),
        data: Need::WHOLE,
    },
    Route {
        page: Page::People,
        segment: "people",
        chunk: "page_people",
        title: ("Nhân vật lịch sử", "People"),
        nav: Some(("Nhân vật", "People")),
        data: Need::WHOLE,
    },
    Route {
        page: Page::Person,
        segment: "person",
        chunk: "page_person",
        title: ("Nhân vật", "Person"),
        nav: None,
        data: Need::WHOLE,
    },
    Route {
        page: Page::Data,
        segment: "data",
        chunk: "page_data",
        title: ("Dữ liệu mở", "Open data"),
        nav: None,
        data: Need::WHOLE,
    },
];

/// The path segment that puts a page in English.
pub const EN_PREFIX: &str = "en";

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

/// The language of an app path (`/en/…` is English, anything else Vietnamese) and the path
/// without its language segment.
pub fn split_lang(app_path: &str) -> (Lang, &str) {
    let trimmed = app_path.trim_start_matches('/');
    match trimmed.strip_prefix(EN_PREFIX) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => (Lang::En, rest),
        _ => (Lang::Vi, app_path),
    }
}

impl Page {
    /// The page for an app path (see [`app_path`]), in either language.
    pub fn of(app_path: &str) -> Page {
        let (_, path) = split_lang(app_path);
        let segs = segments(path);
        let first = segs.first().copied().unwrap_or("");
        let route = ROUTES.iter().find(|r| r.segment == first);
        match (route, segs.len()) {
            (Some(r), 0) if r.page == Page::Home => Page::Home,
            (Some(r), 1) if !r.page.has_id() && r.page != Page::Home => r.page,
            (Some(r), 2) if r.page.has_id() => r.page,
            _ => Page::NotFound,
        }
    }

    /// Whether the page's path takes one more segment, a record's id (a site, a person).
    pub fn has_id(self) -> bool {
        matches!(self, Page::Site | Page::Person)
    }

    /// This page's row of the route table (`None` for the not-found page).
    pub fn route(self) -> Option<&'static Route> {
        ROUTES.iter().find(|r| r.page == self)
    }

    /// What the page reads of the data ([`Route::data`]); the not-found page, the whole.
    pub fn data(self) -> Need {
        self.route().map_or(Need::WHOLE, |r| r.data)
    }

    /// The page's name in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        match self.route() {
            Some(r) => lang.t(r.title.0, r.title.1),
            None => lang.t("Không tìm thấy", "Not found"),
        }
    }
}

/// The site id in `/site/<id>` (in either language), percent-decoded (a `+` in a path is
/// itself); `None` on any other path.
pub fn site_id(app_path: &str) -> Option<String> {
    let (_, path) = split_lang(app_path);
    match segments(path).as_slice() {
        ["site", id] => Some(decode_component(&id.replace('+', "%2B"))),
        _ => None,
    }
}

/// The person id in `/person/<id>` (in either language), percent-decoded; `None` on any other
/// path.
pub fn person_id(app_path: &str) -> Option<String> {
    let (_, path) = split_lang(app_path);
    match segments(path).as_slice() {
        ["person", id] => Some(decode_component(&id.replace('+', "%2B"))),
        _ => None,
    }
}

/// The canonical app path of a page in `lang`: `/sites/`, `/en/sites/`, `/site/con-son/`, `/`,
/// `/en/`. `site` is the id for [`Page::Site`] and [`Page::Person`] (ignored otherwise). The not-found page has no
/// path of its own: its file is `404.html`.
pub fn path_of(page: Page, site: &str, lang: Lang) -> String {
    let mut out = String::from("/");
    if lang == Lang::En {
        out.push_str(EN_PREFIX);
        out.push('/');
    }
    if let Some(r) = page.route() {
        if !r.segment.is_empty() {
            out.push_str(r.segment);
            out.push('/');
        }
        if page.has_id() {
            out.push_str(&encode_component(site));
            out.push('/');
        }
    }
    out
}

/// The document title: "<page> · <property>", or the property's name alone for the overview.
pub fn document_title(page: &str, lang: Lang) -> String {
    let property = lang.t(
        "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
        "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac",
    );
    if page.is_empty() {
        property.to_string()
    } else {
        format!("{page} · {property}")
    }
}

/// An app path written in its Vietnamese form (`/sites`, `/site/con-son`, `/`) in its canonical
/// form for `lang`: `/sites/`, `/en/site/con-son/`, `/en/`.
pub fn localize(path: &str, lang: Lang) -> String {
    let mut out = String::new();
    if lang == Lang::En {
        out.push('/');
        out.push_str(EN_PREFIX);
    }
    out.push_str(if path.is_empty() { "/" } else { path });
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// The same page in the other language: the app path with its language segment added or
/// removed (a path the route table does not know keeps its shape).
pub fn switch_lang(app_path: &str, to: Lang) -> String {
    let (_, rest) = split_lang(app_path);
    let rest = if rest.is_empty() { "/" } else { rest };
    match to {
        Lang::Vi => rest.to_string(),
        Lang::En => format!("/{EN_PREFIX}{rest}"),
    }
}

/// For a URL (path, query, fragment) that names its language with `?lang=`, the same page at its
/// address in that language, without the parameter; `None` when there is nothing to move.
pub fn without_lang_param(url: &str, base: &str) -> Option<String> {
    let (before_hash, hash) = url.split_once('#').map_or((url, ""), |(a, b)| (a, b));
    let (path, query) = before_hash.split_once('?')?;
    let pairs = decode_pairs(query);
    let lang = pairs
        .iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_code(v))?;
    let rest: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k != "lang").collect();
    let app = app_path(path, base)?;
    let hash = if hash.is_empty() {
        String::new()
    } else {
        format!("#{hash}")
    };
    Some(format!(
        "{base}{}{}{hash}",
        switch_lang(app, lang),
        encode_pairs(&rest)
    ))
}

/// Whether an app path is a file the build writes beside the pages rather than a page of the
/// route table: a file name (`/data/downloads/sites.csv`) or a static page under `/data/` (the
/// data guide, `/data/schema/`). The router leaves links to one to the browser.
pub fn is_build_file(app_path: &str) -> bool {
    let (_, path) = split_lang(app_path);
    let last = segments(path).last().copied().unwrap_or("");
    Page::of(app_path) == Page::NotFound && (last.contains('.') || path.starts_with("/data/"))
}

/// Every page the build writes, as (page, site id, language, app path): each route in both
/// languages, the site page once per site in the data, the person page once per person.
pub fn all_pages(ds: &Dataset) -> Vec<(Page, String, Lang, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        for r in &ROUTES {
            if r.page == Page::Site {
                for s in &ds.sites {
                    out.push((r.page, s.id.clone(), lang, path_of(r.page, &s.id, lang)));
                }
            } else if r.page == Page::Person {
                for p in &ds.people {
                    out.push((r.page, p.id.clone(), lang, path_of(r.page, &p.id, lang)));
                }
            } else {
                out.push((r.page, String::new(), lang, path_of(r.page, "", lang)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_loads_the_data_it_shows_and_no_more() {
        assert_eq!(
            Page::Home.data().files(),
            ["property.json", "sites.json", "people.json"]
        );
        assert_eq!(Page::Sites.data(), Need::SITES);
        assert_eq!(
            Page::Map.data().files(),
            ["property.json", "sites-lite.json", "people.json"]
        );
        for page in [
            Page::Site,
            Page::Dossier,
            Page::Sources,
            Page::Person,
            Page::Plan,
        ] {
            assert_eq!(
                page.data().files(),
                crate::domain::dataset::FILES,
                "{page:?}"
            );
        }
    }

    #[test]
    fn pages_by_path() {
        let cases = [
            ("", Page::Home),
            ("/", Page::Home),
            ("/sites", Page::Sites),
            ("/sites/", Page::Sites),
            ("/site/con-son", Page::Site),
            ("/site/con-son/", Page::Site),
            ("/site", Page::NotFound),
            ("/site/a/b", Page::NotFound),
            ("/dossier", Page::Dossier),
            ("/map", Page::Map),
            ("/festivals", Page::Festivals),
            ("/sources", Page::Sources),
            ("/plan/", Page::Plan),
            ("/en/plan", Page::Plan),
            ("/people/", Page::People),
            ("/en/people", Page::People),
            ("/person/tran-nhan-tong/", Page::Person),
            ("/en/person/phap-loa", Page::Person),
            ("/person", Page::NotFound),
            ("/people/x", Page::NotFound),
            ("/data/", Page::Data),
            ("/en/data", Page::Data),
            ("/data/sites.json", Page::NotFound),
            ("/nowhere", Page::NotFound),
            ("/Sites", Page::NotFound),
            ("/en", Page::Home),
            ("/en/", Page::Home),
            ("/en/sites/", Page::Sites),
            ("/en/site/con-son/", Page::Site),
            ("/en/nowhere", Page::NotFound),
            ("/enx/sites", Page::NotFound),
        ];
        for (path, page) in cases {
            assert_eq!(Page::of(path), page, "{path}");
        }
    }

    #[test]
    fn files_beside_the_pages_are_not_routes() {
        assert!(is_build_file("/data/downloads/sites.csv"));
        assert!(is_build_file("/data/sites.json"));
        assert!(is_build_file("/data/schema/"));
        assert!(!is_build_file("/data/"));
        assert!(!is_build_file("/en/data/"));
        assert!(!is_build_file("/sites/"));
        assert!(!is_build_file("/site/con-son/"));
        assert!(!is_build_file("/nowhere/"));
    }

    #[test]
    fn language_comes_from_the_path() {
        assert_eq!(split_lang("/en/sites/"), (Lang::En, "/sites/"));
        assert_eq!(split_lang("/en"), (Lang::En, ""));
        assert_eq!(split_lang("/sites/"), (Lang::Vi, "/sites/"));
        assert_eq!(split_lang("/english"), (Lang::Vi, "/english"));
        assert_eq!(split_lang(""), (Lang::Vi, ""));
    }

    #[test]
    fn paths_round_trip_through_the_table() {
        for lang in [Lang::Vi, Lang::En] {
            for r in &ROUTES {
                let path = path_of(r.page, "con-son", lang);
                assert!(path.ends_with('/'), "{path}");
                assert_eq!(Page::of(&path), r.page, "{path}");
                assert_eq!(split_lang(&path).0, lang, "{path}");
            }
        }
        assert_eq!(path_of(Page::Site, "côn", Lang::En), "/en/site/c%C3%B4n/");
        assert_eq!(
            site_id(&path_of(Page::Site, "côn", Lang::En)).as_deref(),
            Some("côn")
        );
        assert_eq!(path_of(Page::Home, "", Lang::Vi), "/");
        assert_eq!(path_of(Page::Home, "", Lang::En), "/en/");
    }

    #[test]
    fn links_are_written_in_the_canonical_form() {
        assert_eq!(localize("/", Lang::Vi), "/");
        assert_eq!(localize("/", Lang::En), "/en/");
        assert_eq!(localize("/sites", Lang::Vi), "/sites/");
        assert_eq!(localize("/site/con-son", Lang::En), "/en/site/con-son/");
        assert_eq!(localize("", Lang::En), "/en/");
    }

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(switch_lang("/site/con-son/", Lang::En), "/en/site/con-son/");
        assert_eq!(switch_lang("/en/site/con-son/", Lang::Vi), "/site/con-son/");
        assert_eq!(switch_lang("/en", Lang::Vi), "/");
        assert_eq!(switch_lang("", Lang::En), "/en/");
        assert_eq!(switch_lang("/en/", Lang::En), "/en/");
    }

    #[test]
    fn old_lang_links_move_to_the_path_form() {
        assert_eq!(
            without_lang_param("/sites?lang=en&q=chua#x", "").as_deref(),
            Some("/en/sites?q=chua#x")
        );
        assert_eq!(
            without_lang_param("/yentu/en/site/con-son/?lang=vi", "/yentu").as_deref(),
            Some("/yentu/site/con-son/")
        );
        assert_eq!(without_lang_param("/sites?q=chua", ""), None);
        assert_eq!(without_lang_param("/sites", ""), None);
        assert_eq!(without_lang_param("/other?lang=en", "/yentu"), None);
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
        assert_eq!(site_id("/en/site/con-son/").as_deref(), Some("con-son"));
        assert_eq!(site_id("/site/c%C3%B4n").as_deref(), Some("côn"));
        assert_eq!(site_id("/site/a+b").as_deref(), Some("a+b"));
        assert_eq!(site_id("/sites"), None);
        assert_eq!(
            person_id("/en/person/phap-loa/").as_deref(),
            Some("phap-loa")
        );
        assert_eq!(person_id("/site/phap-loa/"), None);
        assert_eq!(
            path_of(Page::Person, "phap-loa", Lang::En),
            "/en/person/phap-loa/"
        );
    }
}
