// The map: markers for the catalogue's filtered sites, linked with the list, keyboard, zoom and
// pan, distances, and a map that still shows the sites when the outlines fail to load.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

const markers = (page) => page.locator(".map-svg .marker");
const cards = (page) => page.locator(".map-list .map-card");
const viewBox = async (page) =>
  (await page.locator(".map-svg").getAttribute("viewBox")).split(" ").map(Number);

test("one marker and one card per site, over the province outlines", async ({ page, request }) => {
  const errors = trackErrors(page);
  const sites = await (await request.get("/data/sites.json")).json();
  await open(page, "/map?lang=en");
  await expect(page.locator("h1")).toHaveText("Map of the sites");
  await expect(page.locator(".map-svg path.province").first()).toBeVisible();
  expect(await page.locator(".map-svg path.province").count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator(".map-svg path.border-current").first()).toBeAttached();
  await expect(page.locator(".map-svg path.border-former").first()).toBeAttached();
  await expect(page.locator(".province-label.former", { hasText: "Hai Duong (former)" })).toHaveCount(1);
  // A place without a position of its own has no marker nor card of its own (positions.spec.js).
  const own = sites.filter((s) => s.location).length;
  await expect(markers(page)).toHaveCount(own);
  await expect(cards(page)).toHaveCount(own);
  await expect(page.locator(".map-svg .halo").first()).toBeAttached();
  await expect(page.locator(".map-legend")).toContainText("approximate location");
  await expect(page.locator(".scale-bar text")).toHaveText(/\d+ (km|m)/);
  expect(errors).toEqual([]);
});

test("the same URL filters as the catalogue: 12 components, 1 cave", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  await expect(markers(page)).toHaveCount(12);
  await expect(page.locator(".map-svg .marker .marker-num")).toHaveCount(12);
  await expect(page.locator(".map-count")).toHaveText("12 places on the map and in the list.");

  await open(page, "/map?kind=cave&lang=vi");
  await expect(markers(page)).toHaveCount(1);
  await expect(cards(page)).toHaveCount(1);
  await expect(page.locator(".map-filters")).toContainText("Đang lọc:");
  const edit = page.getByRole("link", { name: "Sửa bộ lọc" });
  await expect(edit).toHaveAttribute("href", /\/sites\/\?kind=cave$/);
});

test("the search's code comes only with filters; if it cannot be fetched, the map says so and tries again", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => {
    if (/_part_search/.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  await open(page, "/map?lang=en");
  await expect(markers(page).first()).toBeVisible();
  expect(fetched).toEqual([]);
  let fail = true;
  await page.route(/_part_search[^/]*\.wasm$/, (route) => (fail ? route.abort("internetdisconnected") : route.continue()));
  await open(page, "/map?kind=cave&lang=en");
  const alert = page.locator(".map-notice[role=alert]");
  await expect(alert).toContainText("The search code could not be downloaded");
  await expect(markers(page)).toHaveCount(0);
  fail = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(markers(page)).toHaveCount(1);
  await expect(cards(page)).toHaveCount(1);
  await expect(alert).toHaveCount(0);
  expect(fetched.length).toBeGreaterThan(0);
});

test("markers have a shape per part and an accessible name", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  const conSon = page.locator('.marker[data-site="con-son"]');
  await expect(conSon).toHaveAttribute("role", "button");
  await expect(conSon).toHaveAttribute("tabindex", "0");
  await expect(conSon).toHaveAttribute("aria-label", /^Con Son Pagoda, Pagoda, Hải Phòng.*, component 8$/);
  await expect(conSon).toHaveAttribute("aria-expanded", "false");
  await expect(conSon.locator("path.shape")).toHaveCount(1); // revival: diamond
  await expect(page.locator('.marker[data-site="hoa-yen"] circle.shape')).toHaveCount(1); // founding: circle
  await expect(page.locator('.marker[data-site="vinh-nghiem"] rect.shape')).toHaveCount(1); // dissemination: square
});

test("hovering or focusing a card highlights its marker, and the other way round", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  const card = page.locator('.map-card[data-site="kiep-bac"]');
  const marker = page.locator('.marker[data-site="kiep-bac"]');
  await card.hover();
  await expect(marker).toHaveClass(/highlighted/);
  await page.mouse.move(0, 0);
  await expect(marker).not.toHaveClass(/highlighted/);
  await card.getByRole("link").focus();
  await expect(marker).toHaveClass(/highlighted/);

  const other = page.locator('.marker[data-site="bo-da"]');
  await other.hover();
  await expect(page.locator('.map-card[data-site="bo-da"]')).toHaveClass(/highlighted/);
  await other.focus();
  await expect(page.locator('.map-card[data-site="bo-da"]')).toHaveClass(/highlighted/);
});

