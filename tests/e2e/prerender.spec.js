// Every page as its own HTML file, written by the build (src/bin/build_site/) with the app's own
// views: found by a plain static host (root and sub-path), readable before and without the app,
// and taken over by the app without any visible change (src/main.rs).
const { test, expect } = require("@playwright/test");

const subRoot = (baseURL) => baseURL.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) + "/yentu";

/** Every page of the site, from the data: each route in both languages, each site's and each person's page. */
async function allPaths(request) {
  const sites = await (await request.get("/data/sites.json")).json();
  const people = await (await request.get("/data/people.json")).json();
  const vi = [
    "/", "/sites/", "/map/", "/dossier/", "/festivals/", "/sources/", "/plan/", "/people/", "/data/",
    ...sites.map((s) => `/site/${s.id}/`),
    ...people.map((p) => `/person/${p.id}/`),
  ];
  return { sites, people, paths: vi.flatMap((p) => [p, p === "/" ? "/en/" : `/en${p}`]) };
}

const one = (html, re) => {
  const m = re.exec(html);
  return m ? m[1] : null;
};
const decode = (s) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

test("every page answers 200 with its own title, h1, canonical and alternates, at the root and under /yentu/", async ({ request, baseURL }) => {
  const { sites, people, paths } = await allPaths(request);
  for (const root of [baseURL, subRoot(baseURL)]) {
    const titles = new Map();
    for (const path of paths) {
      const res = await request.get(root + path, { maxRedirects: 0 });
      expect(res.status(), root + path).toBe(200);
      const html = await res.text();
      const en = path.startsWith("/en/");
      expect(one(html, /<html lang="([a-z]+)"/), path).toBe(en ? "en" : "vi");
      const title = decode(one(html, /<title>([^<]*)<\/title>/) || "");
      expect(title, path).not.toBe("");
      expect(titles.has(title), `${path} has the same title as ${titles.get(title)}`).toBe(false);
      titles.set(title, path);
      const h1 = one(html, /<h1[^>]*>([\s\S]*?)<\/h1>/);
      expect(h1, `${path} has an <h1>`).not.toBeNull();
      expect(one(html, /<link rel="canonical" href="([^"]+)"/), path).toBe(root + path);
      const vi = en ? (path === "/en/" ? "/" : path.slice(3)) : path;
      expect(one(html, /<link rel="alternate" hreflang="vi" href="([^"]+)"/), path).toBe(root + vi);
      expect(one(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/), path).toBe(root + (vi === "/" ? "/en/" : `/en${vi}`));
      expect(one(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/), path).toBe(root + vi);
      const site = sites.find((s) => vi === `/site/${s.id}/`);
      if (site) {
        const name = en ? site.name.en : site.name.vi;
        expect(decode(h1.replace(/<[^>]+>/g, "")), path).toBe(name);
        const ld = JSON.parse(one(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/));
        expect(ld.name, path).toBe(name);
        expect(ld.url, path).toBe(root + path);
        // A place without a position of its own (issue 19) has no coordinates in its JSON-LD.
        if (site.location) expect(ld.geo.latitude, path).toBe(site.location.lat);
        else expect(ld.geo, path).toBeUndefined();
      }
      const person = people.find((p) => vi === `/person/${p.id}/`);
      if (person) {
        expect(decode(h1.replace(/<[^>]+>/g, "")), path).toBe(person.name.vi);
        const ld = JSON.parse(one(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/));
        expect(ld["@type"], path).toBe("Person");
        expect(ld.url, path).toBe(root + path);
        if (person.died != null) expect(ld.deathDate, path).toBe(String(person.died));
      }
    }
  }
});

test("every share image named by a page exists and is 1200×630", async ({ request, baseURL }) => {
  const { paths } = await allPaths(request);
  const seen = new Set();
  for (const path of paths) {
    const html = await (await request.get(baseURL + path)).text();
    const image = decode(one(html, /<meta property="og:image" content="([^"]+)"/) || "");
    expect(image, `${path} names a share image`).not.toBe("");
    expect(one(html, /<meta name="twitter:image" content="([^"]+)"/), path).toBe(image);
    if (seen.has(image)) continue;
    seen.add(image);
    const res = await request.get(image);
    expect(res.status(), image).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString("latin1"), image).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  expect(seen.size).toBeGreaterThan(20);
});

test("unknown addresses get the not-found page; sitemap and robots name every page", async ({ request, baseURL }) => {
  const res = await request.get(`${baseURL}/no/such/page`);
  expect(res.status()).toBe(404);
  const html = await res.text();
  expect(html).toContain("<h1");
  expect(html).toMatch(/Không tìm thấy|Not found/);
  const robots = await (await request.get(`${baseURL}/robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const sitemap = await (await request.get(`${baseURL}/sitemap.xml`)).text();
  const { paths } = await allPaths(request);
  for (const p of paths) expect(sitemap).toContain(`<loc>${baseURL}${p}</loc>`);
});

test("the app takes over every page type with no visible change: an h1 in every frame, no layout shift, the same text", async ({ page, request }) => {
  // The pages are written for the build's day in Vietnam and the app counts festival dates from
  // the visitor's day, so a run that crosses midnight there (17:00 UTC) between the build and
  // the test would see the day change. The page's clock is fixed to the build's day.
  const written = await (await request.get("/site/con-son/")).text();
  const built = /tính từ ngày <time datetime="(\d{4})-(\d{2})-(\d{2})">/.exec(written);
  expect(built, "the site page names the day its festival dates were computed for").not.toBeNull();
  await page.clock.setFixedTime(new Date(Date.UTC(+built[1], +built[2] - 1, +built[3], 5)));
  await page.addInitScript(() => {
    window.__frames = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("DOMContentLoaded", () => {
      window.__textBefore = document.querySelector("main").innerText;
    });
    const tick = () => {
      const h1 = document.querySelector("main h1");
      window.__frames.push(h1 ? h1.textContent : null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (const path of ["/", "/en/sites/", "/site/con-son/", "/en/site/tay-yen-tu/", "/en/dossier/", "/festivals/", "/en/sources/", "/map/", "/people/", "/en/person/tran-nhan-tong/"]) {
    await page.goto(path);
    await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
    await page.waitForTimeout(300);
    const { frames, shift, before, after } = await page.evaluate(() => ({
      frames: window.__frames,
      shift: window.__shift,
      before: window.__textBefore,
      after: document.querySelector("main").innerText,
    }));
    const first = frames.findIndex((f) => f !== null);
    expect(first, `${path}: an h1 was drawn`).toBeGreaterThanOrEqual(0);
    const missing = frames.slice(first).filter((f) => f === null).length;
    expect(missing, `${path}: frames without the page's h1 after the first paint`).toBe(0);
    expect(new Set(frames.slice(first)).size, `${path}: the h1 never changes`).toBe(1);
    expect(shift, `${path}: layout shift`).toBe(0);
    if (path !== "/map/") expect(after, `${path}: the main text is the same before and after`).toBe(before);
  }
});
