//! The site offline and installable: once every page is written, the service worker `sw.js`
//! with the exact list of this build's files and a cache named after their content hash
//! (template: `sw.js` next to this file), the web app manifest and its icons (rasterised from
//! `public/favicon.svg` with resvg), each page's "offline copy size" stamp, and `_headers`, the
//! caching rules and policy for hosts that read it (Netlify, Cloudflare Pages).
//!
//! Also run on its own over a built folder (`build_site --offline <dir>`), to write these files
//! again after a file of the folder changed (the update test does so).

use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

/// The service worker's template.
const SW_TEMPLATE: &str = include_str!("sw.js");

/// The theme colour (the header's green, `--founding` in style/main.css) and the background
/// colour of the installed app's splash screen (`--paper`).
pub const THEME: &str = "#2f5d3a";
const BACKGROUND: &str = "#fbf8f1";

/// Where each page's head says how many bytes the offline copy takes: a fixed-width number, so
/// that stamping it changes no page's size. The page's offline panel reads it.
pub const SIZE_META: &str = "<meta name=\"yentu-offline-bytes\" content=\"0000000000\">";
const SIZE_PREFIX: &str = "<meta name=\"yentu-offline-bytes\" content=\"";

/// The app icons: file, size in px, and whether it is the maskable one (full bleed, the mark in
/// the middle 60 %, inside the safe zone) or the Apple touch icon (full bleed, no transparency).
const ICONS: [(&str, u32, IconKind); 4] = [
    ("icon-192.png", 192, IconKind::Any),
    ("icon-512.png", 512, IconKind::Any),
    ("icon-maskable-512.png", 512, IconKind::Maskable),
    ("apple-touch-icon.png", 180, IconKind::Apple),
];

#[derive(Clone, Copy, PartialEq)]
enum IconKind {
    Any,
    Maskable,
    Apple,
}

/// Files written for crawlers and sharing only, never needed by a visitor offline.
fn kept_offline(rel: &str) -> bool {
    !(rel.starts_with("share/")
        || rel == "sitemap.xml"
        || rel == "robots.txt"
        || rel == "_headers"
        || rel == "sw.js"
        || rel == "bundles.json")
}

/// Every file under `dir`, as paths relative to it with `/`, sorted.
fn files_under(dir: &Path) -> Result<Vec<String>, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
        for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let entry = entry.map_err(|e| e.to_string())?;
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// The URL of a file relative to the service worker's scope: a page's `index.html` by its
/// canonical address (`en/site/x/`, `./` for the home page), path segments percent-encoded.
pub fn url_of(rel: &str) -> String {
    let path = match rel.strip_suffix("index.html") {
        Some("") => return "./".to_string(),
        Some(dir) => dir,
        None => rel,
    };
    path.split('/')
        .map(yentu_explorer::domain::urlenc::encode_component)
        .collect::<Vec<_>>()
        .join("/")
}

/// Whether a file's name holds a content hash (trunk's `-<16 hex>`, the build's own
/// `-<`[`HASH_DIGITS`](crate::chunks::HASH_DIGITS)` hex>`).
pub fn is_hashed(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| {
        h.len() >= crate::chunks::HASH_DIGITS
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// An icon's SVG from the favicon's.
fn icon_svg(favicon: &str, kind: IconKind) -> Result<String, String> {
    if kind == IconKind::Any {
        return Ok(favicon.to_string());
    }
    let open_end = favicon.find('>').ok_or("favicon.svg: no <svg>")? + 1;
    let close = favicon.rfind("</svg>").ok_or("favicon.svg: no </svg>")?;
    let inner = &favicon[open_end..close];
    let scale = if kind == IconKind::Maskable { 0.6 } else { 0.8 };
    let shift = 16.0 * (1.0 - scale);
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">\
         <rect width=\"32\" height=\"32\" fill=\"{THEME}\"/>\
         <g transform=\"translate({shift} {shift}) scale({scale})\">{inner}</g></svg>"
    ))
}

