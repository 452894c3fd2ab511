function fetcher(name) {
    return () => {
        const merged = takePart(name);
        if (merged) return merged;
        const src = fetch(new URL(files[name], import.meta.url));
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