test("keyboard: Tab reaches the markers in component order, Enter opens the panel, Escape returns", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  await page.locator("#map-frame").focus();
  await page.keyboard.press("Tab");
  const first = page.locator('.marker[data-site="hoa-yen"]');
  await expect(first).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator('.marker[data-site="lan"]')).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.locator("#map-panel");
  await expect(panel).toHaveAttribute("aria-live", "polite");
  await expect(panel.locator(".panel-title")).toHaveText("Hoa Yen Pagoda");
  await expect(panel.getByRole("link", { name: "Open the site page" })).toHaveAttribute("href", /\/en\/site\/hoa-yen\/$/);
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/site=hoa-yen/);
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("link", { name: "Open the site page" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel.locator(".panel-title")).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute("aria-expanded", "false");
  await expect(page).not.toHaveURL(/site=/);
  // Space opens it too; a click on the open marker closes it.
  await page.keyboard.press(" ");
  await expect(panel.locator(".panel-title")).toHaveText("Hoa Yen Pagoda");
});

test("?site=con-son opens its panel with a link to the site page", async ({ page }) => {
  await open(page, "/map?site=con-son&lang=en");
  const panel = page.locator("#map-panel");
  await expect(panel.locator(".panel-title")).toHaveText("Con Son Pagoda");
  await expect(panel).toContainText("Approximate location");
  await expect(page.locator('.marker[data-site="con-son"]')).toHaveAttribute("aria-expanded", "true");
  await panel.getByRole("link", { name: "Open the site page" }).click();
  await expect(page).toHaveURL(/\/en\/site\/con-son\/$/);
  await expect(page.locator("h1")).toContainText("Con Son");
});

test("clicking a marker opens the panel, Close shuts it", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  await page.locator('.marker[data-site="bo-da"]').click();
  const panel = page.locator("#map-panel");
  await expect(panel.locator(".panel-title")).toHaveText("Bo Da Pagoda");
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel.locator(".panel-title")).toHaveCount(0);
  await expect(page.locator('.marker[data-site="bo-da"]')).toBeFocused();
});

test("zoom buttons, keys and the wheel change the viewBox; reset restores it", async ({ page }) => {
  await open(page, "/map?lang=en");
  expect(await viewBox(page)).toEqual([0, 0, 800, 500]);
  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await viewBox(page);
  expect(zoomed[2]).toBeLessThan(800);
  await page.getByRole("button", { name: "Zoom in" }).click();
  expect((await viewBox(page))[2]).toBeLessThan(zoomed[2]);
  await page.getByRole("button", { name: "Zoom out" }).click();
  expect((await viewBox(page))[2]).toBeCloseTo(zoomed[2], 1);
  // Arrow keys pan the focused map.
  await page.locator("#map-frame").focus();
  const before = await viewBox(page);
  await page.keyboard.press("ArrowRight");
  expect((await viewBox(page))[0]).toBeGreaterThan(before[0]);
  await page.keyboard.press("+");
  expect((await viewBox(page))[2]).toBeLessThan(before[2]);
  await page.keyboard.press("0");
  expect(await viewBox(page)).toEqual([0, 0, 800, 500]);
  // Wheel zooms at the cursor; a drag pans.
  const box = await page.locator(".map-svg").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(800);
  const beforeDrag = await viewBox(page);
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
  await page.mouse.move(box.x + 120, box.y + 60, { steps: 5 });
  await page.mouse.up();
  const afterDrag = await viewBox(page);
  expect(afterDrag[0]).toBeLessThan(beforeDrag[0]);
  await page.getByRole("button", { name: "Reset" }).click();
  expect(await viewBox(page)).toEqual([0, 0, 800, 500]);
});

test("fit to results frames the visible markers", async ({ page }) => {
  await open(page, "/map?part=revival&lang=en");
  await expect(markers(page)).toHaveCount(5);
  await page.getByRole("button", { name: "Fit to results" }).click();
  const [x, y, w, h] = await viewBox(page);
  expect(w).toBeLessThan(800);
  for (const t of await markers(page).evaluateAll((els) => els.map((e) => e.getAttribute("transform")))) {
    const [, mx, my] = t.match(/translate\(([-\d.]+) ([-\d.]+)\)/).map(Number);
    expect(mx).toBeGreaterThanOrEqual(x);
    expect(mx).toBeLessThanOrEqual(x + w);
    expect(my).toBeGreaterThanOrEqual(y);
    expect(my).toBeLessThanOrEqual(y + h);
  }
});

test("distances from a chosen site sort the list nearest first", async ({ page }) => {
  await open(page, "/map?status=component&lang=en");
  await page.getByLabel("Distances from").selectOption("con-son");
  await expect(page).toHaveURL(/sort=near:con-son/);
  await expect(cards(page).first()).toHaveAttribute("data-site", "con-son");
  await expect(cards(page).first().locator(".card-distance")).toHaveText("Origin (0 km)");
  await expect(cards(page)).toHaveCount(12);
  const kms = await page
    .locator(".map-list .card-distance[data-km]")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-km"))));
  expect(kms).toHaveLength(11);
  expect(kms).toEqual([...kms].sort((a, b) => a - b));
  await expect(page.locator(".map-list .card-distance[data-km]").first()).toHaveText(/^≈ \d+\.\d km$/);
  // Vietnamese uses a decimal comma.
  await open(page, "/map?status=component&sort=near:kiep-bac&lang=vi");
  await expect(page.locator(".map-list .card-distance[data-km]").first()).toHaveText(/^≈ \d+,\d km$/);
  await expect(page.getByLabel("Khoảng cách từ")).toHaveValue("kiep-bac");
});

