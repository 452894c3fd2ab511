// Trust under bad conditions: every failure gets a clear message naming what failed and a way to
// try again; nothing from the data is ever inserted as HTML; the CSP holds.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
    );
  });
}

test("HTTP 500 on a data file: message names the file and status; try again recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/data/people.json", (route) =>
    fail ? route.fulfill({ status: 500, body: "oops" }) : route.continue()
  );
  await open(page, "/?lang=en");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("people.json");
  await expect(alert).toContainText("HTTP 500");
  // The shell keeps working: navigation and the language switch are still there.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("link", { name: "Tiếng Việt", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Máy chủ trả lỗi HTTP 500");
  fail = false;
  await page.getByRole("button", { name: "Thử lại" }).click();
  await expect(page.locator(".components .site-card")).toHaveCount(12);
});

test("network failure: message says the connection failed and names the file", async ({ page }) => {
  await page.route("**/data/timeline.json", (route) => route.abort("internetdisconnected"));
  await open(page, "/dossier?lang=en");
  await expect(page.getByRole("alert")).toContainText("Could not connect to load timeline.json");
});

test("malformed JSON: message names the file, line and column", async ({ page }) => {
  await page.route("**/data/sites.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '[\n  {"id": "x",\n  oops\n]' })
  );
  await open(page, "/sites?lang=en");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("sites.json is malformed (line 3, column");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
});

test("valid JSON of the wrong shape: message names the file and the missing field", async ({ page }) => {
  await page.route("**/data/sources.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '[{"id": "s1"}]' })
  );
  await open(page, "/sources?lang=en");
  await expect(page.getByRole("alert")).toContainText("sources.json");
  await page.getByText("Technical detail").click();
  await expect(page.getByRole("alert")).toContainText("missing field");
});

