// The map's load timing alone (a narrower run than bench.js): navigation → first marker drawn,
// with the real data and with the synthetic sites, medians of fresh page loads. Usage:
//   node bench/map_bench.js <base-url-real> <base-url-synth> <runs> [label]
const path = require("path");
const { chromium } = require(path.join(__dirname, "../tests/e2e/node_modules/playwright"));

const ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
// As in bench.js: the first marker drawn by the app itself, once it has taken over the written
// page (src/main.rs).
const MAP = "html[data-app=ready] #app svg .markers [role=button]";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function loadTime(browser, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await ctx.newPage();
    await page.addInitScript(`(() => {
      const check = () => { if (window.__first === undefined && document.querySelector(${JSON.stringify(MAP)})) window.__first = performance.now(); };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-app"] });
    })();`);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector(MAP, { timeout: 60000 });
    await page.waitForFunction(() => window.__first !== undefined);
    times.push(await page.evaluate(() => window.__first));
    await ctx.close();
  }
  return { median: Math.round(median(times)), all: times.map((t) => Math.round(t)) };
}

(async () => {
  const [realBase, synthBase, runsArg, label = ""] = process.argv.slice(2);
  const runs = Number(runsArg || 7);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ARGS });
  const real = await loadTime(browser, `${realBase}/map/`, runs);
  const synth = await loadTime(browser, `${synthBase}/map/`, runs);
  await browser.close();
  console.log(JSON.stringify({ label, real, synth, ratio: +(synth.median / real.median).toFixed(2) }));
})().catch((e) => { console.error(e); process.exit(1); });
