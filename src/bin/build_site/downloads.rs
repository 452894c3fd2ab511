//! The Data page's files: the sites as CSV, GeoJSON and GPX, the timeline as CSV and the
//! festivals of the next 12 months as an iCalendar feed (all from `domain::export`, over the
//! dataset the pages are rendered from), and `docs/data-schema.md` as a static page.
//!
//! The schema page is rendered here with pulldown-cmark rather than by a Leptos view: it is
//! read once, by people who open it from the Data page, and the browser need not carry it.

use std::fs;
use std::path::Path;
use yentu_explorer::domain::dataset::Dataset;
use yentu_explorer::domain::export::{
    festivals_ics, sites_csv, sites_geojson, sites_gpx, timeline_csv, DOWNLOADS_DIR, SCHEMA_PAGE,
};
use yentu_explorer::domain::lunar::{SolarDate, VIETNAM_TZ};
use yentu_explorer::domain::model::Site;

/// Writes the downloads into `staging`. `base` is the site's root for the pages' URLs
/// (absolute where the build knows it), `today` the build date the festival feed starts on.
pub fn write_all(
    ds: &Dataset,
    staging: &Path,
    base: &str,
    today: SolarDate,
) -> Result<String, String> {
    let dir = staging.join(DOWNLOADS_DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let sites: Vec<&Site> = ds.sites.iter().collect();
    let files = [
        ("sites.csv", sites_csv(ds, &sites, base)),
        ("sites.geojson", sites_geojson(ds, &sites, base)),
        ("sites.gpx", sites_gpx(ds, &sites)),
        ("timeline.csv", timeline_csv(ds)),
        ("festivals.ics", festivals_ics(ds, today, VIETNAM_TZ, base)),
    ];
    for (name, text) in &files {
        let path = dir.join(name);
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(format!(
        "{} downloads (festivals from {today})",
        files.len()
    ))
}

/// Escapes text for HTML content.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `docs/data-schema.md` as `data/schema/index.html`: the site's main style sheet (taken from
/// the built `index.html`), a way back to the Data page in both languages, the guide (in
/// English) as HTML.
pub fn write_schema_page(
    staging: &Path,
    root: &Path,
    built_index: &str,
    public_url: &str,
) -> Result<(), String> {
    let md_path = root.join("docs").join("data-schema.md");
    let md = fs::read_to_string(&md_path).map_err(|e| format!("{}: {e}", md_path.display()))?;
    let mut body = String::new();
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(&mut body, pulldown_cmark::Parser::new_ext(&md, options));
    let style = regex::Regex::new(r"<link[^>]*\bmain-[0-9a-f]+\.css[^>]*>")
        .map_err(|e| e.to_string())?
        .find(built_index)
        .map(|m| m.as_str().to_string())
        .unwrap_or_default();
    let base = public_url.trim_end_matches('/');
    let title = "The explorer's data: a guide · Yen Tu – Vinh Nghiem – Con Son, Kiep Bac";
    let html = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n{style}\n</head>\n<body>\n<main id=\"main\" class=\"schema-page\">\n\
         <nav class=\"schema-back\" aria-label=\"Data\"><a href=\"{base}/data/\" lang=\"vi\">← Dữ liệu mở</a> · \
         <a href=\"{base}/en/data/\">← Open data</a></nav>\n\
         <p lang=\"vi\">Hướng dẫn về các tệp dữ liệu (bằng tiếng Anh): từng tệp, từng trường và cách kiểm tra khi sửa.</p>\n\
         {body}</main>\n</body>\n</html>\n",
        html_escape(title)
    );
    let dir = staging.join(SCHEMA_PAGE);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join("index.html");
    fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
