// Added by the build tool (src/bin/build_site/chunks.rs): the first page opened gets its modules
// in one file (a bundle), so that they travel in one compressed response; later pages fetch only
// the modules they still lack, one file each. A bundle is a little-endian u32 n, n bytes of JSON [[name, length], ...],
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
