// The first screen: app shell, the sites from the bundled JSON, loading and error states.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

test("the overview shows the shell and the 12 components from the bundled JSON", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/?lang=vi");
  await expect(page.locator("header .brand-name")).toContainText("Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc");
  await expect(page.getByRole("navigation", { name: "Chính" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.locator(".components .site-card")).toHaveCount(12);
  await expect(page.locator(".components .site-card").first()).toContainText("Hoa Yên");
  await expect(page.locator("footer a", { hasText: "Nguồn tư liệu" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the sites list reads every site from sites.json", async ({ page, request }) => {
  const sites = await (await request.get("/data/sites.json")).json();
  await open(page, "/sites?lang=en");
  await expect(page.locator(".site-card")).toHaveCount(sites.length);
  await expect(page.locator(".site-card", { hasText: "Con Son Pagoda" })).toBeVisible();
});

test("while the data is on its way, the written page stays readable and nothing flashes", async ({ page, request }) => {
  const sites = await (await request.get("/data/sites.json")).json();
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/data/sites.json", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/en/sites/");
  await expect(page.locator("#app .site-card")).toHaveCount(sites.length);
  await expect(page.locator("#app h1")).toHaveText("Sites");
  // The app waits, hidden, until its page is drawn: no loading line ever shows.
  await expect(page.getByRole("status").filter({ hasText: "Loading data" })).toHaveCount(0);
  await expect(page.locator("html[data-app=ready]")).toHaveCount(0);
  release();
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.locator("#app .site-card")).toHaveCount(sites.length);
  await expect(page.locator(".app-twin")).toHaveCount(0);
});

test("a missing data file shows an error naming it, and try again recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/data/sites.json", (route) =>
    fail ? route.fulfill({ status: 404, body: "not found" }) : route.continue()
  );
  await open(page, "/sites?lang=en");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("sites.json");
  await expect(alert).toContainText("404");
  fail = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".site-card").first()).toBeVisible();
});

test("the language switch keeps the view and sets html lang", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/sites\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Sites");
});

test("an unknown site id shows a not-found page with a way back", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/site/no-such-place?lang=en");
  await expect(page.locator("h1")).toHaveText("Page not found");
  // A way to every section, and the same in Vietnamese.
  for (const name of ["Overview", "Sites", "Map", "Dossier", "Festivals", "Sources"]) {
    await expect(page.locator("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.locator("main [lang=vi]")).toContainText("Không tìm thấy trang này");
  await page.locator("main").getByRole("link", { name: "Overview", exact: true }).click();
  await expect(page.locator(".components .site-card")).toHaveCount(12);
  expect(errors).toEqual([]);
});

test("deep links work under a sub-path on a host without rewrite rules", async ({ page, baseURL }) => {
  const sub = baseURL.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) + "/yentu";
  await open(page, `${sub}/site/con-son?lang=en`);
  await expect(page.locator("h1")).toContainText("Con Son");
  await page.getByRole("link", { name: "Sites", exact: true }).click();
  await expect(page).toHaveURL(`${sub}/en/sites/`);
  await expect(page.locator(".site-card").first()).toBeVisible();
});

test("links open pages without reloading; back, forward and the skip link behave", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/sites?lang=en");
  // A marker that a reload would wipe.
  await page.evaluate(() => (window.__stay = 1));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page).toHaveURL(/\/en\/dossier\/$/);
  await expect(page.locator("h1")).toContainText("dossier");
  // Focus moves to the new page's content, as after a page load.
  await expect(page.locator("main")).toBeFocused();
  await page.locator(".site-header .brand-link").click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator(".components .site-card")).toHaveCount(12);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/dossier\/$/);
  await expect(page.locator("h1")).toContainText("dossier");
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/sites\/$/);
  await expect(page.locator(".site-card").first()).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/en\/dossier\/$/);
  expect(await page.evaluate(() => window.__stay)).toBe(1);

  // The skip link goes to the main content of this page (not to the overview that <base> implies).
  await page.locator(".skip-link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/dossier\/#main$/);
  await expect(page.locator("main")).toBeFocused();
  await expect(page.locator("h1")).toContainText("dossier");
  expect(await page.evaluate(() => window.__stay)).toBe(1);
  expect(errors).toEqual([]);
});

test("switching language on a long page keeps the place being read", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await open(page, "/dossier?lang=vi");
  const heading = page.locator("#timeline-h");
  await heading.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -100));
  const before = await heading.boundingBox();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // The switch activated where the visitor is (by keyboard, voice or a screen reader's list of
  // links), without scrolling up to it first.
  const activate = async (name) => {
    await page.getByRole("link", { name, exact: true }).evaluate((a) => a.focus({ preventScroll: true }));
    await page.keyboard.press("Enter");
  };
  await activate("English");
  await expect(page).toHaveURL(/\/en\/dossier\/$/);
  await expect(heading).toHaveText("Timeline");
  // The same heading, about where it was: not the top of the page.
  await expect.poll(async () => Math.abs((await heading.boundingBox()).y - before.y)).toBeLessThan(40);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // And back.
  await activate("Tiếng Việt");
  await expect(heading).toHaveText("Dòng thời gian");
  await expect.poll(async () => Math.abs((await heading.boundingBox()).y - before.y)).toBeLessThan(40);
});
