// The festival calendar: lunar dates turned into solar dates for a fixed "today", order, status,
// filters kept in the URL, the .ics download and the phone layout.
const { test, expect } = require("@playwright/test");
const fs = require("fs");
const { open, trackErrors } = require("./helpers");

const card = (page, id) => page.locator(`.fest-card[data-festival="${id}"]`);
// Waits for the list to be rendered (the data loads after the app starts), then reads its order.
async function order(page) {
  await page.locator(".fest-card").first().waitFor();
  return page.locator(".fest-card").evaluateAll((els) => els.map((e) => e.dataset.festival));
}

async function festivalCount(request) {
  const sites = await (await request.get("/data/sites.json")).json();
  return sites.reduce((n, s) => n + (s.festivals || []).length, 0);
}

test("every festival, soonest first, with lunar and solar dates in Vietnamese", async ({ page, request }) => {
  const errors = trackErrors(page);
  const total = await festivalCount(request);
  await open(page, "/festivals?today=2026-01-15&lang=vi");
  await expect(page.locator("h1")).toHaveText("Lịch lễ hội");
  await expect(page).toHaveTitle(/^Lịch lễ hội · /);
  await expect(page.locator(".fest-today time")).toHaveAttribute("datetime", "2026-01-15");
  await expect(page.locator(".fest-card")).toHaveCount(total);
  await expect(page.locator(".fest-count")).toHaveText(`${total} lễ hội`);
  // 8/1 = 24 Feb, 9/1 = 25 Feb, 10/1 = 26 Feb (Yên Tử, then Tây Yên Tử), 15/1 = 3 Mar, 16/1 = 4 Mar.
  expect((await order(page)).slice(0, 6)).toEqual([
    "an-phu-kinh-chu-spring",
    "ngoa-van-spring",
    "yen-tu-spring",
    "tay-yen-tu-spring",
    "ngoa-van-thuong-nguyen",
    "con-son-spring",
  ]);
  expect((await order(page)).at(-1)).toBe("tran-nhan-tong-nirvana");

  const yt = card(page, "yen-tu-spring");
  await expect(yt.locator("h3")).toHaveText("Lễ hội xuân Yên Tử");
  await expect(yt.locator(".fest-lunar")).toHaveText("10 tháng Giêng – hết tháng Ba");
  await expect(yt.locator(".fest-solar")).toHaveText("26/02 – 16/05/2026");
  await expect(yt.locator('time[datetime="2026-02-26"]')).toHaveText("26/02");
  await expect(yt.locator('time[datetime="2026-05-16"]')).toHaveText("16/05/2026");
  await expect(yt.locator(".fest-when")).toHaveText("Còn 42 ngày");
  await expect(yt.locator(".fest-note")).toContainText("⚠");
  await expect(yt.locator(".fest-note")).toContainText("10 tháng Tư");
  await expect(yt.getByRole("link", { name: "Chùa Hoa Yên" })).toHaveAttribute("href", "/site/hoa-yen/");

  const tyt = card(page, "tay-yen-tu-spring");
  await expect(tyt.locator(".fest-lunar")).toHaveText("10 tháng Giêng");
  await expect(tyt.locator(".fest-solar")).toHaveText("26/02/2026");
  await expect(tyt.locator('time[datetime="2026-02-26"]')).toHaveText("26/02/2026");

  await expect(card(page, "vinh-nghiem-festival").locator(".fest-solar")).toHaveText("01/04/2026");
  await expect(card(page, "vinh-nghiem-festival").locator(".fest-note")).toHaveCount(0);
  await expect(card(page, "bo-da-festival").locator(".fest-solar")).toHaveText("03–05/04/2026");
  await expect(card(page, "bach-dang").locator(".fest-solar")).toHaveText("24/04/2026");
  await expect(card(page, "nguyen-trai-anniversary").locator(".fest-solar")).toHaveText("26/09/2026");
  await expect(card(page, "tran-nhan-tong-nirvana").locator(".fest-solar")).toHaveText("09/12/2026");
  const kb = card(page, "kiep-bac-autumn");
  await expect(kb.locator(".fest-dates")).toContainText("Chính hội");
  await expect(kb.locator(".fest-dates")).toContainText("20 tháng Tám · 30/09/2026");
  // Kiếp Bạc names its opening (about 10/8) and its main day (20/8), no closing day: the lunar
  // label and the solar range describe the same days, opening to main day.
  await expect(kb.locator(".fest-lunar")).toHaveText("10–20 tháng Tám");
  await expect(kb.locator(".fest-solar")).toHaveText("20–30/09/2026");
  await expect(kb.locator(".fest-note")).toContainText("không nêu ngày bế hội");
  // Province with its former name.
  await expect(card(page, "con-son-spring").locator(".fest-province")).toContainText("Hải Phòng");
  await expect(page.getByRole("heading", { level: 2, name: "Ngày âm lịch và ngày dương lịch" })).toBeVisible();
  await expect(page.locator(".fest-about")).toContainText("UTC+7");
  expect(errors).toEqual([]);
});

