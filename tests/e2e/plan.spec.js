// The visit planner (/plan/): a suggestion from the data, the shortest straight-line order, a
// day break kept through reload and back/forward, maps links by name, GPX and .ics downloads,
// the Đồng Việt bridge note, print, in both languages, on a desktop and a 360 px phone.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { open, trackErrors } = require("./helpers");

const L = {
  vi: {
    path: "/plan/",
    all: /^Cả 12 hợp phần di sản/,
    shortest: "Xếp theo thứ tự ngắn nhất",
    isShortest: "Thứ tự này là ngắn nhất theo đường chim bay",
    newDay: "Ngày mới bắt đầu từ đây",
    straight: "theo đường chim bay",
    gpx: "Tải GPX",
    ics: "Tải lịch (.ics)",
    day: "Ngày",
  },
  en: {
    path: "/en/plan/",
    all: /^All 12 components/,
    shortest: "Use the shortest order",
    isShortest: "This order is the shortest in a straight line",
    newDay: "A new day starts here",
    straight: "in a straight line",
    gpx: "Download GPX",
    ics: "Download calendar (.ics)",
    day: "Day",
  },
};

const stops = (page) => page.locator(".plan-stop");
const stopIds = (page) => stops(page).evaluateAll((els) => els.map((e) => e.dataset.site));

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), "utf8") };
}

