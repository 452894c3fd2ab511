// The offline copy (issue 16), not a test: its size, raw and as transferred (gzip level 6, as
// scripts/static_server.py and most static hosts send it; PNG icons as they are), from the exact
// file list in the build's sw.js; and the time from a first visit's navigation to "offline copy
// complete" (the panel's data-offline="complete"), median of fresh browser contexts; and a
// returning visit on a weak signal: once the copy is complete, every answer from the network held
// back WEAK_DELAY_MS (the service worker's own fetches too), then navigation → the app ready on
// three pages. Usage:
//   node bench/offline_bench.js <built dir> <base url it is served at> [runs]
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require(path.join(__dirname, "../tests/e2e/node_modules/playwright"));

const ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const COMPRESSIBLE = /\.(wasm|js|css|json|html|svg|ics|txt|webmanifest)$/;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function sizes(dir) {
  const sw = fs.readFileSync(path.join(dir, "sw.js"), "utf8");
  const list = JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(sw)[1]);
  let raw = 0;
  let gz = 0;
  for (const url of list) {
    const rel = decodeURIComponent(url === "./" ? "index.html" : url.endsWith("/") ? `${url}index.html` : url);
    const bytes = fs.readFileSync(path.join(dir, rel));
    raw += bytes.length;
    gz += COMPRESSIBLE.test(rel) ? zlib.gzipSync(bytes, { level: 6 }).length : bytes.length;
  }
  return { files: list.length, raw, gzip: gz };
}

const WEAK_DELAY_MS = 5000;
const WEAK_PAGES = ["map/", "en/sites/", "site/con-son/"];

/** Navigation → `html[data-app=ready]` on WEAK_PAGES with every network answer WEAK_DELAY_MS late. */
async function weakSignal(context, page, base) {
  await context.route("**/*", async (route) => {
    await new Promise((r) => setTimeout(r, WEAK_DELAY_MS));
    await route.continue().catch(() => {});
  });
  const readyMs = [];
  for (const p of WEAK_PAGES) {
    const t0 = Date.now();
    await page.goto(base.replace(/\/?$/, "/") + p, { waitUntil: "commit", timeout: 60_000 });
    await page.waitForSelector("html[data-app=ready]", { timeout: 60_000, state: "attached" });
    readyMs.push(Date.now() - t0);
  }
  await context.unrouteAll({ behavior: "ignoreErrors" });
  return { delayMs: WEAK_DELAY_MS, pages: WEAK_PAGES, readyMs };
}

async function main() {
  const [dir, base, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg || 5);
  const out = { ...sizes(dir), runs, completeMs: [] };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ARGS });
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(base.replace(/\/?$/, "/"));
    await page.waitForSelector(".offline-panel[data-offline=complete]", { timeout: 120_000, state: "attached" });
    out.completeMs.push(Date.now() - t0);
    if (i === 0) out.weak = await weakSignal(context, page, base);
    await context.close();
  }
  await browser.close();
  out.medianCompleteMs = median(out.completeMs);
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