test("the same calendar in English", async ({ page }) => {
  await open(page, "/festivals?today=2026-01-15&lang=en");
  await expect(page.locator("h1")).toHaveText("Festival calendar");
  const yt = card(page, "yen-tu-spring");
  await expect(yt.locator("h3")).toHaveText("Yên Tử spring festival");
  await expect(yt.locator(".fest-lunar")).toHaveText(
    "10th day of the 1st lunar month – end of the 3rd lunar month"
  );
  await expect(yt.locator(".fest-solar")).toHaveText("26 Feb – 16 May 2026");
  await expect(yt.locator(".fest-when")).toHaveText("In 42 days");
  await expect(yt.locator(".fest-note")).toContainText("Uncertain");
  const tyt = card(page, "tay-yen-tu-spring");
  await expect(tyt.locator(".fest-lunar")).toHaveText("10th day of the 1st lunar month");
  await expect(tyt.locator(".fest-solar")).toHaveText("26 Feb 2026");
  await expect(card(page, "thai-mieu-an-sinh").locator(".fest-solar")).toHaveText("30 Sep – 2 Oct 2026");
  await expect(card(page, "kiep-bac-autumn").locator(".fest-dates")).toContainText(
    "20th day of the 8th lunar month · 30 Sep 2026"
  );
  await expect(card(page, "kiep-bac-autumn").locator(".fest-lunar")).toHaveText(
    "10th–20th days of the 8th lunar month"
  );
  await expect(card(page, "kiep-bac-autumn").locator(".fest-solar")).toHaveText("20–30 Sep 2026");
  await expect(page.locator(".fest-count")).toHaveText(/^\d+ festivals$/);
});

test("a festival under way is 'happening now', and today / tomorrow are named", async ({ page }) => {
  await open(page, "/festivals?today=2026-03-01&lang=vi");
  expect((await order(page)).slice(0, 2)).toEqual(["ngoa-van-spring", "yen-tu-spring"]);
  const yt = card(page, "yen-tu-spring");
  await expect(yt.locator(".fest-when")).toHaveText("Đang diễn ra · ngày 4/80");
  await expect(yt).toHaveClass(/fest-now/);
  await expect(card(page, "ngoa-van-thuong-nguyen").locator(".fest-when")).toHaveText("Còn 2 ngày");
  // Tây Yên Tử's one-day opening (26 Feb) is over: next year's date, listed last.
  await expect(card(page, "tay-yen-tu-spring").locator(".fest-solar")).toHaveText("15/02/2027");
  expect((await order(page)).at(-1)).toBe("tay-yen-tu-spring");

  await open(page, "/festivals?today=2026-03-01&lang=en");
  await expect(card(page, "yen-tu-spring").locator(".fest-when")).toHaveText("Happening now · day 4 of 80");

  await open(page, "/festivals?today=2026-03-02&lang=vi");
  await expect(card(page, "ngoa-van-thuong-nguyen").locator(".fest-when")).toHaveText("Ngày mai");
  await open(page, "/festivals?today=2026-03-03&lang=en");
  await expect(card(page, "ngoa-van-thuong-nguyen").locator(".fest-when")).toHaveText("Today");
  await open(page, "/festivals?today=2026-03-02&lang=en");
  await expect(card(page, "ngoa-van-thuong-nguyen").locator(".fest-when")).toHaveText("Tomorrow");
});

