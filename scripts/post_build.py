#!/usr/bin/env python3
"""trunk post-build hook, first step (scripts/post_build.sh runs the build tool after it):
the page chunks of the split release build, and the start-up script's timing.

- Paint first, then fetch the WebAssembly: trunk's `<link rel=preload>` of the .wasm is removed
  and its start-up script waits until the written page has been drawn before fetching it, so
  that on a weak connection the stylesheet and the page are not held back behind the app's code.
- Page chunks (split build only, see src/lazy.rs and scripts/split/): the chunk files that
  scripts/split/wasm-ld left in $YENTU_SPLIT_DIR are optimised with wasm-opt like the main module,
  named with a hash of their content (so a browser never pairs a cached chunk with a newer app),
  and copied next to the app with their loader __wasm_split.js, whose links are rewritten to
  those names and to the app's hashed .js file; each page's chunks are also written as one
  bundle, listed in bundles.json (chunk name → file) for the build tool, which makes each page
  ask for its own bundle together with the main module.
"""
import glob
import shutil
import subprocess
import hashlib
import json
import os
import re
import sys



# Waits until the written page's main text has been drawn before fetching the app: in Chromium,
# until the browser has recorded that paint as a largest-contentful-paint candidate (the app
# replaces the written copy, and a candidate removed before it is recorded is forgotten);
# elsewhere, until a timer queued from an animation frame runs, i.e. after the first frame.
# At most one second (tabs in the background draw no frames).
AFTER_PAINT = (
    "await new Promise((r) => { setTimeout(r, 1000);"
    " const lcp = 'largest-contentful-paint';"
    " if (!(self.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes(lcp))) {"
    " requestAnimationFrame(() => setTimeout(r, 0)); return; }"
    " new PerformanceObserver((l) => { if (l.getEntries().some((e) => e.element && e.element.closest('#app'))) r(); })"
    ".observe({ type: lcp, buffered: true }); });\n"
)


def defer_wasm(html: str) -> str:
    """Drops the .wasm preload and makes the start-up script wait for the first paint."""
    html, dropped = re.subn(r"<link(?=[^>]*\bpreload\b)(?=[^>]*\.wasm)[^>]*>", "", html)
    html, waits = re.subn(r"(const wasm = await init\()", AFTER_PAINT.replace("\\", "\\\\") + r"\1", html, count=1)
    if waits != 1:
        print("post_build: trunk's start-up script changed; the app is not deferred", file=sys.stderr)
    print(f"post_build: {dropped} wasm preload(s) dropped; start-up after the loading screen is drawn")
    return html


def wasm_opt_args() -> list:
    """The wasm-opt settings trunk uses for the main module: index.html's data-wasm-opt and
    data-wasm-opt-params, read from the source page so that the chunks always match."""
    with open("index.html", encoding="utf-8") as f:
        page = f.read()
    level = re.search(r'data-wasm-opt="([^"]+)"', page)
    params = re.search(r'data-wasm-opt-params="([^"]*)"', page)
    if level is None or params is None:
        raise OSError("index.html has no data-wasm-opt / data-wasm-opt-params")
    return ["-O" + level.group(1), *params.group(1).split()]


# The loader's code for bundles, added to wasm-split's __wasm_split.js by bundle_pages().
BUNDLE_LOADER = """
// Added by scripts/post_build.py: the first page opened gets its modules in one file (a bundle),
// so that they travel in one compressed response; later pages fetch only the modules they still
// lack, one file each. A bundle is a little-endian u32 n, n bytes of JSON [[name, length], ...],
// then the modules in that order.
const requested = new Set();
const parts = new Map();
function takePart(name) {
    const part = parts.get(name);
    parts.delete(name);
    requested.add(name);
    return part;
}
function fetchBundle(file, base) {
    const bytes = fetch(new URL(file, base)).then((r) => {
        if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
        return r.arrayBuffer();
    });
    bytes.catch(() => {});
    return bytes;
}
function withBundle(file, names, load) {
    return () => {
        if (names.every((n) => !requested.has(n) && !parts.has(n))) {
            // The start-up script has already asked for the landing page's bundle.
            const early = globalThis.__yentuBundle;
            globalThis.__yentuBundle = undefined;
            const bytes = early && early.file === file ? early.bytes : fetchBundle(file, import.meta.url);
            for (const name of names) {
                const part = bytes.then((buf) => {
                    const n = new DataView(buf).getUint32(0, true);
                    const index = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
                    let at = 4 + n;
                    for (const [key, length] of index) {
                        if (key === name) {
                            const body = new Uint8Array(buf, at, length);
                            return new Response(body, { headers: { "Content-Type": "application/wasm" } });
                        }
                        at += length;
                    }
                    throw new Error(`${name} is not in ${file}`);
                });
                part.catch(() => {});
                parts.set(name, part);
            }
        }
        return load();
    };
}
"""


# The module table of the rewritten loader (after BUNDLE_LOADER and `const files = {...}`).
MODULES = """function fetcher(name) {
    return () => {
        const src = takePart(name) || fetch(new URL(files[name], import.meta.url));
        src.catch(() => {});
        return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
    };
}
const shared = new Map();
function sharedModule(name) {
    if (!shared.has(name)) shared.set(name, makeLoad(fetcher(name), []));
    return shared.get(name);
}
function page(name, bundle, deps) {
    return wrapAsyncCb(withBundle(bundle, [...deps, name], makeLoad(fetcher(name), deps.map(sharedModule))));
}
"""


