//! Writes every page of the site into the staging folder, from the built `index.html`.

use crate::head::PageMeta;
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yentu_explorer::app::PrerenderedApp;
use yentu_explorer::domain::dataset::{Dataset, FILES};
use yentu_explorer::domain::model::Lang;
use yentu_explorer::domain::route::{all_pages, path_of, Page};
use yentu_explorer::domain::validate::load_dir;
use yentu_explorer::nav::set_base_path;

/// The Content-Security-Policy of every page; `{hashes}` takes the hashes of its inline scripts.
/// `'wasm-unsafe-eval'` is what compiling WebAssembly needs; there is no `'unsafe-eval'` and no
/// inline style.
/// The service worker (`sw.js`) and the manifest come from the site itself (`worker-src`,
/// `manifest-src`).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; \
manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Where trunk's start-up script starts the app; the landing page's bundle is asked for just
/// before.
const START_UP: &str = "const wasm = await init(";

/// The built `index.html`, cut where each page's own parts go.
struct Template {
    /// Up to `<html`, exclusive.
    before_html: String,
    /// From after `<html lang=…>` to after `<meta charset=…>` (the policy goes there).
    head_start: String,
    /// From there to after `<base href>` (the page's own tags go there: the base first, since
    /// it applies to every URL after it).
    head_middle: String,
    /// The rest of `<head>` and `<body>` up to the inside of `<div id="app">`.
    head_rest: String,
    /// From `</div>` of the app's root to the end.
    after_app: String,
}

impl Template {
    fn parse(html: &str) -> Result<Template, String> {
        let html_at = html.find("<html").ok_or("index.html has no <html>")?;
        let html_end = html[html_at..].find('>').ok_or("unclosed <html>")? + html_at + 1;
        let charset = html
            .find("<meta charset")
            .ok_or("index.html has no <meta charset>")?;
        let charset_end = html[charset..].find('>').ok_or("unclosed <meta charset>")? + charset + 1;
        let base = html[charset_end..]
            .find("<base")
            .map(|at| at + charset_end)
            .ok_or("index.html has no <base>")?;
        let base_end = html[base..].find('>').ok_or("unclosed <base>")? + base + 1;
        let app = ["<div id=\"app\">", "<div id=app>"]
            .iter()
            .find_map(|tag| html.find(tag).map(|at| at + tag.len()))
            .ok_or("index.html has no <div id=\"app\">")?;
        let app_end = html[app..].find("</div>").ok_or("unclosed <div id=app>")? + app;
        if !html[app..app_end].trim().is_empty() {
            return Err("<div id=\"app\"> in index.html must be empty (has build_site already run on this folder?)".into());
        }
        Ok(Template {
            before_html: html[..html_at].to_string(),
            head_start: html[html_end..charset_end].to_string(),
            head_middle: html[charset_end..base_end].to_string(),
            head_rest: html[base_end..app].to_string(),
            after_app: html[app_end..].to_string(),
        })
    }

    /// The page: its language, head and body in the template, with its policy. The start-up
    /// script fetches the page's data files `data` once the page is drawn, beside the app's
    /// code: the main module, and `bundle`, the file holding the page's code (split build).
    fn fill(
        &self,
        lang: Lang,
        head: &str,
        body: &str,
        data: &[&str],
        bundle: Option<&str>,
    ) -> String {
        let mut head_rest = self.head_rest.clone();
        if let Some(at) = head_rest.find(START_UP) {
            head_rest.insert_str(at, &crate::chunks::data_preloads(data));
        }
        if let Some(file) = bundle {
            let fetch = format!(
                "{{ const file = {file:?}; const bytes = fetch(new URL(file, document.baseURI))\
                 .then((r) => {{ if (!r.ok) throw new Error(file + ': HTTP ' + r.status); return r.arrayBuffer(); }});\
                 bytes.catch(() => {{}}); globalThis.__yentuBundle = {{ file, bytes }}; }}\n"
            );
            if let Some(at) = head_rest.find(START_UP) {
                head_rest.insert_str(at, &fetch);
            }
        }
        let without_csp = format!(
            "{}<html lang=\"{}\">{}{{CSP}}{}{head}{}{body}{}",
            self.before_html,
            lang.code(),
            self.head_start,
            self.head_middle,
            head_rest,
            self.after_app
        );
        let csp = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            POLICY.replace("{hashes}", &script_hashes(&without_csp))
        );
        without_csp.replacen("{CSP}", &csp, 1)
    }
}

/// `'sha256-…'` for each inline script (a `<script>` without `src`) of a page.
fn script_hashes(html: &str) -> String {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let Some(open_end) = rest[at..].find('>').map(|i| at + i + 1) else {
            break;
        };
        let tag = &rest[at..open_end];
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        let is_data = tag.contains("application/ld+json");
        if !tag.contains(" src=") && !is_data {
            let digest = Sha256::digest(&rest.as_bytes()[open_end..close]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &rest[close..];
    }
    hashes.join(" ")
}

/// The page at `app_path` as the app draws it.
fn render(ds: &Arc<Dataset>, app_path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let ds = ds.clone();
        let app_path = app_path.to_string();
        without_markers(view! { <PrerenderedApp dataset=ds app_path=app_path /> }.to_html())
    })
}

