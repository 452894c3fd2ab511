// The page of one site: names, ⚠ caveats, numbered citations and footnotes, location,
// festivals with lunar and solar dates, dossier milestones, nearest components, prev/next.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

/** "≈ 12,3 km" or "≈ 12.3 km" → 12.3 */
const km = (text) => Number(text.replace(/[^\d,.]/g, "").replace(",", "."));

test("a deep link opens the site page with names, ⚠ blocks and location", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/site/con-son?lang=vi");
  await expect(page.locator("h1")).toHaveText("Chùa Côn Sơn");
  await expect(page).toHaveTitle(/^Chùa Côn Sơn · /);
  await expect(page.locator(".site-alt-names")).toContainText("chùa Hun");
  await expect(page.locator(".site-badges")).toContainText("Hợp phần 8");
  await expect(page.locator(".site-badges")).toContainText("Phục hưng");
  const caveat = page.locator(".caveat-block").first();
  await expect(caveat).toContainText("⚠ Chưa chắc chắn");
  await expect(caveat).toContainText("14–23");
  // Uncertain festival and visitor information carry their own ⚠ note.
  await expect(page.locator(".site-festivals .uncertain-note")).toContainText("⚠");
  await expect(page.locator(".site-visit .uncertain-note")).toContainText("⚠ Chưa chắc chắn");
  await expect(page.locator(".site-visit .as-of")).toContainText("10/2015");
  await expect(page.locator(".site-location")).toContainText("Hải Phòng (trước 2025: Hải Dương)");
  await expect(page.locator(".site-location .coords")).toHaveText("21.1400° B, 106.3800° Đ");
  await expect(page.locator(".site-location")).toContainText("vị trí ước tính ±3 km");
  await expect(page.locator(".site-about .description p")).toHaveCount(4);
  // People with roles and life dates; a name leads to the person's page, a second link to the
  // catalogue filtered by that person.
  const hq = page.locator(".people-list li", { hasText: "Huyền Quang" });
  await expect(hq).toContainText("mất 1334");
  await expect(hq.getByRole("link", { name: "Huyền Quang" })).toHaveAttribute("href", /\/person\/huyen-quang\/$/);
  await expect(hq.locator("a.person-sites-link")).toHaveAttribute("href", /\/sites\/\?person=huyen-quang$/);
  // Headings in order: one h1, then h2 per section.
  await expect(page.locator("article h1")).toHaveCount(1);
  const levels = await page.locator("article :is(h1,h2,h3)").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  const map = page.getByRole("link", { name: "Xem trên bản đồ" });
  await expect(map).toHaveAttribute("href", /\/map\/\?site=con-son$/);
  expect(errors).toEqual([]);
});

test("citations are numbered in order of first use and link to the footnotes", async ({ page, request }) => {
  const sources = await (await request.get("/data/sources.json")).json();
  await open(page, "/site/con-son?lang=en");
  const refs = page.locator("a.cite-ref");
  await expect(refs.first()).toBeVisible();
  expect(await refs.count()).toBeGreaterThan(3);
  // Numbers appear in order of first use: each new number is one more than the highest so far.
  const numbers = (await refs.allTextContents()).map((t) => Number(t.replace(/\D/g, "")));
  let max = 0;
  for (const n of numbers) {
    expect(n).toBeLessThanOrEqual(max + 1);
    max = Math.max(max, n);
  }
  // Every cited number has its footnote; the list may go on with the site's general sources.
  const notes = page.locator("ol.site-footnotes > li");
  expect(await notes.count()).toBeGreaterThanOrEqual(max);
  await expect(page.locator(`#cite-${max}`)).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Sources", level: 2 })).toBeVisible();
  // [1] → #cite-1, which names a source and links to its URL.
  const first = refs.first();
  await expect(first).toHaveText("[1]");
  await expect(first).toHaveAttribute("href", /\/en\/site\/con-son\/#cite-1$/);
  await first.click();
  await expect(page).toHaveURL(/#cite-1$/);
  const note = page.locator("#cite-1");
  await expect(note).toBeInViewport();
  const link = note.locator("a.source-link");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  const url = await link.getAttribute("href");
  const src = sources.find((s) => s.url === url);
  expect(src).toBeTruthy();
  await expect(note).toContainText(src.publisher);
  await expect(note).toContainText(`(${src.id})`);
  // Its label leads to the same source on the sources page.
  await expect(note.locator("a.source-id")).toHaveAttribute("href", new RegExp(`/en/sources/#src-${src.id}$`));
  // The page stays the site page after following the citation.
  await expect(page.locator("h1")).toHaveText("Con Son Pagoda");
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("cite-1");
});

test("a link straight to a footnote scrolls to it once the data has loaded", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, "/site/con-son?lang=vi#cite-9");
  await expect(page.locator("#cite-9")).toBeInViewport();
});

