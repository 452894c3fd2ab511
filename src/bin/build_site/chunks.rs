//! The page chunks of the split release build, and the start-up script's timing (the first step
//! of the build tool, before any page is written).
//!
//! - Paint first, then fetch the WebAssembly: trunk's `<link rel=preload>` of the `.wasm` is
//!   removed and its start-up script waits until the written page has been drawn before fetching
//!   it, so that on a weak connection the stylesheet and the page are not held back behind the
//!   app's code. The data files are then fetched beside the app's code (preloads that the app's
//!   own requests reuse), not after it has started.
//! - Page chunks (split build only, see `src/lazy.rs` and `scripts/split/`): the chunk files that
//!   `scripts/split/wasm-ld` left in `$YENTU_SPLIT_DIR` are optimised with wasm-opt like the main
//!   module, named with one hash of all their contents (so a browser never pairs a cached chunk
//!   with a newer app), and copied next to the app with their loader `__wasm_split.js`, whose links are
//!   rewritten to those names and to the app's hashed `.js` file; each page's chunks are also
//!   merged into one module, its bundle, which the page asks for together with the main module.

use crate::merge;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;
use std::process::Command;
use yentu_explorer::data::data_url;
use yentu_explorer::domain::route::ROUTES;
use yentu_explorer::lazy::RECORDS_CHUNK;

/// Waits until the written page's main text has been drawn before fetching the app: in
/// Chromium, until the browser has recorded that paint as a largest-contentful-paint candidate
/// (the app replaces the written copy, and a candidate removed before it is recorded is
/// forgotten); elsewhere, until a timer queued from an animation frame runs, i.e. after the
/// first frame. At most one second (tabs in the background draw no frames).
const AFTER_PAINT: &str = "await new Promise((r) => { setTimeout(r, 1000); \
const lcp = 'largest-contentful-paint'; \
if (!(self.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes(lcp))) { \
requestAnimationFrame(() => setTimeout(r, 0)); return; } \
new PerformanceObserver((l) => { if (l.getEntries().some((e) => e.element && e.element.closest('#app'))) r(); })\
.observe({ type: lcp, buffered: true }); });\n";

/// Once the page is drawn, starts fetching its data `files` beside the app's code: the app's own
/// requests for them (`src/data.rs`, gloo-net's defaults: mode `cors`, credentials
/// `same-origin`, which `crossorigin` matches) are then answered by these preloads instead of
/// starting only after the WebAssembly has. Each page's own list (`site.rs`).
pub fn data_preloads(files: &[&str]) -> String {
    let urls: Vec<String> = files.iter().map(|f| format!("'{}'", data_url(f))).collect();
    format!(
        "for (const href of [{}]) {{ const l = document.createElement('link'); \
l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = href; document.head.append(l); }}\n",
        urls.join(", ")
    )
}

/// The loader's code for bundles, added to wasm-split's `__wasm_split.js`.
const BUNDLE_LOADER: &str = include_str!("bundle_loader.js");
/// The module loading of the rewritten loader (after [`BUNDLE_LOADER`] and `const build = "…"`,
/// the hash in every module's file name).
const MODULES: &str = include_str!("bundle_modules.js");

/// Drops the `.wasm` preload and makes trunk's start-up script wait for the first paint (each
/// page then fetches its data there, `site.rs`).
pub fn defer_wasm(html: &str) -> Result<String, String> {
    let link = Regex::new(r"<link[^>]*>").map_err(|e| e.to_string())?;
    let preload = Regex::new(r"\bpreload\b").map_err(|e| e.to_string())?;
    let mut dropped = 0;
    let html = link.replace_all(html, |c: &regex::Captures| {
        let tag = &c[0];
        if preload.is_match(tag) && tag.contains(".wasm") {
            dropped += 1;
            String::new()
        } else {
            tag.to_string()
        }
    });
    const START: &str = "const wasm = await init(";
    if !html.contains(START) {
        return Err("trunk's start-up script changed: no `const wasm = await init(`".into());
    }
    println!("build_site: {dropped} wasm preload(s) dropped; start-up after the page is drawn");
    Ok(html.replacen(START, &format!("{AFTER_PAINT}{START}"), 1))
}