fn png(svg: &str, px: u32) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
        .map_err(|e| format!("icon: {e}"))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(px, px).ok_or("cannot allocate the icon")?;
    let size = tree.size();
    let transform = resvg::tiny_skia::Transform::from_scale(
        px as f32 / size.width(),
        px as f32 / size.height(),
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The web app manifest; every URL relative to the manifest, i.e. to the base path.
fn manifest() -> String {
    let icons: Vec<serde_json::Value> = ICONS
        .iter()
        .filter(|(_, _, k)| *k != IconKind::Apple)
        .map(|(file, px, kind)| {
            serde_json::json!({
                "src": file,
                "sizes": format!("{px}x{px}"),
                "type": "image/png",
                "purpose": if *kind == IconKind::Maskable { "maskable" } else { "any" },
            })
        })
        .collect();
    let m = serde_json::json!({
        "id": "./",
        "name": "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
        "short_name": "Yên Tử",
        "description": "Khám phá Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc: các điểm di tích, bản đồ, lễ hội, hồ sơ di sản; dùng được cả khi không có mạng. Explore the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property, also offline.",
        "lang": "vi",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": icons,
    });
    serde_json::to_string_pretty(&m).unwrap_or_default() + "\n"
}

/// Stamps the offline copy's size into a page's head.
fn stamp_size(html: &str, bytes: u64) -> String {
    match html.find(SIZE_PREFIX) {
        Some(at) => {
            let from = at + SIZE_PREFIX.len();
            format!("{}{bytes:010}{}", &html[..from], &html[from + 10..])
        }
        None => html.to_string(),
    }
}

/// The `'sha256-…'` sources of a page's policy.
fn policy_hashes(html: &str, into: &mut Vec<String>) {
    let Some(at) = html.find("http-equiv=\"Content-Security-Policy\" content=\"") else {
        return;
    };
    let rest = &html[at + 46..];
    let policy = &rest[..rest.find('"').unwrap_or(0)];
    for token in policy.split_whitespace().map(|t| t.trim_end_matches(';')) {
        if token.starts_with("'sha256-") && !into.iter().any(|t| t == token) {
            into.push(token.to_string());
        }
    }
}

/// `_headers` (Netlify, Cloudflare Pages): no path gets two `Cache-Control` rules.
fn headers(base: &str, files: &[String], policy: &str) -> String {
    let immutable = "  Cache-Control: public, max-age=31536000, immutable\n";
    let revalidate = "  Cache-Control: no-cache\n";
    let mut out = format!(
        "# Written by the build tool (src/bin/build_site/offline.rs). Content-hashed files are kept\n\
         # a year; pages, data, the service worker and the other unhashed files are revalidated on\n\
         # every visit (no-cache: kept, but checked with the server each time).\n\
         {base}*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n"
    );
    // One rule per extension whose files are all hashed (`/*.wasm`, `/*.css`), else one per
    // file: Cloudflare Pages reads at most 100 rules.
    let ext = |f: &str| {
        f.rsplit_once('.')
            .map(|(_, e)| e.to_string())
            .unwrap_or_default()
    };
    let mut by_ext: Vec<String> = files.iter().map(|f| ext(f)).collect();
    by_ext.sort();
    by_ext.dedup();
    for e in by_ext.iter().filter(|e| !e.is_empty()) {
        let of_ext: Vec<&String> = files.iter().filter(|f| ext(f) == *e).collect();
        if of_ext.iter().all(|f| is_hashed(f)) {
            out.push_str(&format!("{base}*.{e}\n{immutable}"));
        } else {
            for f in of_ext.into_iter().filter(|f| is_hashed(f)) {
                out.push_str(&format!("{base}{f}\n{immutable}"));
            }
        }
    }
    // The downloads' media types (a host may not know `.geojson`, `.gpx` or `.ics`).
    for (file, mime) in yentu_explorer::domain::export::DOWNLOADS {
        let dir = yentu_explorer::domain::export::DOWNLOADS_DIR;
        if files.iter().any(|f| *f == format!("{dir}/{file}")) {
            out.push_str(&format!("{base}{dir}/{file}\n  Content-Type: {mime}\n"));
        }
    }
    for rule in [
        "",
        "*/",
        "*.html",
        "sw.js",
        "manifest.webmanifest",
        "data/*",
        "*.png",
        "__wasm_split.js",
    ] {
        out.push_str(&format!("{base}{rule}\n{revalidate}"));
    }
    out
}

/// The service worker: [`SW_TEMPLATE`] with its cache name (`yentu-` and `cache`) and the files
/// it keeps (`files`, relative to the output folder).
fn service_worker(cache: &str, files: &[String]) -> Result<String, String> {
    let urls: Vec<String> = files.iter().map(|f| url_of(f)).collect();
    let list = serde_json::to_string_pretty(&urls).map_err(|e| e.to_string())?;
    Ok(SW_TEMPLATE
        .replacen("__CACHE__", &format!("yentu-{cache}"), 1)
        .replacen("__FILES__", &list, 1))
}

/// Writes the icons, the manifest, the size stamps, `sw.js` and `_headers` into `staging`;
/// returns a summary.
pub fn write_all(
    staging: &Path,
    public_url: &str,
    policy_template: &str,
) -> Result<String, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let favicon_path = root.join("public").join("favicon.svg");
    let favicon = fs::read_to_string(&favicon_path)
        .map_err(|e| format!("{}: {e}", favicon_path.display()))?;
    for (file, px, kind) in ICONS {
        let bytes = png(&icon_svg(&favicon, kind)?, px)?;
        fs::write(staging.join(file), bytes).map_err(|e| format!("{file}: {e}"))?;
    }
    fs::write(staging.join("manifest.webmanifest"), manifest())
        .map_err(|e| format!("manifest.webmanifest: {e}"))?;

    let files: Vec<String> = files_under(staging)?
        .into_iter()
        .filter(|f| kept_offline(f))
        .collect();
    let mut total = 0u64;
    for f in &files {
        total += fs::metadata(staging.join(f))
            .map_err(|e| format!("{f}: {e}"))?
            .len();
    }
    let mut hasher = Sha256::new();
    let mut hashes = Vec::new();
    for f in &files {
        let path = staging.join(f);
        let mut bytes = fs::read(&path).map_err(|e| format!("{f}: {e}"))?;
        if f.ends_with(".html") {
            let html = String::from_utf8_lossy(&bytes).into_owned();
            policy_hashes(&html, &mut hashes);
            let stamped = stamp_size(&html, total);
            if stamped != html {
                fs::write(&path, &stamped).map_err(|e| format!("{f}: {e}"))?;
            }
            bytes = stamped.into_bytes();
        }
        hasher.update(f.as_bytes());
        hasher.update([0]);
        hasher.update(&bytes);
    }
    let digest = hasher.finalize();
    let cache: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    fs::write(staging.join("sw.js"), service_worker(&cache, &files)?)
        .map_err(|e| format!("sw.js: {e}"))?;

    let base = if public_url.ends_with('/') {
        public_url.to_string()
    } else {
        format!("{public_url}/")
    };
    let policy = policy_template.replace("{hashes}", &hashes.join(" "));
    fs::write(staging.join("_headers"), headers(&base, &files, &policy))
        .map_err(|e| format!("_headers: {e}"))?;
    Ok(format!(
        "offline copy: {} files, {total} bytes, cache yentu-{cache}",
        files.len()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_hashes() {
        assert_eq!(url_of("index.html"), "./");
        assert_eq!(url_of("en/site/yen-tu/index.html"), "en/site/yen-tu/");
        assert_eq!(url_of("data/sites.json"), "data/sites.json");
        assert!(is_hashed("main-8df68f619d0bfe50.css"));
        assert!(is_hashed("yentu-explorer-b9e452301ac2103a_bg.wasm"));
        assert!(is_hashed("dossier_parts-54ec5de9d1b432.css"));
        assert!(is_hashed("chunk_12-0a1b2c3d.wasm"));
        assert!(is_hashed("bundle_page_map-0a1b2c3d.wasm"));
        assert!(!is_hashed("__wasm_split.js"));
        assert!(!is_hashed("data/sites.json"));
        assert!(!is_hashed("icon-192.png"));
    }

    #[test]
    fn service_worker_keeps_every_file_by_its_address() {
        let files: Vec<String> = [
            "index.html",
            "en/map/index.html",
            "bundle_page_map-0a1b2c3d.wasm",
            "__wasm_split.js",
            "data/sites.json",
        ]
        .map(String::from)
        .to_vec();
        let sw = service_worker("0123abcd", &files).unwrap();
        for placeholder in ["__CACHE__", "__FILES__"] {
            assert!(!sw.contains(placeholder), "{placeholder} left: {sw}");
        }
        assert!(sw.contains(r#"const CACHE = "yentu-0123abcd";"#));
        let start = sw.find("const FILES = ").unwrap();
        let open = start + sw[start..].find('[').unwrap();
        let close = open + sw[open..].find(']').unwrap();
        let listed: Vec<String> = serde_json::from_str(&sw[open..=close]).unwrap();
        assert_eq!(
            listed,
            [
                "./",
                "en/map/",
                "bundle_page_map-0a1b2c3d.wasm",
                "__wasm_split.js",
                "data/sites.json"
            ]
        );
    }

    #[test]
    fn headers_group_hashed_files_by_extension() {
        let files: Vec<String> = [
            "index.html",
            "main-8df68f619d0bfe50.css",
            "chunk_20-1c0336617f11231a.wasm",
            "yentu-explorer-b9e452301ac2103a_bg.wasm",
            "yentu-explorer-b9e452301ac2103a.js",
            "__wasm_split.js",
            "data/sites.json",
        ]
        .map(String::from)
        .to_vec();
        let h = headers("/yentu/", &files, "default-src 'self'");
        assert!(h.contains("/yentu/*.wasm\n  Cache-Control: public, max-age=31536000, immutable"));
        assert!(h.contains("/yentu/*.css\n  Cache-Control: public"));
        assert!(h.contains("/yentu/yentu-explorer-b9e452301ac2103a.js\n  Cache-Control: public"));
        assert!(!h.contains("/yentu/*.js\n"));
        assert!(h.contains("/yentu/__wasm_split.js\n  Cache-Control: no-cache"));
        assert!(h.contains("/yentu/*\n  Content-Security-Policy: default-src 'self'"));
        let with_downloads = headers("/", &["data/downloads/sites.gpx".to_string()], "");
        assert!(with_downloads
            .contains("/data/downloads/sites.gpx\n  Content-Type: application/gpx+xml\n"));
    }

    #[test]
    fn size_stamp_keeps_the_length() {
        let html = format!("<head>{SIZE_META}</head>");
        let stamped = stamp_size(&html, 4_321_000);
        assert_eq!(stamped.len(), html.len());
        assert!(stamped.contains("content=\"0004321000\""));
        assert_eq!(stamp_size(&stamped, 12), stamp_size(&html, 12));
    }

    #[test]
    fn icons_render_at_their_sizes() {
        let favicon = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" fill=\"#2f5d3a\"/></svg>";
        for (_, px, kind) in ICONS {
            let bytes = png(&icon_svg(favicon, kind).unwrap(), px).unwrap();
            let w = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
            assert_eq!(w, px);
        }
    }
}