test("festivals show lunar and solar dates for a fixed day", async ({ page }) => {
  await open(page, "/site/con-son?lang=vi&today=2026-01-15");
  const spring = page.locator(".festival", { hasText: "Lễ hội mùa xuân Côn Sơn" });
  await expect(spring).toContainText("16–23 tháng Giêng");
  await expect(spring).toContainText("04/03/2026");
  await expect(spring).toContainText("còn 48 ngày");
  await expect(page.getByRole("link", { name: "Lịch lễ hội của cả di sản" })).toHaveAttribute("href", /\/festivals\/$/);

  await open(page, "/site/con-son?lang=en&today=2026-01-15");
  const springEn = page.locator(".festival", { hasText: "Côn Sơn spring festival" });
  await expect(springEn).toContainText("16th–23rd days of the 1st lunar month");
  await expect(springEn).toContainText("4 Mar 2026");
  await expect(springEn).toContainText("in 48 days");

  // During the festival it says so.
  await open(page, "/site/con-son?lang=en&today=2026-03-05");
  await expect(page.locator(".festival", { hasText: "spring festival" })).toContainText("happening now (day 2 of 8)");
});

test("nearest components: three, with km, nearest first", async ({ page }) => {
  await open(page, "/site/con-son?lang=vi");
  const items = page.locator(".nearby li");
  await expect(items).toHaveCount(3);
  await expect(page.locator(".nearby .km").first()).toBeVisible();
  const distances = (await page.locator(".nearby .km").allTextContents()).map(km);
  for (const d of distances) expect(d).toBeGreaterThan(0);
  expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  await expect(page.locator(".nearby .km").first()).toContainText(/^≈ \d+,\d km$/);
  await expect(page.locator(".site-nearby")).toContainText("tọa độ ước tính");
  await expect(items.first().getByRole("link")).not.toHaveText("Chùa Côn Sơn");
});

test("previous and next components wrap around the series", async ({ page }) => {
  await open(page, "/site/con-son?lang=en");
  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/en\/site\/kiep-bac\/$/);
  await expect(page.locator("h1")).toHaveText("Kiep Bac Temple");
  await page.getByRole("link", { name: /Previous/ }).click();
  await expect(page.locator("h1")).toHaveText("Con Son Pagoda");
  await open(page, "/site/nham-duong?lang=en");
  await expect(page.locator(".site-prev-next .next")).toContainText("Component 1");
  await page.locator(".site-prev-next .next").click();
  await expect(page).toHaveURL(/\/en\/site\/hoa-yen\/$/);
});

test("an associated or dropped place says it is not one of the 12", async ({ page }) => {
  await open(page, "/site/tay-yen-tu?lang=vi");
  await expect(page.locator(".status-note")).toContainText("KHÔNG phải một trong 12 hợp phần");
  await expect(page.locator(".site-location")).toContainText("Chưa rõ vị trí");
  await expect(page.locator(".site-prev-next .prev")).toHaveCount(0);
  await open(page, "/site/den-an-sinh?lang=en");
  await expect(page.locator(".status-note")).toContainText("NOT one of the 12 component parts");
});

test("dossier milestones link to the timeline", async ({ page }) => {
  await open(page, "/site/con-son?lang=en");
  const links = page.locator(".milestones a");
  await expect(links.first()).toBeVisible();
  await expect(page.locator(".milestones a", { hasText: "2021" }).first()).toHaveAttribute(
    "href",
    /\/en\/dossier\/\?m=2021-con-son-kiep-bac-and-bach-dang-added$/
  );
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/\/en\/dossier\/\?m=[a-z0-9-]+$/);
  }
});

test("an unknown id shows not found without page errors", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/site/nowhere?lang=vi");
  await expect(page.locator("h1")).toHaveText("Không tìm thấy trang");
  expect(errors).toEqual([]);
});

test("the English page shows English texts and the Vietnamese name", async ({ page }) => {
  await open(page, "/site/con-son?lang=en");
  await expect(page.locator("h1")).toHaveText("Con Son Pagoda");
  await expect(page.locator(".site-vi-name")).toContainText("Chùa Côn Sơn");
  await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();
  await expect(page.locator(".site-location")).toContainText("approximate location ±3 km");
  await expect(page.locator(".caveat-block").first()).toContainText("⚠ Uncertain");
  await expect(page.locator(".site-visit .as-of")).toContainText("Oct 2015");
  await expect(page.locator(".key-facts")).toContainText("Pháp Loa enlarged the pagoda in 1329.");
});

test("at 360 px there is no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/site/con-son?lang=vi", "/site/tay-yen-tu?lang=en", "/site/hoa-yen?lang=en"]) {
    await open(page, path);
    await expect(page.locator(".site-sources")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
