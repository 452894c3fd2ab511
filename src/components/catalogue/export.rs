//! "Download these results": the catalogue's current list (filtered, searched, sorted) as CSV
//! or GeoJSON, made in the browser by the same code as the Data page's files
//! (`domain::export`), saved like the planner's GPX.

use super::Catalogue;
use crate::components::festival_parts::download_text;
use crate::domain::export::{results_filename, sites_csv, sites_geojson};
use crate::domain::model::{Lang, Site};
use crate::nav::base_path;
use leptos::prelude::*;

/// The site's root (origin and base path), for the pages' addresses in the file.
fn site_root() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", base_path())
}

/// The two download buttons, with an error line if saving fails.
#[component]
pub fn ExportResults(cat: Catalogue, lang: Lang) -> impl IntoView {
    let failed = RwSignal::new(false);
    let save = move |geojson: bool| {
        let text = cat.ds.with_value(|ds| {
            let sites: Vec<&Site> = cat.results.with_untracked(|(hits, _)| {
                hits.iter()
                    .filter_map(|h| ds.sites.get(h.site_index))
                    .collect()
            });
            if geojson {
                sites_geojson(ds, &sites, &site_root())
            } else {
                sites_csv(ds, &sites, &site_root())
            }
        });
        let (ext, mime) = if geojson {
            ("geojson", "application/geo+json")
        } else {
            ("csv", "text/csv;charset=utf-8")
        };
        failed.set(download_text(&results_filename(lang, ext), mime, &text).is_err());
    };
    view! {
        <div class="cat-export" role="group" aria-labelledby="cat-export-label">
            <span id="cat-export-label">{lang.t("Tải các kết quả này:", "Download these results:")}</span>
            " "
            <button type="button" class="cat-export-csv" on:click=move |_| save(false)>"CSV"</button>
            " "
            <button type="button" class="cat-export-geojson" on:click=move |_| save(true)>"GeoJSON"</button>
            <span class="cat-export-error" role="alert" hidden=move || !failed.get()>
                {lang.t("Không tải được tệp.", "The file could not be saved.")}
            </span>
        </div>
    }
}
