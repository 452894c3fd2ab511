// Places without a position of their own: the site page says "within the area of component N"
// or "position not known" (no coordinates, no nearest list, never "≈ 0.0 km"); the map draws
// no marker for them, lists them beside their component or at the end, and no two markers
// stand on one point. At 360 px and on a desktop, in both languages.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

const sizes = [
  ["phone", { width: 360, height: 780 }],
  ["desktop", { width: 1280, height: 800 }],
];

for (const [size, viewport] of sizes) {
  test(`a place within a component's area, and one whose position is not known (${size})`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize(viewport);

    await open(page, "/site/hue-quang-stupa-garden/");
    const loc = page.locator(".site-location");
    await expect(loc.locator(".within")).toContainText("Nằm trong khu vực của hợp phần 1, Chùa Hoa Yên");
    await expect(loc.locator(".within a")).toHaveAttribute("href", /\/site\/hoa-yen\/$/);
    await expect(loc.locator(".coords")).toHaveCount(0);
    await expect(page.locator(".site-nearby")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/0[.,]0 km/);
    await expect(loc.getByRole("link", { name: "Xem trên bản đồ" })).toHaveAttribute("href", /\/map\/\?site=hoa-yen$/);

    await open(page, "/en/site/hue-quang-stupa-garden/");
    await expect(page.locator(".site-location .within")).toContainText("Within the area of component 1, Hoa Yen Pagoda");
    await page.locator(".site-location .within a").click();
    await expect(page).toHaveURL(/\/en\/site\/hoa-yen\/$/);
    await expect(page.locator(".site-location .coords")).toHaveText("21.1500° N, 106.7180° E");
    await expect(page.locator(".site-location .site-inside")).toContainText("Also within this area: Hue Quang stupa garden");
    await open(page, "/site/hoa-yen/");
    await expect(page.locator(".site-location .site-inside")).toContainText("Cũng nằm trong khu vực này: Vườn tháp Huệ Quang");

    for (const [path, text] of [
      ["/site/tay-yen-tu/", "Chưa rõ vị trí"],
      ["/en/site/tay-yen-tu/", "Position not known"],
      ["/en/site/dong-ma-ngua/", "Position not known"],
    ]) {
      await open(page, path);
      await expect(page.locator(".site-location .position-unknown")).toContainText(text);
      await expect(page.locator(".site-location .coords")).toHaveCount(0);
      await expect(page.locator(".site-location .map-link")).toHaveCount(0);
      await expect(page.locator(".site-nearby")).toHaveCount(0);
      await expect(page.locator("main")).not.toContainText(/0[.,]0 km/);
    }
    // No horizontal scroll at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test(`the map has no stacked markers and lists the others beside their component (${size})`, async ({ page, request }) => {
    const errors = trackErrors(page);
    await page.setViewportSize(viewport);
    const sites = await (await request.get("/data/sites.json")).json();
    const own = sites.filter((s) => s.location).map((s) => s.id);
    for (const [path, also, unknown, count] of [
      ["/map/", "Cũng nằm trong khu vực này", "Chưa rõ vị trí", `${sites.length} địa điểm trong danh sách, ${own.length} trong số đó có trên bản đồ.`],
      ["/en/map/", "Also within this area", "Position not known", `${sites.length} places in the list, ${own.length} of them on the map.`],
    ]) {
      await open(page, path);
      const markers = page.locator(".map-svg .marker");
      await expect(markers).toHaveCount(own.length);
      const ids = await markers.evaluateAll((ms) => ms.map((m) => m.getAttribute("data-site")));
      expect(ids.sort()).toEqual([...own].sort());
      await expect(page.locator(".map-count")).toHaveText(count);
      // No two markers at one point.
      const centres = await markers.evaluateAll((ms) =>
        ms.map((m) => {
          const r = (m.querySelector(".shape") || m).getBoundingClientRect();
          return [r.x + r.width / 2, r.y + r.height / 2];
        })
      );
      for (let i = 0; i < centres.length; i++) {
        for (let j = i + 1; j < centres.length; j++) {
          const d = Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1]);
          expect(d, `${ids[i]} / ${ids[j]}`).toBeGreaterThan(0.5);
        }
      }
      // The stupa garden is listed under Hoa Yên's card; the places whose position is not
      // known at the end, each once.
      const hoaYen = page.locator('.map-card[data-site="hoa-yen"] .card-also');
      await expect(hoaYen).toContainText(also);
      await expect(hoaYen.getByRole("link")).toHaveAttribute("href", /\/site\/hue-quang-stupa-garden\/$/);
      await expect(page.locator(".map-card")).toHaveCount(own.length);
      const rest = page.locator(".map-unplaced");
      await expect(rest).toContainText(unknown);
      await expect(rest.getByRole("link")).toHaveCount(sites.length - own.length - 1);
      await expect(page.locator(".map-list")).not.toContainText(/0[.,]0 km/);
    }
    expect(errors).toEqual([]);
  });
}

test("the planner measures a stop within a component from that component", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/en/plan/?s=con-son,hue-quang-stupa-garden,tay-yen-tu");
  const stops = page.locator(".plan-stop");
  await expect(stops).toHaveCount(2);
  await expect(page.locator('.plan-stop[data-site="tay-yen-tu"]')).toHaveCount(0);
  await expect(page.locator('.plan-stop[data-site="hue-quang-stupa-garden"] .plan-borrowed')).toContainText(
    "distances are measured from component 1, Hoa Yen Pagoda"
  );
  await expect(page.locator("#plan-total")).toContainText("2 stops");
  expect(errors).toEqual([]);
});