/// The wasm-opt settings trunk uses for the main module: the source `index.html`'s
/// `data-wasm-opt` and `data-wasm-opt-params`, so that the chunks always match.
pub fn wasm_opt_args(root: &Path) -> Result<Vec<String>, String> {
    let page =
        fs::read_to_string(root.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let attr = |name: &str| {
        Regex::new(&format!(r#"{name}="([^"]*)""#))
            .ok()
            .and_then(|re| re.captures(&page).map(|c| c[1].to_string()))
    };
    let (Some(level), Some(params)) = (attr("data-wasm-opt"), attr("data-wasm-opt-params")) else {
        return Err("index.html has no data-wasm-opt / data-wasm-opt-params".into());
    };
    let mut args = vec![format!("-O{level}")];
    args.extend(params.split_whitespace().map(str::to_string));
    Ok(args)
}

/// How many hex digits of a content hash a module's file name carries: enough to tell apart the
/// versions of one file.
pub const HASH_DIGITS: usize = 8;

/// The first [`HASH_DIGITS`] hex digits of the SHA-256 of `data`.
fn short_hash(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .take(HASH_DIGITS / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first [`HASH_DIGITS`] hex digits of the SHA-256 of every module's name and content.
fn split_hash(modules: &BTreeMap<String, Vec<u8>>) -> String {
    let mut all = Vec::new();
    for (name, data) in modules {
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(&(data.len() as u64).to_le_bytes());
        all.extend_from_slice(data);
    }
    short_hash(&all)
}

/// Optimises one chunk with wasm-opt; returns the optimised bytes.
pub fn optimise(chunk: &Path, args: &[String]) -> Result<Vec<u8>, String> {
    let out = chunk.with_extension("opt.tmp");
    let status = Command::new("wasm-opt")
        .args(args)
        .arg(chunk)
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("wasm-opt (scripts/setup.sh installs it): {e}"))?;
    if !status.success() {
        return Err(format!("wasm-opt failed on {}: {status}", chunk.display()));
    }
    let data = fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let _ = fs::remove_file(&out);
    Ok(data)
}

/// The file name of the app's script in the staging folder (trunk's `yentu-explorer-<hash>.js`).
pub fn app_script(stage: &Path) -> Result<String, String> {
    let apps: Vec<String> = fs::read_dir(stage)
        .map_err(|e| format!("{}: {e}", stage.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("yentu-explorer") && n.ends_with(".js") && !n.ends_with("_bg.js"))
        .collect();
    match <[String; 1]>::try_from(apps) {
        Ok([app]) => Ok(app),
        Err(apps) => Err(format!(
            "expected one yentu-explorer*.js in {}, found {apps:?}",
            stage.display()
        )),
    }
}

/// Optimises, hashes and copies the page chunks and their loader into the staging folder;
/// returns each page's bundle (chunk name → `./bundle_<page>-<hash>.wasm`), none for a build
/// that is not split.
pub fn copy_chunks(stage: &Path, root: &Path) -> Result<HashMap<String, String>, String> {
    let split = std::env::var("YENTU_SPLIT_DIR").unwrap_or_default();
    let loader_path = Path::new(&split).join("__wasm_split.js");
    if split.is_empty() || !loader_path.exists() {
        println!("build_site: not a split build (no page chunks)");
        return Ok(HashMap::new());
    }
    let app = app_script(stage)?;
    let mut loader =
        fs::read_to_string(&loader_path).map_err(|e| format!("{}: {e}", loader_path.display()))?;
    let main_import = "\"./yentu-explorer.js\"";
    if !loader.contains(main_import) {
        return Err(format!(
            "{} does not import {main_import}",
            loader_path.display()
        ));
    }
    loader = loader.replace(main_import, &format!("\"./{app}\""));

    let args = wasm_opt_args(root)?;
    let mut chunks: Vec<_> = fs::read_dir(&split)
        .map_err(|e| format!("{split}: {e}"))?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .collect();
    chunks.sort();
    // wasm-opt is the slow part: one process per core.
    let optimised = on_every_core(&chunks, |c| optimise(c, &args));
    let mut modules = BTreeMap::new();
    for (chunk, data) in chunks.iter().zip(optimised) {
        let key = chunk
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("a chunk's name is not UTF-8")?
            .to_string();
        modules.insert(key, data?);
    }
    // The modules of one split only work with one another and with the main module they were
    // split from: one hash of them all names every file, and the loader, fetched on every first
    // visit, carries that one hash instead of a table of them.
    let build = split_hash(&modules);
    for (key, data) in &modules {
        let hashed = format!("{key}-{build}.wasm");
        let reference = format!("\"./{key}.wasm\"");
        if !loader.contains(&reference) {
            return Err(format!(
                "{} does not load {key}.wasm",
                loader_path.display()
            ));
        }
        loader = loader.replace(&reference, &format!("\"./{hashed}\""));
        write(&stage.join(&hashed), data)?;
    }
    let (loader, bundles) = bundle_pages(stage, &loader, &modules, &args)?;
    let loader_out = stage.join("__wasm_split.js");
    write(&loader_out, loader.as_bytes())?;
    // Fetched with the main module on every first visit: minified like the app's own script.
    crate::minify::minify(&loader_out, root)?;
    println!(
        "build_site: {} page chunk(s), {} bundle(s) and their loader copied",
        chunks.len(),
        bundles.len()
    );
    Ok(bundles)
}

/// `f` on each item, the items shared out among the machine's cores; the results in order.
fn on_every_core<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R, String> + Sync,
) -> Vec<Result<R, String>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = items.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(per)
            .map(|group| s.spawn(move || group.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err("a build thread panicked".into())])
            })
            .collect()
    })
}