test("past festivals roll over to next year's dates", async ({ page }) => {
  await open(page, "/festivals?today=2026-12-20&lang=vi");
  // Tết 2027 is 6 Feb 2027, so 10/1 is 15 Feb 2027.
  const yt = card(page, "yen-tu-spring");
  await expect(yt.locator(".fest-solar")).toHaveText("15/02 – 05/05/2027");
  await expect(yt.locator('time[datetime="2027-02-15"]')).toHaveCount(1);
  await expect(yt.locator(".fest-when")).toHaveText("Còn 57 ngày");
  await expect(card(page, "tran-nhan-tong-nirvana").locator(".fest-solar")).toHaveText("28/11/2027");
  expect((await order(page)).at(-1)).toBe("tran-nhan-tong-nirvana");
  await open(page, "/festivals?today=2026-12-20&lang=en");
  await expect(card(page, "yen-tu-spring").locator(".fest-solar")).toHaveText("15 Feb – 5 May 2027");
});

test("month and province filters live in the URL and survive a reload", async ({ page, request }) => {
  const errors = trackErrors(page);
  const total = await festivalCount(request);
  await open(page, "/festivals?today=2026-01-15&lang=vi");
  const month = page.getByLabel("Tháng (dương lịch)");
  const province = page.getByLabel("Tỉnh, thành phố");
  await expect(province.locator("option", { hasText: "Hải Phòng (gồm Hải Dương cũ)" })).toHaveCount(1);
  await expect(province.locator("option", { hasText: "Bắc Ninh (gồm Bắc Giang cũ)" })).toHaveCount(1);

  await month.selectOption("4");
  await expect(page).toHaveURL(/[?&]month=4(&|$)/);
  await expect(page).toHaveURL(/[?&]today=2026-01-15(&|$)/);
  await expect(page.locator(".fest-count")).toHaveText(`5 trên ${total} lễ hội`);
  expect(await order(page)).toEqual([
    "vinh-nghiem-festival",
    "bo-da-festival",
    "thanh-mai-festival",
    "nham-duong-festival",
    "bach-dang",
  ]);
  await expect(province.locator('option[value="hai-phong"]')).toHaveText("Hải Phòng (gồm Hải Dương cũ) (2)");

  await province.selectOption("hai-phong");
  await expect(page).toHaveURL(/[?&]province=hai-phong(&|$)/);
  await expect(page.locator(".fest-count")).toHaveText(`2 trên ${total} lễ hội`);
  expect(await order(page)).toEqual(["thanh-mai-festival", "nham-duong-festival"]);

  await page.reload();
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.getByLabel("Tháng (dương lịch)")).toHaveValue("4");
  await expect(page.getByLabel("Tỉnh, thành phố")).toHaveValue("hai-phong");
  expect(await order(page)).toEqual(["thanh-mai-festival", "nham-duong-festival"]);

  await page.goBack();
  await expect(page.locator(".fest-card")).toHaveCount(5);
  await expect(page.getByLabel("Tỉnh, thành phố")).toHaveValue("");

  await page.getByRole("button", { name: "Bỏ lọc" }).click();
  await expect(page.locator(".fest-card")).toHaveCount(total);
  await expect(page).not.toHaveURL(/month=|province=/);
  await expect(page).toHaveURL(/today=2026-01-15/);

  // A former province's id in a shared link means the province it merged into.
  await open(page, "/festivals?today=2026-01-15&province=bac-giang&lang=en");
  await expect(page.getByLabel("Province or city")).toHaveValue("bac-ninh");
  await expect(page.getByLabel("Month (solar)")).toHaveValue("");
  expect(await order(page)).toEqual(["tay-yen-tu-spring", "vinh-nghiem-festival", "bo-da-festival"]);
  await expect(page.locator(".fest-count")).toHaveText(`3 of ${total} festivals`);

  // Nothing matches: a way out.
  await open(page, "/festivals?today=2026-01-15&month=7&lang=en");
  await expect(page.locator(".fest-empty")).toContainText("No festival matches");
  await page.locator(".fest-empty").getByRole("button", { name: "Clear filters" }).click();
  await expect(page.locator(".fest-card")).toHaveCount(total);
  expect(errors).toEqual([]);
});

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(path, "utf8") };
}