test("without the outlines the markers are still drawn, with a notice", async ({ page, request }) => {
  const sites = await (await request.get("/data/sites.json")).json();
  await page.route("**/data/provinces.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await open(page, "/map?lang=en");
  await expect(page.locator(".map-notice")).toContainText("base map could not be loaded");
  await expect(page.locator(".map-notice")).toContainText("provinces.json");
  await expect(markers(page)).toHaveCount(sites.filter((s) => s.location).length);
  await expect(page.locator(".map-svg path.province")).toHaveCount(0);
  await page.unroute("**/data/provinces.json");
  await page.locator(".map-notice").getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".map-svg path.province").first()).toBeAttached();
  await expect(page.locator(".map-notice")).toHaveCount(0);
});

test("at 360 px wide there is no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, "/map?lang=vi");
  await expect(markers(page).first()).toBeAttached();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// The drawn boxes: every name whole inside the map's frame, off every marker's symbol and off
// every other name, at a phone's, a tablet's and a desktop's width in both languages.
const drawnBoxes = (page) =>
  page.evaluate(() => {
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    return {
      frame: box(document.querySelector(".map-svg")),
      names: [...document.querySelectorAll(".map-svg .marker-label")].map((e) => ({ text: e.textContent, ...box(e) })),
      markers: [...document.querySelectorAll(".map-svg .marker .shape")].map((e) => ({
        id: e.closest(".marker").getAttribute("data-site") || "group",
        ...box(e),
      })),
    };
  });
const overlaps = (a, b, eps = 0.5) => a.x0 < b.x1 - eps && b.x0 < a.x1 - eps && a.y0 < b.y1 - eps && b.y0 < a.y1 - eps;

for (const [width, height] of [[360, 780], [768, 1024], [1280, 900]]) {
  for (const lang of ["vi", "en"]) {
    test(`names are whole, inside the frame, off markers and other names (${width} px, ${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, lang === "en" ? "/en/map/" : "/map/");
      await expect(page.locator(".map-svg path.province").first()).toBeAttached();
      await expect(page.locator(".map-svg .marker-label").first()).toBeAttached();
      await page.waitForTimeout(200);
      const { frame, names, markers } = await drawnBoxes(page);
      expect(names.length).toBeGreaterThanOrEqual(12);
      for (const n of names) {
        expect(n.x0, `${n.text} left`).toBeGreaterThanOrEqual(frame.x0 - 0.5);
        expect(n.x1, `${n.text} right`).toBeLessThanOrEqual(frame.x1 + 0.5);
        expect(n.y0, `${n.text} top`).toBeGreaterThanOrEqual(frame.y0 - 0.5);
        expect(n.y1, `${n.text} bottom`).toBeLessThanOrEqual(frame.y1 + 0.5);
        for (const m of markers) expect(overlaps(n, m), `${n.text} over the marker of ${m.id}`).toBe(false);
        for (const o of names) if (o !== n) expect(overlaps(n, o), `${n.text} over ${o.text}`).toBe(false);
      }
      // The places without a name are listed beside the map (or there are none).
      const listed = await page.locator(".map-unnamed li").count();
      const drawnAlone = await page.locator(".map-svg .marker:not(.group)").count();
      expect(names.length + listed).toBeLessThanOrEqual(drawnAlone);
    });
  }
}

test("the map is drawn from the sites without their long fields; a text search reads them all", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  // The whole sites.json never arrives: the map needs only its lite copy.
  await page.route("**/data/sites.json", () => {});
  await open(page, "/map?lang=en");
  await expect(markers(page).first()).toBeVisible();
  await expect(page.locator(".map-svg .marker", { hasText: "1" }).first()).toBeAttached();
  expect(requested).toContain("/data/sites-lite.json");
  expect(requested).not.toContain("/data/sites.json");
  await page.unroute("**/data/sites.json");

  // "archaeologists" is in one description only (Hoa Yen's): found with the whole data.
  await open(page, "/map?q=archaeologists&lang=en");
  await expect(markers(page)).toHaveCount(1);
  await expect(cards(page)).toContainText("Hoa Yen Pagoda");
  expect(requested).toContain("/data/sites.json");
});

test("the site page opened from the map has its description (the whole data)", async ({ page }) => {
  await open(page, "/map?site=con-son&lang=en");
  await page.locator("#map-panel").getByRole("link", { name: "Open the site page" }).click();
  await expect(page).toHaveURL(/\/en\/site\/con-son\/$/);
  await expect(page.locator("main .description p").first()).not.toBeEmpty();
  await expect(page.locator("main .description").first()).toContainText("Côn Sơn");
});