/// HTML without the empty comments (`<!>`) Leptos leaves between dynamic parts for hydration:
/// the app does not hydrate (it draws the page again and takes over, see `src/main.rs`), and in
/// `<title>` they would be read as text.
pub fn without_markers(html: String) -> String {
    html.replace("<!>", "")
}

/// The file of an app path: `/` → `index.html`, `/en/site/x/` → `en/site/x/index.html`.
fn file_of(staging: &Path, app_path: &str) -> PathBuf {
    let mut p = staging.to_path_buf();
    for seg in app_path.split('/').filter(|s| !s.is_empty()) {
        p.push(yentu_explorer::domain::urlenc::decode_component(seg));
    }
    p.join("index.html")
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The sitemap: every page in both languages, each with its alternates.
fn sitemap(pages: &[(Page, String, Lang, String)], site_url: &str) -> String {
    let abs = |p: &str| format!("{}{}", site_url.trim_end_matches('/'), p);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (page, id, _, path) in pages {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            xml_escape(&abs(path))
        ));
        for (code, l) in [("vi", Lang::Vi), ("en", Lang::En), ("x-default", Lang::Vi)] {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>\n",
                xml_escape(&abs(&path_of(*page, id, l)))
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// Escapes the five XML special characters.
fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Builds every page; returns a one-line summary.
pub fn run() -> Result<String, String> {
    let staging = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("usage: build_site <staging dir>")?;
    let public_url = std::env::var("PUBLIC_URL")
        .or_else(|_| std::env::var("TRUNK_PUBLIC_URL"))
        .unwrap_or_else(|_| "/".to_string());
    let site_url = std::env::var("SITE_URL")
        .ok()
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    let site_url = site_url.as_deref();
    set_base_path(&public_url);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let ds = Arc::new(load_dir(&root.join("public").join("data"))?);
    let index = staging.join("index.html");
    let built = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let built = crate::unused::drop_unused(
        &staging,
        &root,
        &crate::chunks::app_script(&staging)?,
        &built,
    )?;
    let built = crate::minify::app_js(&staging, &root, &built)?;
    let built = crate::imports::shorten(&staging, &crate::chunks::app_script(&staging)?, &built)?;
    crate::layout::main_module(&staging, &root)?;
    let template = Template::parse(&crate::chunks::defer_wasm(&built)?)?;
    // Each page's bundle (split build): chunk name → file.
    let bundles = crate::chunks::copy_chunks(&staging, &root)?;
    let bundle_of = |page: Page| {
        page.route()
            .and_then(|r| bundles.get(r.chunk))
            .map(String::as_str)
    };

    let pages = all_pages(&ds);
    for (page, id, lang, path) in &pages {
        let meta = PageMeta::new(&ds, *page, id, *lang, site_url);
        let html = template.fill(
            *lang,
            &meta.to_html(site_url),
            &render(&ds, path),
            &page.data().files(),
            bundle_of(*page),
        );
        write(&file_of(&staging, path), &html)?;
    }
    let not_found = PageMeta::new(&ds, Page::NotFound, "", Lang::Vi, site_url);
    let html = template.fill(
        Lang::Vi,
        &not_found.to_html(site_url),
        &render(&ds, "/404/"),
        &FILES,
        None,
    );
    write(&staging.join("404.html"), &html)?;

    let provinces = root.join("public").join("data").join("provinces.json");
    let outlines: yentu_explorer::domain::geo::Outlines = serde_json::from_str(
        &fs::read_to_string(&provinces).map_err(|e| format!("{}: {e}", provinces.display()))?,
    )
    .map_err(|e| format!("{}: {e}", provinces.display()))?;
    crate::lite::write(&staging)?;
    let images = crate::share::write_all(&ds, &outlines, &staging)?;
    let base = site_url.unwrap_or(&public_url).trim_end_matches('/');
    let downloads =
        crate::downloads::write_all(&ds, &staging, base, yentu_explorer::clock::today())?;
    crate::downloads::write_schema_page(&staging, &root, &built, &public_url)?;

    let mut robots = String::from("User-agent: *\nAllow: /\n");
    let mut notes = Vec::new();
    match site_url {
        Some(url) => {
            write(&staging.join("sitemap.xml"), &sitemap(&pages, url))?;
            robots.push_str(&format!(
                "Sitemap: {}/sitemap.xml\n",
                url.trim_end_matches('/')
            ));
        }
        None => notes.push(
            "no SITE_URL given: canonical and alternate links, og:url, og:image and twitter:image, \
             the JSON-LD urls and sitemap.xml need absolute addresses and were left out \
             (e.g. SITE_URL=https://example.org/yentu/ scripts/build.sh)",
        ),
    }
    write(&staging.join("robots.txt"), &robots)?;
    let offline = crate::offline::write_all(&staging, &public_url, POLICY)?;
    for n in &notes {
        eprintln!("build_site: {n}");
    }
    Ok(format!(
        "{} pages in 2 languages, 404.html, {images} share images and {downloads} written (base {public_url}); {offline}",
        pages.len()
    ))
}
