// The offline copy (issue 16), not a test: its size, raw and as transferred (gzip level 6, as
// scripts/static_server.py and most static hosts send it; PNG icons as they are), from the exact
// file list in the build's sw.js; and the time from a first visit's navigation to "offline copy
// complete" (the panel's data-offline="complete"), median of fresh browser contexts. Usage:
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
