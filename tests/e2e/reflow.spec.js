// Reflow (WCAG 1.4.4 and 1.4.10): every page is readable with the text at 200 % on a 360 px
// screen without scrolling sideways; long numbers, coordinates and addresses wrap.
const { test, expect } = require("@playwright/test");
const { open } = require("./helpers");

const PAGES = [
  "/",
  "/sites",
  "/sites?q=C%C3%B4n%20S%C6%A1n&sort=near:con-son",
  "/site/kiep-bac",
  "/site/con-son",
  "/site/tay-yen-tu",
  "/dossier",
  "/dossier?m=2025-07-inscribed",
  "/festivals?today=2026-09-25",
  "/sources",
  "/map",
  "/map?site=con-son&sort=near:con-son",
  "/plan/?s=hoa-yen,vinh-nghiem,con-son,kiep-bac&d=2&date=2026-02-26",
  "/people/",
  "/person/tran-nhan-tong/",
  "/person/thuy-nguyet/",
];

/** Text at 200 %, as a browser's text-size setting does: the root font size doubles. */
async function doubleText(page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The page's width against the window's, with the elements that stick out, for the message. */
async function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 0.5;
    const out = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit && getComputedStyle(el).position !== "fixed") {
        const cls = typeof el.className === "string" ? el.className.split(" ")[0] : "";
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${cls ? "." + cls : ""} → ${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside: out.slice(0, 8) };
  });
}

for (const lang of ["vi", "en"]) {
  for (const path of PAGES) {
    test(`200 % text at 360 px, no sideways scrolling: ${path} (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await open(page, `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      await doubleText(page);
      const o = await overflow(page);
      expect(o.scrollWidth, JSON.stringify(o)).toBeLessThanOrEqual(o.clientWidth);
    });
  }
}

test("200 % text at 360 px: the open filter sheet fits, its count and button in view", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, "/sites?lang=vi");
  await doubleText(page);
  await page.getByRole("button", { name: /^Bộ lọc/ }).click();
  await page.locator('fieldset[data-facet="kind"]:visible input[value="cave"]').check();
  const sheet = page.locator("dialog.cat-sheet");
  await expect(sheet.locator(".sheet-count")).toHaveText("1 kết quả");
  for (const sel of [".sheet-count", ".sheet-show"]) {
    const b = await sheet.locator(sel).boundingBox();
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(780);
    expect(b.x + b.width).toBeLessThanOrEqual(360);
  }
  const o = await overflow(page);
  expect(o.scrollWidth, JSON.stringify(o)).toBeLessThanOrEqual(o.clientWidth);
});
