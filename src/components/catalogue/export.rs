//! "Download these results": the catalogue's current list (filtered, searched, sorted) as CSV
//! or GeoJSON, made in the browser by the same code as the Data page's files
//! (`domain::export`, fetched on the first click: `lazy::results_file`), saved like the
//! planner's GPX.

use super::Catalogue;
use crate::components::festival_parts::download_text;
use crate::domain::export::results_filename;
use crate::domain::model::Lang;
use crate::lazy::{results_file, ChunkError};
use crate::nav::base_path;
use leptos::prelude::*;

/// The site's root (origin and base path), for the pages' addresses in the file.
fn site_root() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", base_path())
}

/// The two download buttons, with an error line if saving fails. The file is made by
/// [`results_file`], whose code is fetched on the first click.
#[component]
pub fn ExportResults(cat: Catalogue, lang: Lang) -> impl IntoView {
    let failed = RwSignal::new(false);
    let save = move |geojson: bool| {
        let ds = cat.ds.get_value();
        let indices: Vec<usize> = cat
            .results
            .with_untracked(|(hits, _)| hits.iter().map(|h| h.site_index).collect());
        leptos::task::spawn_local(async move {
            let saved = match results_file(&ds, &indices, &site_root(), geojson).await {
                Ok(text) => {
                    let (ext, mime) = if geojson {
                        ("geojson", "application/geo+json")
                    } else {
                        ("csv", "text/csv;charset=utf-8")
                    };
                    download_text(&results_filename(lang, ext), mime, &text).is_ok()
                }
                Err(ChunkError) => false,
            };
            failed.set(!saved);
        });
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
