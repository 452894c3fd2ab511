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
// - fetch: every file of the build's list, pages included, from the cache first: the device's
//   copy is one whole build (never old code with new data), and a visitor on a weak signal waits
//   for nothing the phone already holds. A newer build reaches the visitor through the update
//   above, which the browser looks for on every visit (it fetches sw.js past every cache). Files
//   not in the list come from the network; a page that is neither cached nor reachable: the
//   site's 404.html. A page this build does not have, answered by the network (a newer build's),
//   gets its files from the network first too, so that it never runs with this build's code.

const CACHE = "__CACHE__"; // BUILD: "yentu-" + the build's content hash
const FILES = __FILES__; // BUILD: every file to keep, relative to the scope (pages as "dir/")
const NOT_FOUND = "404.html";
// The marker the page reads to say when the offline copy was made (and that it is complete).
const COMPLETE = "__offline-complete";
const NETWORK_TIMEOUT_MS = 3000;
const scope = new URL(self.registration.scope);
// The pages (clients) this worker answered from the network: see "fetch" above.
const fromNetwork = new Set();

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
    event.respondWith(page(request, url, event.resultingClientId));
  } else if (fromNetwork.has(event.clientId)) {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
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

// A page: the cached copy (the query, e.g. a search, is the app's business); for an address
// without its final "/" whose page is cached, a redirect to it, as the static host answers; else
// the network (an address this build does not have); else the not-found page.
async function page(request, url, clientId) {
  const cached = await fromCache(request, { ignoreSearch: true });
  if (cached) return cached;
  if (!url.pathname.endsWith("/") && (await fromCache(url.pathname + "/", { ignoreSearch: true }))) {
    return Response.redirect(new URL(url.pathname + "/" + url.search, url).href, 301);
  }
  const response = await network(request);
  if (response) {
    if (clientId) {
      fromNetwork.add(clientId);
      // Only the pages open now matter: the oldest entries go.
      if (fromNetwork.size > 50) fromNetwork.delete(fromNetwork.values().next().value);
    }
    return response;
  }
  const notFound = await fromCache(new URL(NOT_FOUND, scope).href);
  if (notFound) {
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  return Response.error();
}
