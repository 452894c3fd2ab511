// The overview for a newcomer: what the property is in plain words, why it was inscribed (its
// criteria explained, with sources) and where to begin.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");
const fs = require("fs");
const path = require("path");

const property = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../public/data/property.json"), "utf8"));

for (const lang of ["vi", "en"]) {
  test(`what it is, why it was inscribed and where to begin (${lang})`, async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, `/?lang=${lang}`);
    const t = (vi, en) => (lang === "vi" ? vi : en);
    // In plain words: the lede is the property's summary, without UNESCO's jargon.
    await expect(page.locator(".hero .lede")).toHaveText(property.summary[lang]);
    expect(property.summary.en).not.toMatch(/serial property|component part/);
    // The jargon is explained where it is used.
    await expect(page.locator("#what")).toContainText(t("di sản dạng chuỗi", "serial property"));
    await expect(page.locator("#what")).toContainText(t("hợp phần", "component parts"));
    // Why: each criterion with its meaning in the project's words and its sources.
    await expect(page.locator("#why h2")).toHaveText(t("Vì sao được ghi danh", "Why it was inscribed"));
    for (const c of property.criteria) {
      const block = page.locator(`#criterion-${c.code}`);
      await expect(block.locator(".criterion-code")).toHaveText(`${t("Tiêu chí", "Criterion")} (${c.code})`);
      await expect(block).toContainText(c.text[lang]);
      const links = block.locator(".source-links a");
      await expect(links).toHaveText(c.sources);
      await expect(links.first()).toHaveAttribute("href", new RegExp(`^${lang === "en" ? "/en" : ""}/sources/#src-${c.sources[0]}$`));
    }
    // The key figure "(iii) (vi)" leads to the explanation.
    const criteria = page.locator(".key-figures a[href='#why']");
    await expect(criteria).toContainText("(iii) (vi)");
    await criteria.click();
    await expect(page.locator("#why")).toBeInViewport();
    // Where to begin: the first component part, the map, the catalogue.
    const begin = page.locator("#begin");
    await expect(begin.locator("a").first()).toHaveAttribute("href", new RegExp(`^${lang === "en" ? "/en" : ""}/site/hoa-yen/$`));
    await expect(begin.locator(`a[href="${lang === "en" ? "/en" : ""}/map/"]`)).toHaveCount(1);
    await expect(begin.locator(`a[href="${lang === "en" ? "/en" : ""}/sites/"]`)).toHaveCount(1);
    await expect(begin.locator(`a[href="${lang === "en" ? "/en" : ""}/plan/"]`)).toHaveCount(1);
    // "Where to begin" comes before the long parts of the page.
    const [beginBox, componentsBox] = [await begin.boundingBox(), await page.locator(".components").boundingBox()];
    expect(beginBox.y).toBeLessThan(componentsBox.y);
    expect(errors).toEqual([]);
  });
}
