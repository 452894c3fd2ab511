// Added by the build tool (src/bin/build_site/chunks.rs): the first page opened gets all its
// modules merged into one (a bundle, src/bin/build_site/merge.rs), compiled and instantiated
// once; later pages fetch only the modules they still lack, one file each.
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
            // Every module of the bundle is loaded by the one instantiation of the bundle.
            let loading;
            const merged = (imports) => (loading ||= bytes.then((buf) => WebAssembly.instantiate(buf, imports)));
            for (const name of names) parts.set(name, merged);
        }
        return load();
    };
}