/// A string or list as a JavaScript literal.
fn js<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn write(path: &Path, data: &[u8]) -> Result<(), String> {
    fs::write(path, data).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes, for each page, a bundle: its module and the shared modules it needs, merged into one
/// (`merge.rs`); and rewrites wasm-split's loader into a compact one (the same `makeLoad()` and
/// `wrapAsyncCb()`, one entry per page instead of a block per module) that fetches
/// a page's bundle when none of those modules has been requested yet (landing on the page), else
/// the single modules it lacks. Returns the loader and each page's bundle.
fn bundle_pages(
    stage: &Path,
    loader: &str,
    modules: &BTreeMap<String, Vec<u8>>,
    opt_args: &[String],
) -> Result<(String, HashMap<String, String>), String> {
    let block = format!(
        r#"makeLoad\(\(\) => \{{\s*const src = fetch\(new URL\("(\./[A-Za-z0-9_]+-[0-9a-f]{{{HASH_DIGITS}}}\.wasm)", import\.meta\.url\)\);.*?\n\}}\s*, \[([^\]]*)\]\)"#
    );
    let chunk_re = Regex::new(&format!(
        r"(?s)(?:/\* [^*]* \*/\s*)?const __(chunk_\d+) = {block};\s*"
    ))
    .map_err(|e| e.to_string())?;
    let page_re = Regex::new(&format!(
        r"(?s)export const __wasm_split_load_(\w+) = wrapAsyncCb\({block}\);\s*"
    ))
    .map_err(|e| e.to_string())?;

    let mut files = BTreeMap::new();
    for c in chunk_re.captures_iter(loader) {
        if !c[3].trim().is_empty() {
            return Err(format!(
                "__wasm_split.js: {} has dependencies of its own",
                &c[1]
            ));
        }
        files.insert(c[1].to_string(), c[2].to_string());
    }
    let mut pages = Vec::new();
    for c in page_re.captures_iter(loader) {
        files.insert(format!("split_{}", &c[1]), c[2].to_string());
        let deps: Vec<String> = c[3]
            .split(',')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| d.trim_start_matches("__").to_string())
            .collect();
        pages.push((c[1].to_string(), deps));
    }
    let first = chunk_re
        .find(loader)
        .or_else(|| page_re.find(loader))
        .map(|m| m.start());
    let head = &loader[..first.unwrap_or(0)];
    let rest = page_re
        .replace_all(&chunk_re.replace_all(loader, ""), "")
        .to_string();
    if first.is_none() || pages.is_empty() || rest.trim() != head.trim() {
        return Err("__wasm_split.js is not laid out as the build tool expects".into());
    }
    if !files.keys().eq(modules.keys()) {
        return Err(format!(
            "__wasm_split.js loads {:?}, the split wrote {:?}",
            files.keys().collect::<Vec<_>>(),
            modules.keys().collect::<Vec<_>>()
        ));
    }

    // A page that reads the timeline and the sources (`Need::records` in the route table) needs
    // the code that reads them as soon as it opens: its bundle holds that part's modules too.
    let records = pages
        .iter()
        .find(|(page, _)| page == RECORDS_CHUNK)
        .map(|(page, deps)| {
            let mut names = deps.clone();
            names.push(format!("split_{page}"));
            names
        })
        .ok_or_else(|| format!("__wasm_split.js has no {RECORDS_CHUNK}"))?;
    let bundled: Vec<(String, Vec<String>, Vec<String>)> = pages
        .into_iter()
        .map(|(page, deps)| {
            let needs_records = ROUTES.iter().any(|r| r.chunk == page && r.data.records);
            let own = format!("split_{page}");
            let extra: Vec<String> = records
                .iter()
                .filter(|n| needs_records && !deps.contains(n) && **n != own)
                .cloned()
                .collect();
            (page, deps, extra)
        })
        .collect();

    // Each page's modules, merged into one (merge.rs) and optimised: wasm-merge and wasm-opt are
    // the slow part, one page per core at a time. A bundle gets `-O3` and the level once more
    // after its level: its modules now call each other directly, and inlining across them
    // leaves every bundle smaller once compressed (bench/decisions.md).
    let level = opt_args.first().cloned().unwrap_or_default();
    let mut bundle_args = vec![level.clone(), "-O3".to_string(), level];
    bundle_args.extend(opt_args.iter().skip(1).cloned());
    let work = std::env::temp_dir().join(format!("build_site_merge_{}", std::process::id()));
    let merged = on_every_core(&bundled, |(page, deps, extra)| {
        let own = format!("split_{page}");
        let parts: Vec<(&str, &[u8])> = deps
            .iter()
            .chain([&own])
            .chain(extra)
            .map(|n| (n.as_str(), modules[n].as_slice()))
            .collect();
        let file = merge::merge(&parts, &work.join(page), opt_args)
            .map_err(|e| format!("bundle of {page}: {e}"))?;
        write(&file, &optimise(&file, &bundle_args)?)?;
        crate::layout::for_compression(&file, opt_args.get(1..).unwrap_or_default())
    });
    let _ = fs::remove_dir_all(&work);
    let mut bundles = HashMap::new();
    let mut exports = String::new();
    for ((page, deps, extra), data) in bundled.iter().zip(merged) {
        let data = data?;
        let file = format!("./bundle_{page}-{}.wasm", short_hash(&data));
        write(&stage.join(&file), &data)?;
        exports.push_str(&format!(
            "export const __wasm_split_load_{page} = page({}, {}, {}, {});\n",
            js(&format!("split_{page}")),
            js(&file),
            js(deps),
            js(extra),
        ));
        bundles.insert(page.clone(), file);
    }
    // Each module's file is `./<name>-<the split's hash>.wasm`: the loader gives the hash once.
    let mut hashes = files.iter().map(|(name, file)| {
        file.strip_prefix(&format!("./{name}-"))
            .and_then(|rest| rest.strip_suffix(".wasm"))
            .ok_or_else(|| format!("__wasm_split.js loads {name} from {file}"))
    });
    let build = hashes.next().unwrap_or(Ok(""))?;
    if let Some(other) = hashes.find(|h| h.as_ref().is_ok_and(|h| *h != build)) {
        return Err(format!(
            "__wasm_split.js: modules named with two hashes, {build} and {}",
            other?
        ));
    }
    let table = format!("const build = {};\n", js(build));
    Ok((
        format!("{head}{BUNDLE_LOADER}{table}{MODULES}{exports}"),
        bundles,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module blocks as wasm-split writes them, after the names were hashed.
    fn block(name: &str, deps: &str) -> String {
        format!(
            "makeLoad(() => {{\n    const src = fetch(new URL(\"./{name}-01234567.wasm\", import.meta.url));\n    src.catch(() => {{}});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}}\n, [{deps}])"
        )
    }

    #[test]
    fn one_hash_names_every_module_of_a_split() {
        let a = BTreeMap::from([
            ("chunk_1".to_string(), vec![1, 2]),
            ("chunk_2".to_string(), vec![3]),
        ]);
        let mut b = a.clone();
        b.insert("chunk_2".to_string(), vec![4]);
        // The same name and bytes split differently between two modules.
        let c = BTreeMap::from([
            ("chunk_1".to_string(), vec![1]),
            ("chunk_2".to_string(), vec![2, 3]),
        ]);
        assert_eq!(split_hash(&a), split_hash(&a.clone()));
        assert_eq!(split_hash(&a).len(), HASH_DIGITS);
        assert_ne!(split_hash(&a), split_hash(&b));
        assert_ne!(split_hash(&a), split_hash(&c));
    }

    #[test]
    fn the_preload_goes_and_the_start_waits_for_the_first_paint() {
        let html = r#"<link rel="stylesheet" href="a.css"><link rel="preload" href="x_bg.wasm" as="fetch"><script type="module">const wasm = await init('x_bg.wasm');</script>"#;
        let out = defer_wasm(html).unwrap();
        assert!(out.contains("a.css"));
        assert!(!out.contains("href=\"x_bg.wasm\""));
        assert!(out.contains("largest-contentful-paint"));
        let after_paint = out.find("setTimeout(r, 1000)");
        assert!(after_paint.is_some() && after_paint < out.find("const wasm = await init("));
        assert!(defer_wasm("<p>no start-up script</p>").is_err());
    }

    #[test]
    fn each_page_gets_its_modules_merged_into_one_bundle() {
        let head = "import { initSync } from \"./yentu-explorer-1.js\";\nfunction makeLoad() {}\n";
        let loader = format!(
            "{head}/* page_home */\nconst __chunk_1 = {};\nconst __chunk_2 = {};\n\
             export const __wasm_split_load_page_home = wrapAsyncCb({});\n\
             export const __wasm_split_load_page_site = wrapAsyncCb({});\n\
             export const __wasm_split_load_part_records = wrapAsyncCb({});\n",
            block("chunk_1", ""),
            block("chunk_2", ""),
            block("split_page_home", "__chunk_1"),
            block("split_page_site", "__chunk_1"),
            block("split_part_records", "__chunk_1, __chunk_2"),
        );
        let modules = BTreeMap::from([
            ("chunk_1".to_string(), merge::tests::part(1, 10)),
            ("chunk_2".to_string(), merge::tests::part(3, 30)),
            ("split_page_home".to_string(), merge::tests::part(2, 20)),
            ("split_page_site".to_string(), merge::tests::part(4, 40)),
            ("split_part_records".to_string(), merge::tests::part(5, 50)),
        ]);
        let dir = std::env::temp_dir().join(format!("build_site_chunks_{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let args = ["-Oz".to_string(), "--enable-reference-types".to_string()];
        let (out, bundles) = bundle_pages(&dir, &loader, &modules, &args).unwrap();
        let file = &bundles["page_home"];
        assert!(out.starts_with(head));
        assert!(out.contains(&format!(
            "export const __wasm_split_load_page_home = page(\"split_page_home\", \"{file}\", [\"chunk_1\"], []);"
        )));
        // The site page shows the sources: its bundle also holds the modules that read them,
        // each once.
        let site = &bundles["page_site"];
        assert!(out.contains(&format!(
            "export const __wasm_split_load_page_site = page(\"split_page_site\", \"{site}\", [\"chunk_1\"], [\"chunk_2\",\"split_part_records\"]);"
        )));
        let data = fs::read(dir.join(site)).unwrap();
        assert_eq!(merge::tests::table_slots(&data), [1, 3, 4, 5]);
        // One module that fills both modules' table slots, importing what they imported.
        let data = fs::read(dir.join(file)).unwrap();
        assert_eq!(merge::tests::table_slots(&data), [1, 2]);
        assert_eq!(
            merge::tests::imports_of(&data),
            [
                ("__wasm_split".to_string(), "memory".to_string()),
                (
                    "__wasm_split".to_string(),
                    "__indirect_function_table".to_string()
                )
            ]
        );
        // The split's one hash, given once; the modules are named after it.
        assert!(out.contains("const build = \"01234567\";"));
        assert!(!out.contains("chunk_1-"));
        let two_hashes = loader.replacen("chunk_2-01234567", "chunk_2-89abcdef", 1);
        let err = bundle_pages(&dir, &two_hashes, &modules, &args).unwrap_err();
        assert!(err.contains("two hashes"), "{err}");
        // A loader laid out otherwise is refused, not half rewritten.
        assert!(bundle_pages(&dir, "const x = 1;", &modules, &args).is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