for (const lang of ["vi", "en"]) {
  for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 360, height: 780 }]]) {
    test(`plan all twelve components, order, a day break, reload and history (${lang}, ${size})`, async ({ page }) => {
      const t = L[lang];
      const errors = trackErrors(page);
      await page.setViewportSize(viewport);
      await open(page, t.path);
      await expect(page.locator("main h1")).toHaveText(lang === "vi" ? "Lên kế hoạch tham quan" : "Plan a visit");
      await page.getByRole("button", { name: t.all }).click();
      await expect(stops(page)).toHaveCount(12);
      await expect(page).toHaveURL(/[?&]s=hoa-yen%2Clan%2C|[?&]s=hoa-yen,lan,/);
      // The shortest order, exact for 12 stops.
      await page.getByRole("button", { name: t.shortest }).click();
      await expect(page.locator("#plan-order-status")).toContainText(t.isShortest);
      await expect(page.getByRole("button", { name: t.shortest })).toBeDisabled();
      await expect(page.locator("#plan-total")).toContainText(t.straight);
      await expect(page.locator("#plan-total")).toContainText(/\d+ km/);
      const ordered = await stopIds(page);
      expect(ordered).toHaveLength(12);
      expect(ordered[0]).toBe("hoa-yen");
      // A day break before the seventh stop.
      await stops(page).nth(6).getByRole("button", { name: t.newDay }).click();
      await expect(page.locator(".plan-day")).toHaveCount(2);
      await expect(page.locator(".plan-day h3").nth(1)).toContainText(`${t.day} 2`);
      await expect(page).toHaveURL(/[?&]d=6/);
      // Reload: the same plan.
      await page.reload();
      await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
      await expect(page.locator(".plan-day")).toHaveCount(2);
      expect(await stopIds(page)).toEqual(ordered);
      // Back: before the break; forward: with it.
      await page.goBack();
      await expect(page.locator(".plan-day")).toHaveCount(1);
      await expect(stops(page)).toHaveCount(12);
      await page.goForward();
      await expect(page.locator(".plan-day")).toHaveCount(2);
      // The Google Maps link of the second stop's leg names both sites, not coordinates.
      const google = stops(page).nth(1).locator(".plan-leg a", { hasText: "Google Maps" }).first();
      const href = await google.getAttribute("href");
      expect(href).toMatch(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&origin=/);
      expect(decodeURIComponent(href)).toContain("Chùa Hoa Yên");
      expect(href).not.toMatch(/21\.15/);
      // No sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
}

test("moving a stop keeps keyboard focus on its button", async ({ page }) => {
  await open(page, "/en/plan/?s=con-son,kiep-bac,thanh-mai");
  const down = page.getByRole("button", { name: "Move down: Con Son Pagoda" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/s=kiep-bac(%2C|,)con-son/);
  await expect(page.getByRole("button", { name: "Move down: Con Son Pagoda" })).toBeFocused();
});

test("GPX and .ics downloads hold every stop and one event per day", async ({ page }) => {
  for (const lang of ["vi", "en"]) {
    const t = L[lang];
    await open(page, t.path);
    await page.getByRole("button", { name: t.all }).click();
    await expect(stops(page)).toHaveCount(12);
    await expect(page.getByRole("button", { name: t.ics })).toBeDisabled();
    const gpx = await download(page, t.gpx);
    expect(gpx.name).toBe(lang === "vi" ? "ke-hoach-tham-quan.gpx" : "visit-plan.gpx");
    expect(gpx.text).toContain('<gpx version="1.1"');
    expect(gpx.text.match(/<wpt /g)).toHaveLength(12);
    expect(gpx.text).toContain("<name>Chùa Côn Sơn / ");
    await stops(page).nth(4).getByRole("button", { name: t.newDay }).click();
    await page.locator("#plan-date").fill("2026-02-26");
    await expect(page).toHaveURL(/date=2026-02-26/);
    const ics = await download(page, t.ics);
    expect(ics.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.text).toContain("DTSTART;VALUE=DATE:20260226\r\n");
    expect(ics.text).toContain("DTSTART;VALUE=DATE:20260227\r\n");
    for (const line of ics.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // On 26 Feb 2026 the Yên Tử spring festival is under way at Hoa Yên.
    await expect(page.locator('.plan-stop[data-site="hoa-yen"] .plan-festivals')).toBeVisible();
  }
});

test("a leg from Vĩnh Nghiêm to Côn Sơn shows the Đồng Việt bridge with its sources", async ({ page }) => {
  for (const [path, lead] of [["/plan/?s=vinh-nghiem,con-son", "cầu Đồng Việt"], ["/en/plan/?s=vinh-nghiem,con-son", "Đồng Việt bridge"]]) {
    await open(page, path);
    const bridge = page.locator('.plan-stop[data-site="con-son"] .plan-bridge');
    await expect(bridge).toContainText(lead);
    await expect(bridge.locator("li")).toHaveCount(3);
    await expect(bridge.locator('a.plan-milestone[href*="m=2025-07-dong-viet-bridge-opens"]')).toHaveCount(1);
    await expect(bridge.locator("a.plan-source").first()).toHaveAttribute("href", /\/sources\/#src-/);
    await expect(bridge.locator(".uncertain-note").first()).toContainText("⚠");
    // Not between two stops on the same side.
    await open(page, path.replace("vinh-nghiem,con-son", "con-son,kiep-bac"));
    await expect(page.locator(".plan-bridge")).toHaveCount(0);
  }
});

test("the itinerary prints on A4 with every stop and no card split across pages", async ({ page }) => {
  await open(page, "/en/plan/?s=hoa-yen,lan,ngoa-van,thai-mieu-nha-tran,bai-coc-yen-giang,vinh-nghiem,bo-da,con-son,kiep-bac,thanh-mai,kinh-chu,nham-duong&d=6&date=2026-02-26");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".plan-choose")).toBeHidden();
  await expect(page.locator(".plan-controls").first()).toBeHidden();
  const cards = page.locator(".plan-card");
  await expect(cards).toHaveCount(12);
  for (let i = 0; i < 12; i++) await expect(cards.nth(i)).toBeVisible();
  const breaks = await cards.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
  expect(breaks.every((b) => b === "avoid")).toBe(true);
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
});

test("a refused position says so, and the route still starts at the first stop", async ({ page }) => {
  // No permission given: the browser refuses, as when the visitor says no.
  const errors = trackErrors(page);
  await open(page, "/en/plan/?s=con-son,vinh-nghiem,hoa-yen");
  const button = page.getByRole("button", { name: "Start from where I am" });
  await button.click();
  await expect(page.getByText("Your position could not be read; the route starts at the first stop.")).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".plan-from-here")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe("from where the visitor is", () => {
  // A position in Hà Nội, given by the browser only after the visitor allows it.
  test.use({ geolocation: { latitude: 21.0285, longitude: 105.8542 }, permissions: ["geolocation"] });

  test("the route can start from the visitor's position, which no link carries", async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, "/en/plan/?s=con-son,vinh-nghiem,hoa-yen");
    await page.getByRole("button", { name: "Start from where I am" }).click();
    await expect(page.getByRole("button", { name: "Start from where I am" })).toHaveAttribute("aria-pressed", "true");
    const leg = page.locator(".plan-from-here");
    await expect(leg).toContainText("From your position to Con Son Pagoda");
    await expect(leg).toContainText("in a straight line");
    // From Hà Nội the nearest first stop is Vĩnh Nghiêm, not Côn Sơn: the shortest order changes.
    await page.getByRole("button", { name: "Use the shortest order" }).click();
    await expect(page).toHaveURL(/s=vinh-nghiem/);
    expect(page.url()).not.toContain("21.02");
    const hrefs = await page.locator("a.plan-map-link").evaluateAll((as) => as.map((a) => a.href));
    for (const h of hrefs) expect(h).not.toMatch(/21\.02|105\.85/);
    await expect(page.locator(".plan-from-here a", { hasText: "Google Maps" })).toHaveAttribute("href", /maps\/dir\/\?api=1&destination=Ch%C3%B9a%20V%C4%A9nh/);
    expect(errors).toEqual([]);
  });
});
