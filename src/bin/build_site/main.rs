//! The build tool. Run by trunk's post-build hook (`scripts/post_build.sh`) once the app is built,
//! it turns the built `index.html` into the whole site:
//!
//! - the page chunks of the split release build, optimised, hashed and merged into one module per
//!   landing page (`merge.rs`), and
//!   trunk's start-up script made to wait for the first paint (`chunks.rs`);
//! - the classes wasm-bindgen exports for code the app never calls removed from its script, with
//!   the main module's exports behind them (`unused.rs`); the app's JavaScript minified, with its
//!   integrity hash updated (`minify.rs`), and the main module's imports from it renamed short in
//!   both files (`imports.rs`); the functions of the main module and of every bundle laid out
//!   for compression (`layout.rs`);
//! - one HTML file per page and language (`index.html`, `en/index.html`, `site/<id>/index.html`,
//!   `en/site/<id>/index.html`, …, from the route table in `domain::route`), each holding the
//!   page as the app draws it, rendered here by the app's own Leptos components, with its own
//!   head: title, description, canonical URL, language alternates, Open Graph and Twitter tags,
//!   schema.org JSON-LD;
//! - `404.html`, the not-found page;
//! - a 1200×630 share image per site and one for the property (`share/*.png`);
//! - `data/sites-lite.json`, the sites without their long fields, for the map (`lite.rs`);
//! - the Data page's downloads (`data/downloads/`) and the data guide as a page
//!   (`data/schema/`, `downloads.rs`);
//! - `sitemap.xml` and `robots.txt`;
//! - the Content-Security-Policy of every page, with the hashes of its inline scripts;
//! - the service worker `sw.js`, `manifest.webmanifest`, the app icons and `_headers`
//!   (`offline.rs`; `build_site --offline <dir>` writes them again over a built folder).
//!
//! Usage: `build_site <staging dir>`; `PUBLIC_URL` (`/` or `/yentu/`) is the base path the site
//! is served under, `SITE_URL` (e.g. `https://example.org/yentu/`) the absolute address used in
//! canonical, Open Graph and sitemap URLs. Without `SITE_URL`, the tags that need absolute URLs
//! are left out and the tool says so.

#[cfg(not(target_arch = "wasm32"))]
mod chunks;
#[cfg(not(target_arch = "wasm32"))]
mod downloads;
#[cfg(not(target_arch = "wasm32"))]
mod head;
#[cfg(not(target_arch = "wasm32"))]
mod imports;
#[cfg(not(target_arch = "wasm32"))]
mod layout;
#[cfg(not(target_arch = "wasm32"))]
mod lite;
#[cfg(not(target_arch = "wasm32"))]
mod merge;
#[cfg(not(target_arch = "wasm32"))]
mod minify;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod share;
#[cfg(not(target_arch = "wasm32"))]
mod site;
#[cfg(not(target_arch = "wasm32"))]
mod unused;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let result = match args.get(1).map(String::as_str) {
        Some("--offline") => match args.get(2) {
            Some(dir) => offline::write_all(
                std::path::Path::new(dir),
                &std::env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_string()),
                site::POLICY,
            ),
            None => Err("usage: build_site --offline <built dir>".to_string()),
        },
        _ => site::run(),
    };
    match result {
        Ok(summary) => {
            println!("build_site: {summary}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("build_site: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
