// The site offline and installable (issue 16): the service worker the build writes
// (src/bin/build_site/offline.rs, sw.js), the offline panel (src/components/offline.rs), the
// manifest and icons, and the phone header.
//
// The offline tests serve the built folder from their own static server (E2E_PORT + 2), which
// they stop to go offline: the browser's offline emulation alone does not reach the service
// worker's own fetches in every version, a stopped server does. The browser context is set
// offline too.
const { test, expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const { spawn, execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const ownPort = Number(process.env.E2E_PORT || 8081) + 2;
const dist = process.env.E2E_DIST || `${root}/dist`;
const distSub = process.env.E2E_DIST_SUB || `${root}/dist-sub`;
const subRoot = (baseURL) => baseURL.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) + "/yentu";

/** Serves `dir` (under `prefix`) on the tests' own port until stop(); `requests` lists the paths
 * the server was asked for. */
async function serve(dir, prefix = "/") {
  const proc = spawn("python3", [`${root}/scripts/static_server.py`, "--dir", dir, "--port", String(ownPort), "--prefix", prefix], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const requests = [];
  let log = "";
  // The server's access log: `127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 -`.
  proc.stderr.on("data", (chunk) => {
    log += chunk;
    const lines = log.split("\n");
    log = lines.pop();
    for (const line of lines) {
      const m = line.match(/"GET (\S+) HTTP/);
      if (m) requests.push(new URL(m[1], "http://x").pathname);
    }
  });
  const url = `http://127.0.0.1:${ownPort}${prefix.replace(/\/$/, "")}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url + "/");
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    requests,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", resolve);
        proc.kill();
      }),
  };
}

/** axe on the page as it is (the states only this spec reaches: the menu open, the update
 * notice, "Save for offline use"), zero violations as in a11y.spec.js. */
async function audit(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

async function ready(page) {
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.locator("main .loading")).toHaveCount(0);
}

async function offlineCopyComplete(page) {
  await expect(page.locator(".offline-panel[data-offline=complete]")).toHaveCount(1, { timeout: 90_000 });
}

/**
 * The pages' requests that failed or answered with an error, other than the expected not-found
 * page. (The service worker's own tries of the network fail offline, by design, before it
 * answers from its cache: those are not the page's.)
 */
function trackFailures(context) {
  const failures = [];
  const pages = (r) => !r.serviceWorker();
  context.on("requestfailed", (r) => pages(r) && failures.push(`${r.url()}: ${r.failure() && r.failure().errorText}`));
  context.on("response", (r) => {
    if (pages(r.request()) && r.status() >= 400 && !r.url().includes("no-such-page")) failures.push(`${r.url()}: ${r.status()}`);
  });
  return failures;
}

async function sitesOf(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, "data", "sites.json"), "utf8"));
}

async function offlineJourney(page, context, dir, prefix) {
  test.setTimeout(240_000);
  const sites = await sitesOf(dir);
  const site = sites[0];
  const server = await serve(dir, prefix);
  const errors = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e}`));
  page.on("console", (m) => {
    const expected404 = page.url().includes("no-such-page") && m.text().includes("404");
    if (m.type() === "error" && !expected404) errors.push(`${page.url()}: ${m.text().slice(0, 300)}`);
  });
  try {
    await page.goto(server.url + "/");
    await ready(page);
    await offlineCopyComplete(page);
    await expect(page.locator(".offline-status")).toContainText("Bản ngoại tuyến đã đầy đủ");
  } finally {
    await server.stop();
  }
  await context.setOffline(true);
  const failures = trackFailures(context);
  await expect(page.locator(".offline-now")).toHaveText("Đang ngoại tuyến: mọi thứ ở đây vẫn dùng được.");

  // Every page type in both languages, by address.
  const pages = ["/", "/sites/", "/map/", "/dossier/", "/festivals/", "/sources/", `/site/${site.id}/`];
  for (const p of pages) {
    for (const lang of ["vi", "en"]) {
      const address = lang === "vi" ? p : p === "/" ? "/en/" : `/en${p}`;
      await page.goto(server.url + address);
      await ready(page);
      await expect(page.locator("html"), address).toHaveAttribute("lang", lang);
      await expect(page.locator("main h1"), address).toBeVisible();
      await expect(page.locator("main .error-panel"), address).toHaveCount(0);
    }
  }
  await expect(page.locator("main h1")).toHaveText(site.name.en);

  // A deep link, reloaded; an address without its final "/"; an unknown address.
  await page.reload();
  await ready(page);
  await expect(page.locator("main h1")).toHaveText(site.name.en);
  await page.goto(server.url + "/en/sources");
  await ready(page);
  await expect(page).toHaveURL(/\/en\/sources\/$/);
  await expect(page.locator("main h1")).toHaveText("Sources");
  await page.goto(server.url + "/no-such-page/");
  await ready(page);
  await expect(page.locator("main h1")).toContainText("Không tìm thấy");

  // By link: the sections from the home page, then a site from the catalogue.
  await page.goto(server.url + "/");
  await ready(page);
  for (const section of ["festivals", "map", "dossier", "sites"]) {
    const link = page.locator(`header a[href$="/${section}/"]`);
    if (!(await link.isVisible())) await page.locator(".menu-toggle").click();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${section}/$`));
    await ready(page);
    await expect(page.locator("main h1")).toBeVisible();
  }

  // Search and filter in the catalogue, then a site by its card.
  const search = page.getByLabel("Tìm kiếm");
  await search.fill("kiep bac");
  await expect(page.locator(".cat-cards .site-card").first()).toBeVisible();
  await search.fill("");
  await page
    .locator('fieldset[data-facet="status"]:visible label.facet-option', { hasText: "Hợp phần di sản" })
    .getByRole("checkbox")
    .check();
  await expect(page.locator(".result-count")).toHaveText("12 kết quả");

  // A site by its card in the filtered catalogue, then back to the catalogue as it was left.
  await page.locator(".cat-cards .site-card a").first().click();
  await expect(page).toHaveURL(/\/site\/[^/]+\/$/);
  await ready(page);
  await page.goBack();
  await ready(page);
  await expect(page.locator(".result-count")).toHaveText("12 kết quả");

  // The map draws its provinces and markers; the festival calendar and its .ics.
  await page.goto(server.url + "/map/");
  await ready(page);
  await expect(page.locator(".map-svg path.province").first()).toBeVisible();
  await expect(page.locator(".map-svg .marker").first()).toBeAttached();
  await page.goto(server.url + "/en/festivals/");
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download calendar (.ics)" }).click(),
  ]);
  const ics = fs.readFileSync(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);

  expect(failures).toEqual([]);
  expect(errors).toEqual([]);
  await context.setOffline(false);
}

test("offline: every page in both languages by address, link and reload; search, filter, map, .ics", async ({ page, context }) => {
  await offlineJourney(page, context, dist, "/");
});

test("offline under a sub-path (/yentu/)", async ({ page, context }) => {
  test.skip(!fs.existsSync(path.join(distSub, "sw.js")), "no sub-path build with a service worker");
  const sw = fs.readFileSync(path.join(distSub, "index.html"), "utf8");
  test.skip(!sw.includes('href="/yentu/"'), "E2E_DIST_SUB is not a PUBLIC_URL=/yentu/ build");
  await offlineJourney(page, context, distSub, "/yentu/");
});

test("a returning visitor's pages, code and data come from the offline copy, not the network", async ({ page }) => {
  test.setTimeout(120_000);
  // Content-hashed files by name (trunk's 16 hex digits, the build tool's 8), and files without.
  const hashed = fs.readdirSync(dist).filter((f) => /-[0-9a-f]{8,}(_bg)?\.(wasm|js|css)$/.test(f));
  expect(hashed.filter((f) => f.startsWith("bundle_page_map-"))).toHaveLength(1);
  const files = [...hashed, "__wasm_split.js", "data/sites.json", "data/sites-lite.json", "en/map/"];
  const server = await serve(dist);
  try {
    await page.goto(server.url + "/map/");
    await ready(page);
    await offlineCopyComplete(page);
    server.requests.length = 0;
    // As a weak signal's slow answers would be waited for: pages by link and reload, then every
    // file asked for past the browser's own cache (`no-store`).
    for (const address of ["/en/sites/", "/site/con-son/", "/map/"]) {
      await page.goto(server.url + address);
      await ready(page);
    }
    await page.reload();
    await ready(page);
    // An address without its final "/" is sent to the page's own address, as the host does.
    await page.goto(server.url + "/en/festivals?x=1");
    await ready(page);
    await expect(page).toHaveURL(/\/en\/festivals\/\?x=1$/);
    const statuses = await page.evaluate(async (files) => {
      const out = [];
      for (const f of files) out.push((await fetch(`/${f}`, { cache: "no-store" })).status);
      return out;
    }, files);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Only the browser's check for a newer build reaches the server.
    expect(server.requests.filter((p) => p !== "/sw.js")).toEqual([]);
  } finally {
    await server.stop();
  }
});

test("update: build B replaces A only when the visitor reloads; A's caches are removed", async ({ page }) => {
  test.setTimeout(180_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "yentu-update-"));
  const a = path.join(tmp, "a");
  const b = path.join(tmp, "b");
  const live = path.join(tmp, "live");
  fs.cpSync(dist, a, { recursive: true });
  fs.cpSync(dist, b, { recursive: true });
  // Build B: a changed data file, then the build tool's offline step over the folder (a new
  // file list hash, i.e. a new cache name).
  const sites = await sitesOf(b);
  const site = sites[0];
  const nameA = site.name.vi;
  const nameEnA = site.name.en;
  site.name.vi = `${nameA} (B)`;
  site.name.en = `${nameEnA} (B)`;
  fs.writeFileSync(path.join(b, "data", "sites.json"), JSON.stringify(sites));
  // A page only B has: A without the site's English page.
  fs.rmSync(path.join(a, "en", "site", site.id), { recursive: true });
  for (const dir of [a, b]) {
    execFileSync(`${root}/target/debug/build_site`, ["--offline", dir], { env: { ...process.env, PUBLIC_URL: "/" } });
  }
  const cacheOf = (dir) => /const CACHE = "([^"]+)"/.exec(fs.readFileSync(path.join(dir, "sw.js"), "utf8"))[1];
  expect(cacheOf(a)).not.toBe(cacheOf(b));

  fs.symlinkSync(a, live);
  const server = await serve(live);
  try {
    await page.goto(`${server.url}/site/${site.id}/`);
    await ready(page);
    await offlineCopyComplete(page);
    await expect(page.locator("main h1")).toHaveText(nameA);
    expect(await page.evaluate(() => caches.keys())).toEqual([cacheOf(a)]);

    // Deploy B (swap the folder), and let the page ask for updates as it does when shown again.
    fs.symlinkSync(b, live + ".new");
    fs.renameSync(live + ".new", live);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.locator(".update-notice");
    await expect(notice).toContainText("Đã có phiên bản mới.", { timeout: 60_000 });
    // Nothing reloads on its own.
    await page.waitForTimeout(1000);
    await expect(page.locator("main h1")).toHaveText(nameA);
    await audit(page);
    // Meanwhile a page only B has comes from the network with B's data, not A's; A's pages
    // still come from A.
    await page.goto(`${server.url}/en/site/${site.id}/`);
    await ready(page);
    await expect(page.locator("main h1")).toHaveText(`${nameEnA} (B)`);
    await page.goto(`${server.url}/site/${site.id}/`);
    await ready(page);
    await expect(page.locator("main h1")).toHaveText(nameA);
    await expect(notice).toContainText("Đã có phiên bản mới.", { timeout: 30_000 });

    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Tải lại" }).click()]);
    await ready(page);
    await expect(page.locator("main h1")).toHaveText(`${nameA} (B)`);
    await offlineCopyComplete(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([cacheOf(b)]);
  } finally {
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("Save-Data: nothing beyond the first page's files until “Save for offline use”", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  // The browser's data saver: the header on every request and navigator.connection.saveData
  // (Chromium sets both; headless Chromium has no setting for it).
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "connection", { configurable: true, get: () => ({ saveData: true }) });
  });
  await context.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), "save-data": "on" } }));
  const requested = [];
  context.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/");
  await ready(page);
  const save = page.getByRole("button", { name: /^Lưu để dùng khi không có mạng \(\d+(,\d)? MB\)$/ });
  await expect(save).toBeVisible();
  await audit(page);
  await page.waitForTimeout(4000);
  expect(requested.filter((p) => p.endsWith("sw.js") || p.endsWith(".html") || (p.endsWith("/") && p !== "/"))).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);

  await save.click();
  await offlineCopyComplete(page);
  expect(requested).toContain("/sw.js");
  expect((await page.evaluate(() => caches.keys())).length).toBe(1);
  const usage = page.locator(".offline-status");
  await expect(usage).toContainText("Dung lượng trên máy:");

  // "Remove offline copy": the worker and the caches go; the choice is remembered.
  await page.getByRole("button", { name: "Xóa bản ngoại tuyến" }).click();
  await expect(page.locator(".offline-panel[data-offline=not-saved]")).toHaveCount(1);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(baseURL).toBeTruthy();
});

test("installable: no installability error, the manifest parses clean, icons at their declared sizes", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  // A persistent profile: Chromium never offers to install from an incognito context, which
  // Playwright's contexts are.
  const { chromium } = require("@playwright/test");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "yentu-install-"));
  const { launchOptions } = test.info().project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, locale: "vi-VN" });
  const page = await context.newPage();
  try {
    await installable(page, request, baseURL);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

async function installable(page, request, baseURL) {
  await page.goto(baseURL + "/");
  await ready(page);
  await offlineCopyComplete(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send("Page.getAppManifest");
  expect(manifest.errors).toEqual([]);
  const m = JSON.parse(manifest.data);
  expect(m.display).toBe("standalone");
  expect(m.lang).toBe("vi");
  expect(m.start_url).toBe("./");
  expect(m.icons.some((i) => i.purpose === "maskable")).toBe(true);
  const size = (buf) => [buf.readUInt32BE(16), buf.readUInt32BE(20)];
  for (const icon of m.icons) {
    const res = await request.get(new URL(icon.src, manifest.url).href);
    expect(res.status(), icon.src).toBe(200);
    const [w, h] = icon.sizes.split("x").map(Number);
    expect(size(await res.body()), icon.src).toEqual([w, h]);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(size(await (await request.get(`${baseURL}/${apple}`)).body())).toEqual([180, 180]);
}

test.describe("phone, 360 × 780", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  for (const address of ["/sites/", "/en/sites/"]) {
    test(`compact header and the first result on the first screen (${address})`, async ({ page }) => {
      await page.goto(address);
      await ready(page);
      const header = await page.locator(".site-header").boundingBox();
      expect(header.height).toBeLessThanOrEqual(120);
      const first = await page.locator(".cat-cards .site-card").first().boundingBox();
      expect(first.y).toBeLessThan(780);
      await expect(page.getByRole("searchbox")).toBeInViewport();

      // The sections: one tap away, behind a real disclosure button.
      const toggle = page.locator(".menu-toggle");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(page.locator(".nav-list")).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const festivals = page.locator('.nav-list a[href$="/festivals/"]');
      await expect(festivals).toBeVisible();
      await audit(page);
      // Escape closes it and gives the focus back to the button.
      await festivals.focus();
      await page.keyboard.press("Escape");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(toggle).toBeFocused();
      await toggle.click();
      await festivals.click();
      await expect(page).toHaveURL(/\/festivals\/$/);
      await ready(page);
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
    });
  }
});

test("desktop header unchanged: the navigation is shown, no menu button", async ({ page }) => {
  await page.goto("/sites/");
  await ready(page);
  await expect(page.locator(".nav-list")).toBeVisible();
  await expect(page.locator(".menu-toggle")).toBeHidden();
});
