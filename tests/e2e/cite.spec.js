// "Cite this page" (components/cite_page.rs) on site and person pages, in both languages: the
// project as author, the page's title, its address and the day it was read; the copy button puts
// exactly that text on the clipboard and says so politely.
const { test, expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const { open } = require("./helpers");

const cases = [
  {
    path: "/site/con-son/",
    text: (url) =>
      `Khám phá Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc. (không ghi năm). Chùa Côn Sơn. Truy cập ngày 2 tháng 12 năm 2026, từ ${url}`,
    button: "Sao chép trích dẫn",
    done: "Đã sao chép trích dẫn",
  },
  {
    path: "/en/site/con-son/",
    text: (url) =>
      `Yen Tu – Vinh Nghiem – Con Son, Kiep Bac explorer. (n.d.). Con Son Pagoda. Retrieved 2 December 2026, from ${url}`,
    button: "Copy citation",
    done: "Citation copied",
  },
  {
    path: "/person/tran-nhan-tong/",
    text: (url) =>
      `Khám phá Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc. (không ghi năm). Trần Nhân Tông. Truy cập ngày 2 tháng 12 năm 2026, từ ${url}`,
    button: "Sao chép trích dẫn",
    done: "Đã sao chép trích dẫn",
  },
  {
    path: "/en/person/tran-nhan-tong/",
    text: (url) =>
      `Yen Tu – Vinh Nghiem – Con Son, Kiep Bac explorer. (n.d.). Trần Nhân Tông. Retrieved 2 December 2026, from ${url}`,
    button: "Copy citation",
    done: "Citation copied",
  },
];

for (const c of cases) {
  test(`cite ${c.path}: the reference, and the copy button`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, `${c.path}?today=2026-12-02`);
    const block = page.locator("section.cite-page");
    const expected = c.text(`${baseURL}${c.path}`);
    await expect(block.locator(".cite-text")).toHaveText(expected);
    const status = block.getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await block.getByRole("button", { name: c.button }).click();
    await expect(status).toContainText(c.done);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });
}

test("the written page carries the build's date, which the app replaces with today's", async ({ request, page }) => {
  const html = await (await request.get("/en/site/con-son/")).text();
  expect(html).toMatch(/Retrieved \d{1,2} [A-Z][a-z]+ \d{4}, from /);
  await open(page, "/en/site/con-son/?today=2031-01-05");
  await expect(page.locator(".cite-text")).toContainText("Retrieved 5 January 2031, from http");
});

test("the cite block has no axe violations", async ({ page }) => {
  await open(page, "/en/person/tran-nhan-tong/");
  const results = await new AxeBuilder({ page }).include("section.cite-page").analyze();
  expect(results.violations).toEqual([]);
});

// Screenshots for the closing note: the citation block on a site page and the map thumbnail on a
// person page, at a phone's and a desktop's width, in both languages (SHOTS_DIR, else /tmp/shots).
const fs = require("fs");
for (const lang of ["vi", "en"]) {
  for (const width of [360, 1280]) {
    test(`screenshot: cite block and person thumbnail at ${width} px (${lang})`, async ({ page }) => {
      const dir = process.env.SHOTS_DIR || "/tmp/shots";
      fs.mkdirSync(dir, { recursive: true });
      const prefix = lang === "en" ? "/en" : "";
      await page.setViewportSize({ width, height: 900 });
      // The offer of the other language (the browser here is Vietnamese) would cover the view.
      const stay = async () => {
        if (await page.locator(".lang-offer button").count()) await page.locator(".lang-offer button").click();
      };
      await open(page, `${prefix}/site/con-son/`);
      await stay();
      await page.locator("section.cite-page").screenshot({ path: `${dir}/cite-site-${lang}-${width}.png` });
      await open(page, `${prefix}/person/tran-nhan-tong/`);
      await stay();
      await page.locator(".person-sites").screenshot({ path: `${dir}/person-thumb-${lang}-${width}.png` });
    });
  }
}
