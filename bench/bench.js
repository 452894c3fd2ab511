// The benchmark (not a test): load and interaction timings in headless Chromium, medians of
// repeated runs, written as JSON for scripts/bench.sh to report. Usage:
//   node bench/bench.js <base-url-real> <base-url-synth> <runs>
const path = require("path");
const { chromium } = require(path.join(__dirname, "../tests/e2e/node_modules/playwright"));

const ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const CARD = ".site-card";
// Drawn by the app itself, once it has taken over the written page (src/main.rs).
const APP = "html[data-app=ready] #app";
const APP_CARD = `${APP} main .site-card`;
const MAP = `${APP} svg .markers [role=button]`;
const H1 = "main h1";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Records, from the page's own clock, when the first element matching `sel` is in the DOM.
function firstAppearance(sel) {
  return `(() => {
    const sel = ${JSON.stringify(sel)};
    const done = () => { window.__first = performance.now(); };
    const check = () => { if (window.__first === undefined && document.querySelector(sel)) done(); };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-app"] });
    document.addEventListener("DOMContentLoaded", check);
  })();`;
}

// When the first element matching `sel` is in the DOM, on one fresh load of `url`.
async function firstTime(browser, url, sel) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  await page.addInitScript(firstAppearance(sel));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(sel, { timeout: 60000 });
  await page.waitForFunction(() => window.__first !== undefined);
  const t = await page.evaluate(() => window.__first);
  await ctx.close();
  return t;
}

const summary = (times) => ({ median: median(times), runs: times.length, all: times.map((t) => Math.round(t)) });

async function loadTime(browser, url, sel, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstTime(browser, url, sel));
  return summary(times);
}

// The same as loadTime for two pages, loaded alternately, so that a slow spell of the machine
// weighs on both alike: for a page measured against its floor, when the two differ by a few
// milliseconds only.
async function pairedLoadTimes(browser, urlA, urlB, sel, runs) {
  const [a, b] = [[], []];
  for (let i = 0; i < runs; i++) {
    a.push(await firstTime(browser, urlA, sel));
    b.push(await firstTime(browser, urlB, sel));
  }
  return [summary(a), summary(b)];
}

// First contentful paint and largest contentful paint of a fresh load, from the page's own clock.
async function paintTimes(browser, url, runs) {
  const fcp = [];
  const lcp = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__lcp = Math.max(window.__lcp, e.startTime);
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1500);
    const got = await page.evaluate(() => ({
      fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime,
      lcp: window.__lcp,
    }));
    fcp.push(got.fcp);
    lcp.push(got.lcp);
    await ctx.close();
  }
  return { fcp: median(fcp), lcp: median(lcp), runs };
}

async function keystrokeTimes(browser, url, reps) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector(APP_CARD, { timeout: 60000 });
  const input = page.locator('input[type="search"]').first();
  await page.evaluate(() => {
    window.__lat = [];
    let t0 = null;
    document.addEventListener("keydown", () => { t0 = performance.now(); }, true);
    const target = document.querySelector("main");
    new MutationObserver(() => {
      if (t0 !== null) { window.__lat.push(performance.now() - t0); t0 = null; }
    }).observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const words = ["con son", "yen tu", "kiep bac", "chua"];
  for (let r = 0; r < reps; r++) {
    for (const w of words) {
      await input.fill("");
      await page.waitForTimeout(50);
      await page.evaluate(() => { window.__lat.length = window.__lat.length; });
      for (const ch of w) {
        await input.press(ch === " " ? "Space" : ch);
        await page.waitForTimeout(30);
      }
    }
  }
  const lat = await page.evaluate(() => window.__lat);
  await ctx.close();
  return { median: median(lat), samples: lat.length, p90: [...lat].sort((a, b) => a - b)[Math.floor(lat.length * 0.9)] };
}

// The code a visitor downloads when landing on `url`: every .wasm and .js file requested until
// `sel` is drawn (the release build splits pages into chunks fetched on demand).
async function codeFiles(browser, url, sel) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  const files = new Set();
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    if (/\.(wasm|js)$/.test(name)) files.add(name);
  });
  await page.goto(url);
  await page.waitForSelector(sel, { timeout: 60000 });
  await page.waitForLoadState("networkidle");
  await ctx.close();
  return [...files].sort();
}

(async () => {
  const [realBase, synthBase, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg || 7);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ARGS });
  const out = {};
  out.floor_first_card = await loadTime(browser, `${realBase}/floor.html`, CARD, runs);
  out.real_first_card = await loadTime(browser, `${realBase}/`, CARD, runs);
  out.real_app_card = await loadTime(browser, `${realBase}/`, APP_CARD, runs);
  out.real_catalogue_first_card = await loadTime(browser, `${realBase}/sites/`, APP_CARD, runs);
  out.real_map = await loadTime(browser, `${realBase}/map/`, MAP, runs);
  out.synth_catalogue_first_card = await loadTime(browser, `${synthBase}/sites/`, APP_CARD, runs);
  out.synth_map = await loadTime(browser, `${synthBase}/map/`, MAP, runs);
  // A deep-linked site page in each language: its own <h1>, first and largest paint, against a
  // static copy of the same page without its scripts (make_fixtures.py).
  out.site = {};
  // Its <h1> is in the written HTML, so both take a few tens of milliseconds: at least 9 loads
  // each, alternately.
  for (const [lang, path] of [["vi", "/site/con-son/"], ["en", "/en/site/con-son/"]]) {
    const [h1, floorH1] = await pairedLoadTimes(
      browser, `${realBase}${path}`, `${realBase}/site-floor-${lang}.html`, H1, Math.max(runs, 9));
    out.site[lang] = {
      h1,
      floor_h1: floorH1,
      paint: await paintTimes(browser, `${realBase}${path}`, runs),
      floor_paint: await paintTimes(browser, `${realBase}/site-floor-${lang}.html`, runs),
    };
  }
  out.code = {};
  for (const [name, path, sel] of [
    ["overview", "/", APP_CARD],
    ["catalogue", "/sites/", APP_CARD],
    ["site page", "/site/hoa-yen/", `${APP} ${H1}`],
    ["map", "/map/", MAP],
    ["dossier", "/dossier/", `${APP} ${H1}`],
    ["festivals", "/festivals/", `${APP} ${H1}`],
  ]) {
    out.code[name] = await codeFiles(browser, `${realBase}${path}`, sel);
  }
  out.real_keystroke = await keystrokeTimes(browser, `${realBase}/sites/`, 3);
  out.synth_keystroke = await keystrokeTimes(browser, `${synthBase}/sites/`, 1);
  await browser.close();
  console.log(JSON.stringify(out, null, 2));
})().catch((e) => { console.error(e); process.exit(1); });
