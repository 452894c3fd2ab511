// The site's service worker, written by the build tool (src/bin/build_site/offline.rs) from this
// template: the lines marked BUILD are filled in with this build's file list and content hash.
// Plain JavaScript, no library. What it does:
//
// - install: every file the site needs offline (each page in both languages, the app's code and
//   page chunks, styles, data, icons) is fetched into one cache named after the build's content
//   hash. `addAll` is all or nothing: a build is never half cached. The new worker then waits:
//   the page tells the visitor "A new version is ready" and the visitor chooses when to reload
//   (the page then sends "skip-waiting").
// - activate: the caches of older builds are deleted; open pages are taken under control (the
//   first visit's page too, so that its links work offline straight away).
// - fetch: files whose name holds a content hash: from the cache first. Pages, data and the
//   other unhashed files: from the network first (so that an online visitor always reads the
//   deployed version), from the cache when the network fails or takes longer than
//   NETWORK_TIMEOUT_MS. A page that is not in the cache, offline: the site's 404.html.

const CACHE = "__CACHE__"; // BUILD: "yentu-" + the build's content hash
const FILES = __FILES__; // BUILD: every file to keep, relative to the scope (pages as "dir/")
const NOT_FOUND = "404.html";
// The marker the page reads to say when the offline copy was made (and that it is complete).
const COMPLETE = "__offline-complete";
const NETWORK_TIMEOUT_MS = 3000;
// BUILD: the files of FILES whose name holds a content hash (offline.rs's `is_hashed`: trunk's
// main-8df68f619d0bfe50.css, the build tool's bundle_page_map-0a1b2c3d.wasm, …)
const HASHED = new Set(__HASHED__);

const scope = new URL(self.registration.scope);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `cache: "no-cache"`: revalidated with the server, never an old copy from the HTTP cache.
      await cache.addAll(FILES.map((f) => new Request(new URL(f, scope), { cache: "no-cache" })));
      await cache.put(new URL(COMPLETE, scope), new Response(new Date().toISOString()));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("yentu-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  } else if (HASHED.has(url.pathname.slice(scope.pathname.length))) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

async function fromCache(request, options = {}) {
  const cache = await caches.open(CACHE);
  // ignoreVary: a host may answer with "Vary: Accept-Encoding", which says nothing about the
  // file's content.
  return cache.match(request, { ignoreVary: true, ...options });
}

async function cacheFirst(request) {
  return (await fromCache(request)) || fetch(request);
}

// The network's answer, or undefined if it fails, answers with a server error or is slower than
// NETWORK_TIMEOUT_MS (or the device knows it is offline).
function network(request) {
  if (!self.navigator.onLine) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), NETWORK_TIMEOUT_MS);
    fetch(request).then(
      // A server error counts as no answer: the cached copy is better than an error page.
      (response) => { clearTimeout(timer); resolve(response.status >= 500 ? undefined : response); },
      () => { clearTimeout(timer); resolve(undefined); },
    );
  });
}

async function networkFirst(request) {
  const response = await network(request);
  if (response) return response;
  return (await fromCache(request, { ignoreSearch: true })) || Response.error();
}

// A page: the network, else the cached copy (the query, e.g. a search, is the app's business),
// also for an address without its final "/", else the not-found page.
async function page(request, url) {
  const response = await network(request);
  if (response) return response;
  const cached =
    (await fromCache(request, { ignoreSearch: true })) ||
    (!url.pathname.endsWith("/") && (await fromCache(url.pathname + "/", { ignoreSearch: true })));
  if (cached) return cached;
  const notFound = await fromCache(new URL(NOT_FOUND, scope).href);
  if (notFound) {
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  return Response.error();
}