test("data is shown as text, never parsed as HTML", async ({ page, request }) => {
  const sites = await (await request.get("/data/sites.json")).json();
  sites[0].name.en = '<img src=x onerror="window.__pwned=1">Hoa Yen';
  await page.route("**/data/sites.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(sites) })
  );
  await open(page, "/?lang=en");
  await expect(page.locator(".site-card").first()).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(page.locator(".site-card img")).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("the app runs under its Content-Security-Policy with no violation", async ({ page }) => {
  await recordCspViolations(page);
  const errors = trackErrors(page);
  for (const path of ["/?lang=vi", "/sites?lang=en", "/site/con-son", "/dossier", "/map", "/festivals", "/sources"]) {
    await open(page, path);
    await expect(page.locator("main h1").first()).toBeVisible();
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

test("before the WebAssembly runs, and if it cannot start, the written page is there to read", async ({ page }) => {
  // Hold the WebAssembly back: what shows is the page as the build wrote it.
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/en/");
  await expect(page.locator("main h1")).toContainText("Complex of Monuments and Landscapes");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main .site-card").first()).toContainText("Hoa Yen Pagoda");
  await expect(page.getByRole("link", { name: "Tiếng Việt", exact: true })).toHaveAttribute("href", "/");
  await page.goto("/site/con-son/");
  await expect(page.locator("main h1")).toHaveText("Chùa Côn Sơn");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("before the app has started, the written page's phone menu opens and closes", async ({ page }) => {
  // Hold the WebAssembly back, as on a slow connection: the button must work all the same.
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/en/sites/");
  const toggle = page.locator("#app .menu-toggle");
  const festivals = page.locator("#site-nav").getByRole("link", { name: "Festivals" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(festivals).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(festivals).toBeVisible();
  await toggle.click();
  await expect(festivals).toBeHidden();
  await expect(page.locator("html")).not.toHaveAttribute("data-app", "ready");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a site page shows its description and citations", async ({ page }) => {
    await page.goto("/en/site/con-son/");
    await expect(page.locator("main h1")).toHaveText("Con Son Pagoda");
    await expect(page.locator(".site-about, main").first()).toContainText("Huyền Quang");
    const cites = page.locator("main a.cite-ref");
    expect(await cites.count()).toBeGreaterThan(0);
    await expect(page.locator("main ol li a[href^='http']").first()).toBeVisible();
  });
  test("the catalogue lists every site", async ({ page, request }) => {
    const sites = await (await request.get("/data/sites.json")).json();
    await page.goto("/sites/");
    await expect(page.locator("main h1")).toBeVisible();
    for (const s of sites.slice(0, 5)) {
      await expect(page.locator(`main a[href$="/site/${s.id}/"]`).first()).toBeAttached();
    }
    const shown = await page.locator("main .site-card").count();
    expect(shown).toBeGreaterThan(0);
  });
  test("the dossier shows its timeline", async ({ page, request }) => {
    const timeline = await (await request.get("/data/timeline.json")).json();
    await page.goto("/en/dossier/");
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator(`#m-${timeline[0].id}`)).toBeAttached();
    await expect(page.locator(`#m-${timeline[timeline.length - 1].id}`)).toBeAttached();
  });
});

test("a page's code chunk that cannot be fetched: a clear message, try again loads the page", async ({ page }) => {
  // The release build fetches each page's code on first use (src/lazy.rs). Fail every chunk
  // and every bundle of chunks.
  const chunk = /\/(split_|chunk_|bundle_)[^/]*\.wasm$/;
  let fail = false;
  let failed = 0;
  await page.route(chunk, (route) => {
    if (!fail) return route.continue();
    failed += 1;
    return route.abort("internetdisconnected");
  });
  const errors = trackErrors(page);
  await open(page, "/?lang=en");
  await expect(page.locator(".components .site-card")).toHaveCount(12);
  // The overview's own code has come; from now on every fetch of page code fails.
  fail = true;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This page could not be loaded");
  await expect(alert).toContainText("Check your connection");
  expect(failed).toBeGreaterThan(0);
  // The rest of the app keeps working.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.locator(".components .site-card")).toHaveCount(12);
  await page.goBack();
  await expect(page.getByRole("alert")).toContainText("This page could not be loaded");
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("svg .markers [role=button]").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("once the first visit settles, every page's code is fetched, so pages open without a signal", async ({ page, context }) => {
  const chunks = new Set();
  page.on("requestfinished", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    // A page's own module comes alone or in the bundle of the first page fetched.
    const m = /^(?:split|bundle)_(page_\w+)-[0-9a-f]+\.wasm$/.exec(name);
    if (m) chunks.add("split_" + m[1]);
  });
  await open(page, "/?lang=en");
  // The prefetch starts a few seconds after the data has loaded.
  await expect.poll(() => chunks.size, { timeout: 20_000 }).toBe(11);
  expect([...chunks].sort()).toEqual([
    "split_page_data", "split_page_dossier", "split_page_festivals", "split_page_home", "split_page_map",
    "split_page_people", "split_page_person", "split_page_plan", "split_page_site",
    "split_page_sites", "split_page_sources",
  ]);
  const errors = trackErrors(page);
  await context.setOffline(true);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Sites" }).click();
  await expect(page.locator("main .site-card").first()).toBeVisible();
  await nav.getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test("the overview, the catalogue and the map read neither the timeline nor the sources; the pages that show them do", async ({ page }) => {
  const data = [];
  page.on("request", (r) => {
    const m = /\/data\/(\w+)\.json$/.exec(new URL(r.url()).pathname);
    if (m) data.push(m[1]);
  });
  // At the takeover: the whole data follows only a few seconds later, for the next page.
  for (const path of ["/?lang=en", "/sites?lang=en", "/map?lang=en"]) {
    data.length = 0;
    await open(page, path);
    await expect(page.locator("main h1")).toBeVisible();
    expect(data, path).toContain("people");
    expect(data, path).not.toContain("timeline");
    expect(data, path).not.toContain("sources");
  }
  // Opened from there, the site page loads them, with the code that reads them.
  const errors = trackErrors(page);
  await page.goto("/site/con-son/?lang=en");
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.locator("main .description").first()).toContainText("Côn Sơn");
  expect(data).toContain("timeline");
  expect(data).toContain("sources");
  // Its sources are listed by title: read from sources.json.
  await expect(page.locator("main .site-footnotes .source-link").first()).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test("landing on a page fetches its code in one file; the next page fetches only what it lacks", async ({ page }) => {
  const code = [];
  page.on("requestfinished", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    // Pages' code only: the offline panel's part comes on its own a few seconds after the takeover.
    if (/^(split|chunk|bundle)_.*\.wasm$/.test(name) && !/_part_/.test(name)) code.push(name.replace(/-[0-9a-f]+\.wasm$/, ""));
  });
  const errors = trackErrors(page);
  await open(page, "/dossier?lang=en");
  await expect(page.locator("ol.timeline > li").first()).toBeVisible();
  expect(code).toEqual(["bundle_page_dossier"]);
  code.length = 0;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
  await expect(page.locator("svg .markers [role=button]").first()).toBeVisible();
  // Playwright reports a finished request a moment after the browser may already have compiled it.
  await expect.poll(() => code).toContain("split_page_map");
  expect(code.filter((n) => n.startsWith("bundle_"))).toEqual([]);
  // Modules the dossier already brought are not fetched again: each module at most once, and
  // fewer than the loader's whole table. (Each page added splits the code shared between pages
  // into more, smaller chunks, so a fixed count would only measure how many pages there are.)
  expect(new Set(code).size).toBe(code.length);
  const loader = await (await page.request.get("__wasm_split.js")).text();
  // The loader (minified) names every shared module in the page entries' lists.
  const table = new Set(loader.match(/chunk_\d+/g));
  expect(code.length).toBeLessThan(table.size);
  expect(errors).toEqual([]);
});
