// The map on a phone (360 × 780, touch): a large map, tap targets of at least 24 × 24 px, a tap
// on a component's marker selects that component and shows its card on screen, every component
// named on the map, and "see it on the map" from a site page, in both languages.
const { test, expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;
const { open, trackErrors } = require("./helpers");

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

// A visitor whose browser speaks the page's language (no offer of the other language).
const LANGS = [
  ["vi", "vi-VN", "Xem trên bản đồ"],
  ["en", "en-GB", "See it on the map"],
];

/** The real data's components, numbers 1–12. */
async function components(request) {
  const sites = await (await request.get("/data/sites.json")).json();
  return sites.filter((s) => s.status === "component").sort((a, b) => a.component - b.component);
}

/** True when the element's box lies inside the window. */
const inViewport = (locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
  });

/** A page's address in a language: Vietnamese at the root, English under /en/. */
const at = (lang, path) => (lang === "en" ? `/en${path}` : path);

async function openMap(page, lang) {
  await open(page, at(lang, "/map/"));
  await expect(page.locator(".map-svg path.province").first()).toBeAttached();
  await expect(page.locator(".map-svg .marker-label").first()).toBeAttached();
  await page.waitForTimeout(200);
}

for (const [lang, locale, viewOnMap] of LANGS) {
  test.describe(lang, () => {
    test.use({ locale });

    test(`the map is large and every marker a tap target of 24 × 24 px at least (${lang})`, async ({ page }) => {
      const errors = trackErrors(page);
      await openMap(page, lang);
      const frame = await page.locator(".map-svg").boundingBox();
      expect(frame.width).toBeGreaterThanOrEqual(340);
      expect(frame.height).toBeGreaterThanOrEqual(300);
      const targets = await page.locator(".map-svg .marker .hit").evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return [r.width, r.height];
        })
      );
      // The 12 components have markers; places without a position of their own have none.
      expect(targets.length).toBeGreaterThanOrEqual(12);
      for (const [w, h] of targets) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });

    test(`every component has its name on the map (${lang})`, async ({ page, request }) => {
      const comps = await components(request);
      await openMap(page, lang);
      const names = await page.locator(".map-svg .marker-label").allTextContents();
      for (const c of comps) expect(names, c.id).toContain(c.name[lang]);
    });

    test(`tapping a component's marker centre selects it and shows its card on screen (${lang})`, async ({ page, request }) => {
      const comps = await components(request);
      await openMap(page, lang);
      const panel = page.locator("#map-panel");
      for (const c of comps) {
        const marker = page.locator(`.map-svg .marker[data-site="${c.id}"]`);
        await marker.scrollIntoViewIfNeeded();
        const hit = await marker.locator(".hit").boundingBox();
        await page.touchscreen.tap(hit.x + hit.width / 2, hit.y + hit.height / 2);
        await expect(page, c.id).toHaveURL(new RegExp(`site=${c.id}(&|$)`));
        await expect(marker).toHaveAttribute("aria-expanded", "true");
        await expect(panel.locator(".panel-title")).toHaveText(c.name[lang]);
        expect(await inViewport(panel), `${c.id}: card on screen`).toBe(true);
        await panel.locator(".panel-actions button").click();
        await expect(panel.locator(".panel-title")).toHaveCount(0);
      }
    });

    test(`"${viewOnMap}" on a site page selects its marker, in view (${lang})`, async ({ page }) => {
      await open(page, at(lang, "/site/kinh-chu/"));
      await page.getByRole("link", { name: viewOnMap }).click();
      await expect(page).toHaveURL(/\/map\/?\?.*site=kinh-chu/);
      const marker = page.locator('.map-svg .marker[data-site="kinh-chu"]');
      await expect(marker).toHaveAttribute("aria-expanded", "true");
      await expect.poll(() => inViewport(marker)).toBe(true);
      // Centred and zoomed in on it.
      const [, , w] = (await page.locator(".map-svg").getAttribute("viewBox")).split(" ").map(Number);
      expect(w).toBeLessThan(400);
      await expect(page.locator("#map-panel .panel-title")).toBeVisible();
    });

    test(`axe: the map on a phone, with a card open (${lang})`, async ({ page }) => {
      await openMap(page, lang);
      await page.locator('.map-svg .marker[data-site="con-son"]').click();
      await expect(page.locator("#map-panel .panel-title")).toBeVisible();
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`
      );
      expect(summary).toEqual([]);
    });
  });
}
