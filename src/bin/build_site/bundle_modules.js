function fetcher(name) {
    return () => {
        const merged = takePart(name);
        if (merged) return merged;
        const src = fetch(new URL(`./${name}-${build}.wasm`, import.meta.url));
        src.catch(() => {});
        return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
    };
}
const shared = new Map();
function sharedModule(name) {
    if (!shared.has(name)) shared.set(name, makeLoad(fetcher(name), []));
    return shared.get(name);
}
// `extra`: modules of another part the bundle also holds (the code that reads the timeline and
// the sources, for the pages that show them), loaded when that part asks for them.
function page(name, bundle, deps, extra) {
    return wrapAsyncCb(withBundle(bundle, [...deps, name, ...extra], makeLoad(fetcher(name), deps.map(sharedModule))));
}
