// The Data page (src/pages/data.rs) and its files (src/bin/build_site/downloads.rs), and the
// catalogue's "download these results" (src/components/catalogue/export.rs), both from
// src/domain/export.rs. tests/downloads_check.py reads the built files with independent readers.
const { test, expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const fs = require("fs");
const { open, trackErrors } = require("./helpers");

const subRoot = (baseURL) => baseURL.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) + "/yentu";
const HAI_DUONG_FIVE = ["con-son", "kiep-bac", "thanh-mai", "kinh-chu", "nham-duong"];

/** A CSV text's records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test("the catalogue filtered to the former province Hải Dương downloads exactly its five sites", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/sites/?province=hai-duong");
  await expect(page.locator(".result-count")).toHaveText("5 kết quả");
  const csv = await download(page, page.getByRole("button", { name: "CSV" }));
  expect(csv.name).toBe("cac-diem-di-tich.csv");
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.bytes.toString("utf8").slice(1));
  const header = rows[0];
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  expect(records.map((r) => r.id).sort()).toEqual([...HAI_DUONG_FIVE].sort());
  for (const r of records) expect(r.province_before_2025).toBe("Hải Dương");
  const conSon = records.find((r) => r.id === "con-son");
  expect(conSon.name_vi).toContain("Côn Sơn");
  expect(conSon.url_en).toMatch(/\/en\/site\/con-son\/$/);
  // The same list as GeoJSON, in English this time.
  await open(page, "/en/sites/?province=hai-duong");
  const geo = await download(page, page.getByRole("button", { name: "GeoJSON" }));
  expect(geo.name).toBe("yen-tu-sites.geojson");
  const fc = JSON.parse(geo.bytes.toString("utf8"));
  expect(fc.type).toBe("FeatureCollection");
  expect(fc.features.map((f) => f.id).sort()).toEqual([...HAI_DUONG_FIVE].sort());
  expect(errors).toEqual([]);
});

test("the export's code comes with the first click, and a failed fetch says the file could not be saved", async ({ page }) => {
  const errors = trackErrors(page);
  const fetched = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    if (/_part_export/.test(name)) fetched.push(name);
  });
  let fail = true;
  await page.route(/_part_export[^/]*\.wasm$/, (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
  await open(page, "/en/sites/?province=hai-duong");
  await expect(page.locator(".result-count")).toHaveText("5 results");
  // Landing on the catalogue does not bring it.
  expect(fetched).toEqual([]);
  await page.getByRole("button", { name: "CSV" }).click();
  await expect(page.locator(".cat-export-error")).toHaveText("The file could not be saved.");
  expect(fetched.length).toBeGreaterThan(0);
  // With the signal back, the same button saves the file.
  fail = false;
  const csv = await download(page, page.getByRole("button", { name: "CSV" }));
  expect(csv.name).toBe("yen-tu-sites.csv");
  await expect(page.locator(".cat-export-error")).toBeHidden();
  expect(errors.filter((e) => !/part_export|Failed to load resource/.test(e))).toEqual([]);
});

test("“download these results” is not printed", async ({ page }) => {
  await open(page, "/sites/");
  await expect(page.locator(".cat-export")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".cat-export")).toBeHidden();
});

/** Every link in the Data page's main content, as the page shows it at `root`. */
async function mainLinks(page, url) {
  await open(page, url);
  await expect(page.locator("main h1")).toBeVisible();
  return page.locator("main a").evaluateAll((as) => as.map((a) => a.href));
}

test("every link on the Data page answers 200, at the root and under /yentu/", async ({ page, request, baseURL }) => {
  const roots = [baseURL];
  const sub = subRoot(baseURL);
  const shell = await (await request.get(sub + "/")).text();
  // scripts/e2e-dev.sh serves the root build there too; only a /yentu/ build's links can pass.
  if (/<base href=["']?\/yentu\//.test(shell)) roots.push(sub);
  for (const root of roots) {
    for (const path of ["/data/", "/en/data/"]) {
      const links = await mainLinks(page, root + path);
      const own = links.filter((l) => l.startsWith(new URL(root).origin));
      expect(own.length, root + path).toBeGreaterThanOrEqual(12);
      for (const l of ["data/downloads/sites.csv", "data/downloads/festivals.ics", "data/sites.json", "data/schema/"]) {
        expect(own, root + path).toContain(`${root}/${l}`);
      }
      for (const link of own) {
        const res = await request.get(link);
        expect(res.status(), link).toBe(200);
      }
    }
  }
  // The footer and the sources page lead here.
  await open(page, "/en/sources/");
  await page.locator("main").getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/en\/data\/$/);
  await expect(page.locator("footer").getByRole("link", { name: "Open data" })).toHaveAttribute("href", "/en/data/");
});

test("the data guide is a page in the site's style", async ({ page }) => {
  await page.goto("/data/schema/");
  await expect(page.locator("h1")).toContainText("guide");
  await expect(page.locator("table").first()).toBeVisible();
  expect(await page.locator("link[rel=stylesheet]").count()).toBe(1);
});

for (const path of ["/data/", "/en/data/"]) {
  test(`axe: the Data page ${path}`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator("main h1")).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
