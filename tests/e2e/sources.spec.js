// The sources page: grouped by kind of publisher, one label per source (the id the footnotes
// show), dates where the data has one, remarks in the page's language.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

test("sources in four groups, each with its one label, date and remarks in Vietnamese", async ({ page, request }) => {
  const errors = trackErrors(page);
  const sources = await (await request.get("/data/sources.json")).json();
  await open(page, "/sources?lang=vi");
  await expect(page.locator("h1")).toHaveText("Nguồn tư liệu");
  await expect(page.locator("main h2")).toHaveText([
    "UNESCO và các cơ quan chính thức",
    "Báo chí",
    "Tài liệu tham khảo",
    "Du lịch",
  ]);
  const items = page.locator("li.source");
  await expect(items).toHaveCount(sources.length);
  // One label each, the source's id; no second, list-generated number.
  expect(await page.locator("ol.source-list").count()).toBe(0);
  const labels = await page.locator("li.source > .source-id").allTextContents();
  expect(labels).toEqual(expect.arrayContaining(sources.map((s) => s.id)));
  expect(labels.length).toBe(sources.length);
  // A date wherever the data has one.
  const dated = sources.filter((s) => s.date);
  await expect(page.locator("li.source time.date")).toHaveCount(dated.length);
  await expect(page.locator("#src-s34 time.date")).toHaveText("17/07/2025");
  await expect(page.locator("#src-s34 time.date")).toHaveAttribute("datetime", "2025-07-17");
  // UNESCO's pages are in the official group.
  await expect(page.locator("#sources-official #src-s8")).toHaveCount(1);
  // Remarks in the page's language; the page's own language named when it is not Vietnamese.
  await expect(page.locator("#src-s4 .source-note")).toHaveText("Danh sách 12 hợp phần, xếp theo tỉnh.");
  await expect(page.locator("#src-s3 .source-lang")).toHaveText("tiếng Anh");
  await expect(page.locator("#src-s1 .source-lang")).toHaveCount(0);
  const text = await page.locator("main").innerText();
  for (const english of ["printable", "served from a CDN mirror", "English edition", "personal pages"]) {
    expect(text).not.toContain(english);
  }
  expect(errors).toEqual([]);
});

test("the same list in English, remarks in English", async ({ page }) => {
  await open(page, "/sources?lang=en");
  await expect(page.locator("main h2").first()).toHaveText("UNESCO and official bodies");
  await expect(page.locator("#src-s4 .source-note")).toHaveText("The 12 component parts, grouped by province.");
  await expect(page.locator("#src-f13 .source-note")).toContainText("CDN");
  await expect(page.locator("#src-s1 .source-lang")).toHaveText("in Vietnamese");
  await expect(page.locator("#src-s34 time.date")).toHaveText("17 Jul 2025");
  // The groups' links lead to them.
  await page.getByRole("link", { name: "Travel" }).click();
  await expect(page.locator("#sources-travel h2")).toBeInViewport();
});

test("a footnote's label leads to the same source on the sources page", async ({ page }) => {
  await open(page, "/site/con-son?lang=vi");
  const label = page.locator("ol.site-footnotes a.source-id").first();
  const id = await label.textContent();
  await label.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#src-${id}$`));
  await expect(page.locator(`#src-${id}`)).toBeInViewport();
  await expect(page.locator(`#src-${id} > .source-id`)).toHaveText(id);
});