def bundle_pages(stage: str, loader: str, modules: dict) -> "tuple[str, dict]":
    """Writes, for each page, a bundle of its module and the shared modules it needs, and rewrites
    wasm-split's loader into a compact, table-driven one (the same makeLoad() and wrapAsyncCb(),
    one entry per module instead of a block each) that fetches a page's bundle when none of those
    modules has been requested yet (landing on the page), else the single modules it lacks.
    Returns the loader and each page's bundle (`page_map` → `./bundle_page_map-<hash>.wasm`)."""
    block = r'makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("(\./[A-Za-z0-9_]+-[0-9a-f]{16}\.wasm)", import\.meta\.url\)\);.*?\n\}\s*, \[([^\]]*)\]\)'
    chunk_re = re.compile(r"(?:/\* [^*]* \*/\s*)?const __(chunk_\d+) = " + block + r";\s*", re.S)
    page_re = re.compile(r"export const __wasm_split_load_(page_\w+) = wrapAsyncCb\(" + block + r"\);\s*", re.S)
    files = {}
    for m in chunk_re.finditer(loader):
        if m.group(3).strip():
            raise OSError(f"__wasm_split.js: {m.group(1)} has dependencies of its own")
        files[m.group(1)] = m.group(2)
    pages = []
    for m in page_re.finditer(loader):
        files["split_" + m.group(1)] = m.group(2)
        deps = [d.strip().removeprefix("__") for d in m.group(3).split(",") if d.strip()]
        pages.append((m.group(1), deps))
    first = chunk_re.search(loader) or page_re.search(loader)
    rest = page_re.sub("", chunk_re.sub("", loader))
    if first is None or not pages or rest.strip() != loader[: first.start()].strip():
        raise OSError("__wasm_split.js is not laid out as post_build.py expects")
    if sorted(files) != sorted(modules):
        raise OSError(f"__wasm_split.js loads {sorted(files)}, the split wrote {sorted(modules)}")
    bundles = {}
    exports = []
    for page, deps in pages:
        # Smallest first: gzip then compresses the bundle a little better than in any other
        # order tried (a few hundred bytes on the map's).
        names = sorted(deps + ["split_" + page], key=lambda n: len(modules[n]))
        index = json.dumps([[n, len(modules[n])] for n in names]).encode()
        data = len(index).to_bytes(4, "little") + index + b"".join(modules[n] for n in names)
        file = "./bundle_" + page + "-" + hashlib.sha256(data).hexdigest()[:16] + ".wasm"
        with open(os.path.join(stage, file), "wb") as f:
            f.write(data)
        bundles[page] = file
        exports.append(
            f"export const __wasm_split_load_{page} = page({json.dumps('split_' + page)}, {json.dumps(file)}, {json.dumps(deps)});"
        )
    table = "const files = " + json.dumps(files) + ";\n"
    return loader[: first.start()] + BUNDLE_LOADER.lstrip() + table + MODULES + "\n".join(exports) + "\n", bundles


def copy_chunks(stage: str) -> dict:
    """Optimises, hashes and copies the page chunks and their loader into the staging folder;
    returns each page's bundle (see bundle_pages), none for a build that is not split."""
    split = os.environ.get("YENTU_SPLIT_DIR", "")
    loader_path = os.path.join(split, "__wasm_split.js") if split else ""
    if not loader_path or not os.path.exists(loader_path):
        print("post_build: not a split build (no page chunks)")
        return {}
    apps = [
        os.path.basename(p)
        for p in glob.glob(os.path.join(stage, "yentu-explorer*.js"))
        if not p.endswith("_bg.js")
    ]
    if len(apps) != 1:
        raise OSError(f"expected one yentu-explorer*.js in {stage}, found {apps}")
    with open(loader_path, encoding="utf-8") as f:
        loader = f.read()
    main_import = '"./yentu-explorer.js"'
    if main_import not in loader:
        raise OSError(f"{loader_path} does not import {main_import}")
    loader = loader.replace(main_import, json.dumps("./" + apps[0]))
    wasm_opt = shutil.which("wasm-opt")
    if wasm_opt is None:
        raise OSError("wasm-opt is not on PATH (scripts/setup.sh installs it)")
    opt_args = wasm_opt_args()
    chunks = sorted(glob.glob(os.path.join(split, "*.wasm")))
    optimised_by_key = {}
    for chunk in chunks:
        name = os.path.basename(chunk)
        optimised = os.path.join(split, "opt-" + name + ".tmp")
        subprocess.run([wasm_opt, *opt_args, chunk, "-o", optimised], check=True)
        with open(optimised, "rb") as f:
            data = f.read()
        os.remove(optimised)
        optimised_by_key[name[: -len(".wasm")]] = data
        hashed = name[: -len(".wasm")] + "-" + hashlib.sha256(data).hexdigest()[:16] + ".wasm"
        ref = json.dumps("./" + name)
        if ref not in loader:
            raise OSError(f"{loader_path} does not load {name}")
        loader = loader.replace(ref, json.dumps("./" + hashed))
        with open(os.path.join(stage, hashed), "wb") as f:
            f.write(data)
    loader, bundles = bundle_pages(stage, loader, optimised_by_key)
    with open(os.path.join(stage, "__wasm_split.js"), "w", encoding="utf-8") as f:
        f.write(loader)
    print(f"post_build: {len(chunks)} page chunk(s), {len(bundles)} bundle(s) and their loader copied")
    return bundles


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "")
    index = os.path.join(stage, "index.html")
    try:
        with open(index, encoding="utf-8") as f:
            html = f.read()
    except OSError as e:
        print(f"post_build: cannot read {index}: {e}", file=sys.stderr)
        return 1
    html = defer_wasm(html)
    try:
        bundles = copy_chunks(stage)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"post_build: page chunks: {e}", file=sys.stderr)
        return 1
    with open(os.path.join(stage, "bundles.json"), "w", encoding="utf-8") as f:
        json.dump(bundles, f)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