test("the .ics download holds one event per festival with CRLF lines", async ({ page, request }) => {
  const total = await festivalCount(request);
  await open(page, "/festivals?today=2026-01-15&lang=vi");
  const vi = await download(page, "Tải lịch (.ics)");
  expect(vi.name).toBe("le-hoi-yen-tu.ics");
  const ics = vi.text;
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(ics.match(/\n/g).length).toBe(ics.match(/\r\n/g).length);
  expect(ics.match(/BEGIN:VEVENT/g).length).toBe(total);
  expect(ics).toContain("DTSTAMP:20260115T000000Z");
  const unfolded = ics.replace(/\r\n /g, "");
  const events = unfolded.split("BEGIN:VEVENT").slice(1);
  const yt = events.find((e) => e.includes("UID:yen-tu-spring-2026@yentu-explorer"));
  expect(yt).toBeTruthy();
  expect(yt).toContain("\r\nDTSTART;VALUE=DATE:20260226\r\n");
  expect(yt).toContain("\r\nDTEND;VALUE=DATE:20260517\r\n");
  expect(yt).toContain("SUMMARY:Lễ hội xuân Yên Tử — Chùa Hoa Yên\r\n");
  expect(yt).toContain("DESCRIPTION:Âm lịch: 10 tháng Giêng – hết tháng Ba\\n");
  const origin = new URL(page.url()).origin;
  expect(yt).toContain(`URL:${origin}/site/hoa-yen/\r\n`);
  const tnt = events.find((e) => e.includes("UID:tran-nhan-tong-nirvana-2026@yentu-explorer"));
  expect(tnt).toContain("DTSTART;VALUE=DATE:20261209");

  await open(page, "/festivals?today=2026-01-15&lang=en");
  const en = await download(page, "Download calendar (.ics)");
  expect(en.name).toBe("yen-tu-festivals.ics");
  expect(en.text.replace(/\r\n /g, "")).toContain("SUMMARY:Yên Tử spring festival — Hoa Yen Pagoda\r\n");
});

test("the calendar fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ["vi", "en"]) {
    await open(page, `/festivals?today=2026-03-01&lang=${lang}`);
    await expect(page.locator(".fest-card").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
  // Keyboard: the month filter is reachable and usable.
  await page.getByLabel("Month (solar)").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/month=1/);
});

test("no axe violations: filtered in English, happening now on a dark phone", async ({ page }) => {
  const AxeBuilder = require("@axe-core/playwright").default;
  const audit = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await open(page, "/festivals?today=2026-01-15&month=4&province=hai-phong&lang=en");
  await expect(page.locator(".fest-card")).toHaveCount(2);
  await audit();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await open(page, "/festivals?today=2026-03-01&lang=vi");
  await expect(card(page, "yen-tu-spring")).toHaveClass(/fest-now/);
  await audit();
});
