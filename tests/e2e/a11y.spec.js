// Accessibility audit: axe-core on every page and state, in both languages, with zero violations.
const { test, expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const { open } = require("./helpers");

async function audit(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`
  );
  expect(summary).toEqual([]);
}

const pages = [
  ["overview", "/?lang=vi"],
  ["overview (en)", "/?lang=en"],
  ["catalogue", "/sites?lang=vi"],
  ["catalogue with filters and search", "/sites?lang=en&q=chua&kind=pagoda&province=hai-phong"],
  ["catalogue with no result", "/sites?lang=vi&q=zzzz"],
  ["site page", "/site/con-son?lang=vi"],
  ["site page (associated place)", "/site/quynh-lam?lang=en"],
  ["not found", "/site/no-such-place?lang=en"],
  ["dossier", "/dossier?lang=vi"],
  ["dossier filtered", "/dossier?lang=en&phase=evaluation"],
  ["map", "/map?lang=vi"],
  ["map with a selected site", "/map?lang=en&site=con-son"],
  ["festivals", "/festivals?lang=vi&today=2026-01-15"],
  ["sources", "/sources?lang=en"],
  ["sources (vi)", "/sources?lang=vi"],
  ["catalogue searching", "/sites?lang=vi&q=C%C3%B4n%20S%C6%A1n"],
  ["site page within a component's area", "/site/hue-quang-stupa-garden/"],
  ["site page whose position is not known", "/en/site/tay-yen-tu/"],
  ["site page of a component with a place in its area", "/en/site/hoa-yen/"],
  ["map (en)", "/en/map/"],
  ["planner with a stop within a component", "/en/plan/?s=con-son,hue-quang-stupa-garden"],
  ["planner (empty)", "/plan/"],
  ["planner with twelve stops, two days and a date", "/en/plan/?s=hoa-yen,lan,ngoa-van,thai-mieu-nha-tran,bai-coc-yen-giang,vinh-nghiem,bo-da,con-son,kiep-bac,thanh-mai,kinh-chu,nham-duong&d=6&date=2026-02-26"],
  ["planner across the Đồng Việt bridge", "/plan/?s=vinh-nghiem,con-son&r=1"],
  ["people with lifelines", "/people/"],
  ["people with lifelines (en)", "/en/people/"],
  ["person page", "/person/tran-nhan-tong/"],
  ["person page, uncertain (en)", "/en/person/tran-thanh-tong/"],
  ["person page without dates (en)", "/en/person/nguyen-trai/"],
  ["catalogue filtered by person", "/en/sites/?person=huyen-quang"],
  ["open data", "/data/"],
  ["open data (en)", "/en/data/"],
];

// Every page on a desktop, on a 360 px phone, and on that phone with the text at 200 %.
const sizes = [
  ["desktop", { width: 1280, height: 800 }, false],
  ["phone", { width: 360, height: 780 }, false],
  ["phone, text 200 %", { width: 360, height: 780 }, true],
];

for (const [name, path] of pages) {
  for (const [size, viewport, bigText] of sizes) {
    test(`axe: ${name} (${size})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      if (bigText) await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      await audit(page);
    });
  }
}

test("axe: the catalogue's filter sheet open on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, "/sites?lang=en&kind=cave");
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
  await audit(page);
});

test("axe: error state", async ({ page }) => {
  await page.route("**/data/sites.json", (route) => route.fulfill({ status: 503, body: "" }));
  await open(page, "/sites?lang=en");
  await expect(page.getByRole("alert")).toBeVisible();
  await audit(page);
});

test("axe: a page whose code could not be downloaded", async ({ page }) => {
  await page.route(/\/(split_|chunk_|bundle_)[^/]*\.wasm$/, (route) => route.abort("internetdisconnected"));
  await open(page, "/map?lang=vi");
  await expect(page.getByRole("alert")).toContainText("Không tải được trang này");
  await audit(page);
});

test("axe: phone width, dark colour scheme", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await open(page, "/site/kiep-bac?lang=vi");
  await expect(page.locator("main h1").first()).toBeVisible();
  await audit(page);
});
