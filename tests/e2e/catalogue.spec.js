// The catalogue: facets with counts, diacritic-insensitive search with highlighting, sorting,
// the URL as the single source of truth, copy link, phone layout and keyboard use.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");

const HAI_DUONG_FIVE = ["con-son", "kiep-bac", "thanh-mai", "kinh-chu", "nham-duong"];

/** The ids of the result cards, in order. */
async function ids(page) {
  return page.locator(".cat-cards .site-card").evaluateAll((els) => els.map((e) => e.dataset.site));
}

/** The fieldset of a facet ("kind", "province", "status", …). */
function facet(page, key) {
  return page.locator(`fieldset[data-facet="${key}"]:visible`);
}

/** The label (check box, name and count) of a facet value. */
function option(page, key, name) {
  return facet(page, key).locator("label.facet-option", {
    has: page.locator(".facet-label", { hasText: new RegExp(`^${name}$`) }),
  });
}

const count = (page) => page.locator(".result-count");

test("facet counts: values counted under the other filters, zeros shown disabled", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/sites?lang=vi");
  await expect(count(page)).toHaveText("23 kết quả");
  await expect(count(page)).toHaveAttribute("aria-live", "polite");
  // One cave (Động Kính Chủ).
  await expect(option(page, "kind", "Động").locator(".facet-count")).toHaveText("1");
  // No site of the Mạc dynasty: listed, disabled, not hidden.
  const mac = option(page, "era", "Nhà Mạc");
  await expect(mac).toBeVisible();
  await expect(mac.locator(".facet-count")).toHaveText("0");
  await expect(mac.getByRole("checkbox")).toBeDisabled();
  // Selecting components makes the tomb count 0 (Thái Lăng was dropped) but keeps the status
  // counts of the other statuses (disjunctive counting within a facet).
  await option(page, "status", "Hợp phần di sản").getByRole("checkbox").check();
  await expect(page).toHaveURL(/status=component/);
  await expect(count(page)).toHaveText("12 kết quả");
  await expect(option(page, "kind", "Lăng mộ").getByRole("checkbox")).toBeDisabled();
  await expect(option(page, "kind", "Chùa").locator(".facet-count")).toHaveText("7");
  await expect(option(page, "status", "Địa điểm liên quan").locator(".facet-count")).toHaveText("6");
  await expect(option(page, "status", "Đã rút khỏi hồ sơ").getByRole("checkbox")).toBeEnabled();
  // A selected value stays enabled even with a zero count.
  await open(page, "/sites?lang=vi&kind=tomb&status=component");
  await expect(page.locator(".cat-empty")).toContainText("Không có kết quả");
  await expect(option(page, "kind", "Lăng mộ").getByRole("checkbox")).toBeChecked();
  await expect(option(page, "kind", "Lăng mộ").getByRole("checkbox")).toBeEnabled();
  // The empty state's "clear all" brings everything back.
  await page.locator(".cat-empty").getByRole("button", { name: "Xóa tất cả bộ lọc" }).click();
  await expect(count(page)).toHaveText("23 kết quả");
  await expect(page).toHaveURL(/\/sites\/$/);
  expect(errors).toEqual([]);
});

test("values OR within a facet and facets AND across; clear one facet", async ({ page }) => {
  await open(page, "/sites?lang=en");
  await option(page, "kind", "Cave").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("1 result");
  await expect.poll(() => ids(page)).toEqual(["kinh-chu"]);
  await option(page, "kind", "Temple").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("3 results");
  await expect(page).toHaveURL(/kind=temple,cave/);
  expect((await ids(page)).sort()).toEqual(["den-an-sinh", "kiep-bac", "kinh-chu"]);
  await option(page, "status", "Component part").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("2 results");
  expect(await ids(page)).toEqual(["kiep-bac", "kinh-chu"]);
  // "Clear" on the kind facet only.
  await facet(page, "kind").getByRole("button", { name: /Clear/ }).click();
  await expect(count(page)).toHaveText("12 results");
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page).toHaveURL(/status=component/);
  await expect(facet(page, "kind").getByRole("button", { name: /Clear/ })).toBeHidden();
});

test("provinces: Hải Phòng holds Côn Sơn; former Hải Dương by URL chip and by search", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  await option(page, "province", "Hải Phòng").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("5 kết quả");
  expect(await ids(page)).toContain("con-son");
  expect((await ids(page)).sort()).toEqual([...HAI_DUONG_FIVE].sort());
  await expect(page.locator('.site-card[data-site="con-son"] .province')).toHaveText(
    "Hải Phòng (trước 2025: Hải Dương)"
  );
  // A former province in the URL is a removable chip.
  await open(page, "/sites?lang=vi&province=hai-duong");
  await expect(count(page)).toHaveText("5 kết quả");
  expect((await ids(page)).sort()).toEqual([...HAI_DUONG_FIVE].sort());
  const chip = facet(page, "province").locator(".chip");
  await expect(chip).toContainText("Hải Dương (trước 2025)");
  await chip.click();
  await expect(count(page)).toHaveText("23 kết quả");
  await expect(page).not.toHaveURL(/province=/);
  // Typing the old name finds the same five, ahead of texts where "hai" and "dương" are apart.
  for (const text of ["hai duong", "Hải Dương"]) {
    await page.getByLabel("Tìm kiếm").fill(text);
    await expect(page).toHaveURL(/q=(hai|H%E1%BA%A3i)(\+|%20)(duong|D%C6%B0%C6%A1ng)/);
    await expect(page.locator(".cat-cards .site-card").first()).toHaveAttribute("data-site", "con-son");
    const found = await ids(page);
    expect(found.slice(0, 6)).toEqual(expect.arrayContaining(HAI_DUONG_FIVE));
    expect(found.indexOf("hoa-yen")).toBeGreaterThan(5);
  }
});

test("search folds case and diacritics, highlights with <mark>, ranks name matches first", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  const search = page.getByLabel("Tìm kiếm");
  await expect(search).toHaveAttribute("type", "search");
  const lists = [];
  for (const text of ["con son", "Côn Sơn", "CÔN SƠN"]) {
    await search.fill(text);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "(\\+|%20)")}`));
    await expect(count(page)).not.toHaveText("23 kết quả");
    lists.push(await ids(page));
    const title = page.locator('.site-card[data-site="con-son"] .card-title');
    await expect(title.locator("mark")).toHaveText(["Côn Sơn"]);
  }
  expect(lists[0].length).toBeGreaterThan(0);
  expect(lists[1]).toEqual(lists[0]);
  expect(lists[2]).toEqual(lists[0]);
  expect(lists[0][0]).toBe("con-son");
  // Marks are elements around text nodes, never markup built from strings.
  await expect(page.locator('.site-card[data-site="con-son"] .card-title a')).toHaveText("Chùa Côn Sơn");
  // Summaries are highlighted too.
  await search.fill("Phap Loa");
  await expect(page.locator(".cat-cards .card-summary mark").first()).toHaveText(/Pháp|Loa/);
  // Name matches first: every card whose name is marked comes before every other card.
  await search.fill("kiep bac");
  await expect(page.locator(".cat-cards .site-card").first()).toHaveAttribute("data-site", "kiep-bac");
  const marked = await page
    .locator(".cat-cards .site-card")
    .evaluateAll((els) => els.map((e) => e.querySelector(".card-title mark") !== null));
  expect(marked.length).toBeGreaterThan(1);
  expect(marked.indexOf(false)).toBeGreaterThan(0);
  expect(marked.slice(marked.indexOf(false))).not.toContain(true);
});

test("sort by name in Vietnamese order: Đ after D (and C), before H and T", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  await page.getByLabel("Sắp xếp").selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
  // "Bãi cọc Đồng …" before "Bãi cọc Yên …": Đ sorts right after D, long before Y.
  await expect(page.locator(".cat-cards .site-card").first()).toHaveAttribute("data-site", "dong-ma-ngua");
  const names = await page.locator(".cat-cards .card-title a").allTextContents();
  const alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
  const letter = (n) => alphabet.indexOf(n.normalize("NFC").charAt(0).toLowerCase());
  const letters = names.map(letter);
  expect(letters).not.toContain(-1);
  for (let i = 1; i < letters.length; i++) expect(letters[i]).toBeGreaterThanOrEqual(letters[i - 1]);
  const firstD = names.findIndex((n) => n.startsWith("Đ"));
  const lastC = names.map((n) => n.startsWith("C")).lastIndexOf(true);
  expect(firstD).toBeGreaterThan(lastC);
  expect(names.indexOf("Động Kính Chủ")).toBeLessThan(names.indexOf("Hồ Thiên"));
  expect(names.indexOf("Đền Kiếp Bạc")).toBeLessThan(names.indexOf("Thái Lăng"));
  // In English, English order.
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page.locator(".cat-cards .site-card").first()).toHaveAttribute("data-site", "den-an-sinh");
});

test("sort by distance from a chosen site shows the km on each card", async ({ page }) => {
  await open(page, "/sites?lang=en");
  await expect(page.getByLabel("From", { exact: true })).toBeHidden();
  await page.getByLabel("Sort by").selectOption("near");
  await expect(page).toHaveURL(/sort=near:hoa-yen/);
  await page.getByLabel("From", { exact: true }).selectOption("con-son");
  await expect(page).toHaveURL(/sort=near:con-son/);
  await expect(page.locator(".cat-cards .site-card").first()).toHaveAttribute("data-site", "kiep-bac");
  expect(await ids(page)).not.toContain("con-son");
  const labels = await page.locator(".cat-cards .card-distance").allTextContents();
  // The 11 other places with a position of their own carry a distance; the 11 without one
  // (tests/positions.rs) come last, without a distance.
  expect(labels.length).toBe(11);
  await expect(page.locator(".cat-cards .site-card")).toHaveCount(22);
  await expect(page.locator(".cat-cards .site-card").last().locator(".card-distance")).toHaveCount(0);
  const km = labels.map((l) => {
    const m = l.match(/^≈ (\d+\.\d) km$/);
    expect(m, l).not.toBeNull();
    return Number(m[1]);
  });
  for (let i = 1; i < km.length; i++) expect(km[i]).toBeGreaterThanOrEqual(km[i - 1]);
  expect(km[0]).toBeGreaterThan(3);
  expect(km[0]).toBeLessThan(10);
  // Vietnamese writes a decimal comma.
  await open(page, "/sites?lang=vi&sort=near:con-son");
  await expect(page.locator(".cat-cards .card-distance").first()).toHaveText(/^≈ \d+,\d km$/);
  await expect(page.getByLabel("Tính từ")).toHaveValue("con-son");
});

test("the URL holds the view: reload restores it, back and forward walk the changes", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  await option(page, "status", "Hợp phần di sản").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("12 kết quả");
  await option(page, "kind", "Chùa").getByRole("checkbox").check();
  await expect(count(page)).toHaveText("7 kết quả");
  await page.getByLabel("Sắp xếp").selectOption("name");
  await page.getByLabel("Tìm kiếm").fill("chua");
  await expect(page).toHaveURL(/\/sites\/\?q=chua&kind=pagoda&status=component&sort=name$/);
  const before = await ids(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect.poll(() => ids(page)).toEqual(before);
  await expect(page.getByLabel("Tìm kiếm")).toHaveValue("chua");
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("name");
  await expect(option(page, "kind", "Chùa").getByRole("checkbox")).toBeChecked();
  await expect(option(page, "status", "Hợp phần di sản").getByRole("checkbox")).toBeChecked();
  // Back first undoes the typing (one step, however many keystrokes), then the sort, then
  // each filter in turn: no step is skipped.
  await page.goBack();
  await expect(page).toHaveURL(/\/sites\/\?kind=pagoda&status=component&sort=name$/);
  await expect(page.getByLabel("Tìm kiếm")).toHaveValue("");
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("name");
  await page.goBack();
  await expect(page).toHaveURL(/\/sites\/\?kind=pagoda&status=component$/);
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("component");
  await expect(count(page)).toHaveText("7 kết quả");
  await page.goBack();
  await expect(count(page)).toHaveText("12 kết quả");
  await expect(option(page, "kind", "Chùa").getByRole("checkbox")).not.toBeChecked();
  await page.goForward();
  await expect(count(page)).toHaveText("7 kết quả");
  await expect(option(page, "kind", "Chùa").getByRole("checkbox")).toBeChecked();
});

test("copy link puts this view's address on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/sites?lang=en&kind=cave");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator(".copy-status")).toHaveText("Copied");
  await expect(page.locator(".copy-status")).toHaveAttribute("aria-live", "polite");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("kind=cave");
});

test("without a clipboard the link is shown selected instead", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
  });
  await open(page, "/sites?lang=vi&kind=cave");
  await page.getByRole("button", { name: "Sao chép liên kết" }).click();
  const field = page.getByLabel("Liên kết", { exact: true });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(page.url());
  const selected = await field.evaluate((el) => el.value.substring(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(page.url());
});

test("at 360 px: no horizontal scroll, filters in a sheet with the live count in view", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, "/sites?lang=vi&sort=near:con-son");
  await expect(page.locator(".cat-cards .site-card").first()).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(360);
  const sheet = page.locator("dialog.cat-sheet");
  await expect(sheet).toBeHidden();
  await expect(option(page, "kind", "Động")).toBeHidden();
  // The button sits above the results.
  const opener = page.getByRole("button", { name: /^Bộ lọc/ });
  const openerBox = await opener.boundingBox();
  const firstCard = await page.locator(".cat-cards .site-card").first().boundingBox();
  expect(openerBox.y).toBeLessThan(firstCard.y);
  await opener.click();
  await expect(sheet).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Bộ lọc" })).toBeVisible();
  await option(page, "kind", "Động").getByRole("checkbox").check();
  await expect(page).toHaveURL(/kind=cave/);
  // The live count and "show results" stay in view, whatever was ticked.
  const inView = async (loc) => {
    const b = await loc.boundingBox();
    return b !== null && b.y >= 0 && b.y + b.height <= 780 && b.x >= 0 && b.x + b.width <= 360;
  };
  await expect(sheet.locator(".sheet-count")).toHaveText("1 kết quả");
  expect(await inView(sheet.locator(".sheet-count"))).toBe(true);
  const show = sheet.getByRole("button", { name: "Xem 1 kết quả" });
  expect(await inView(show)).toBe(true);
  // Ticking a value further down keeps them in view too.
  await option(page, "recognition", "Bảo vật quốc gia").getByRole("checkbox").check();
  await expect(sheet.locator(".sheet-count")).toHaveText("1 kết quả");
  expect(await inView(sheet.locator(".sheet-count"))).toBe(true);
  expect(await inView(sheet.locator(".sheet-show"))).toBe(true);
  expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(360);
  // "Show results" closes the sheet and moves to the results.
  await sheet.locator(".sheet-show").click();
  await expect(sheet).toBeHidden();
  await expect(count(page)).toBeFocused();
  await expect.poll(() => ids(page)).toEqual(["kinh-chu"]);
  await expect(opener).toHaveText("Bộ lọc (2)");
  // "Clear all" in the sheet; Escape closes it and gives the focus back to its button.
  await opener.click();
  await sheet.getByRole("button", { name: "Xóa tất cả" }).click();
  await expect(sheet.locator(".sheet-count")).toHaveText("22 kết quả");
  await expect(sheet.getByRole("button", { name: "Xóa tất cả" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
  // On a wide screen the facets are a sidebar beside the results.
  await page.setViewportSize({ width: 1200, height: 800 });
  const side = page.locator("section.cat-filters");
  await expect(side).toBeVisible();
  const sideBox = await side.boundingBox();
  const results = await page.locator(".cat-results").boundingBox();
  expect(sideBox.x + sideBox.width).toBeLessThanOrEqual(results.x);
  await expect(opener).toHaveCount(0);
});

test("every result shows where it matched; 'Côn Sơn' first finds the sites of Chí Linh", async ({ page }) => {
  const chiLinh = ["con-son", "kiep-bac", "thanh-mai"];
  for (const lang of ["vi", "en"]) {
    for (const text of ["Côn Sơn", "con son"]) {
      await open(page, `/sites?lang=${lang}&q=${encodeURIComponent(text)}`);
      const found = await ids(page);
      expect(found.slice(0, 3).sort()).toEqual([...chiLinh].sort());
      expect(found[0]).toBe("con-son");
      // Every card has a mark: in its name, its summary or an excerpt of where it matched.
      const marks = await page
        .locator(".cat-cards .site-card")
        .evaluateAll((els) => els.map((e) => e.querySelectorAll("mark").length));
      expect(marks.length).toBe(found.length);
      expect(marks).not.toContain(0);
      // Kiếp Bạc matched in its description: the excerpt says so and marks the place.
      const excerpt = page.locator('.site-card[data-site="kiep-bac"] .card-match');
      await expect(excerpt).toContainText(lang === "vi" ? "Trong bài giới thiệu" : "In the description");
      await expect(excerpt.locator("mark").first()).toHaveText("Côn Sơn");
    }
  }
  // The property's own name is not a match: Hồ Thiên names Côn Sơn only inside it.
  await open(page, "/sites?lang=vi&q=C%C3%B4n%20S%C6%A1n");
  expect(await ids(page)).not.toContain("ho-thien");
});

test("the catalogue's link to the map carries the search and the filters", async ({ page }) => {
  await open(page, "/sites?lang=vi&q=chua&kind=pagoda&province=hai-phong");
  const link = page.getByRole("link", { name: "Xem các kết quả trên bản đồ" });
  await expect(link).toHaveAttribute("href", /\/map\/\?q=chua&province=hai-phong&kind=pagoda$/);
  await link.click();
  await expect(page).toHaveURL(/\/map\/\?q=chua&province=hai-phong&kind=pagoda$/);
  await expect(page.locator("main h1")).toBeVisible();
  // A change of filter follows in the link.
  await page.goBack();
  await option(page, "kind", "Chùa").getByRole("checkbox").uncheck();
  await expect(link).toHaveAttribute("href", /\/map\/\?q=chua&province=hai-phong$/);
});

test("keyboard: Tab to the search box, type, Tab to a check box, Space toggles it", async ({ page }) => {
  await open(page, "/sites?lang=vi");
  const focusedId = () => page.evaluate(() => document.activeElement && document.activeElement.id);
  for (let i = 0; i < 30 && (await focusedId()) !== "cat-q"; i++) await page.keyboard.press("Tab");
  expect(await focusedId()).toBe("cat-q");
  await page.keyboard.type("chua");
  await expect(page).toHaveURL(/q=chua/);
  await expect(page.getByLabel("Tìm kiếm")).toBeFocused();
  const isCheckbox = () => page.evaluate(() => document.activeElement && document.activeElement.type === "checkbox");
  for (let i = 0; i < 10 && !(await isCheckbox()); i++) await page.keyboard.press("Tab");
  expect(await isCheckbox()).toBe(true);
  const before = await count(page).textContent();
  await page.keyboard.press("Space");
  const focused = page.locator(":focus");
  await expect(focused).toBeChecked();
  await expect(page).toHaveURL(/status=component/);
  await expect(count(page)).not.toHaveText(before);
  // Focus stays on the check box, so Space toggles it back.
  await page.keyboard.press("Space");
  await expect(focused).not.toBeChecked();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page).toHaveURL(/q=chua/);
});

test("the language switch keeps the search, filters and sort", async ({ page }) => {
  await open(page, "/sites?lang=vi&q=tran&kind=pagoda&sort=name");
  const vi = await ids(page);
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/sites\/\?q=tran&kind=pagoda&sort=name$/);
  await expect(page.locator("h1")).toHaveText("Sites");
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue("tran");
  await expect(option(page, "kind", "Pagoda").getByRole("checkbox")).toBeChecked();
  await expect(page.getByLabel("Sort by")).toHaveValue("name");
  expect((await ids(page)).sort()).toEqual([...vi].sort());
});

test("a long result list is drawn a page at a time, with 'show more'", async ({ page, request }) => {
  const real = await (await request.get("/data/sites.json")).json();
  const many = Array.from({ length: 130 }, (_, i) => {
    const s = JSON.parse(JSON.stringify(real[i % real.length]));
    s.id = `${s.id}-${i}`;
    s.name.en = `${s.name.en} ${i}`;
    s.festivals = [];
    return s;
  });
  await page.route("**/data/sites.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(many) })
  );
  await open(page, "/sites?lang=en");
  const cards = page.locator(".cat-cards .site-card");
  await expect(cards).toHaveCount(60);
  const more = page.getByRole("button", { name: "Show 60 more (70 left)" });
  await more.click();
  await expect(cards).toHaveCount(120);
  await page.getByRole("button", { name: "Show 10 more (10 left)" }).click();
  await expect(cards).toHaveCount(130);
  await expect(page.locator(".cat-more")).toHaveCount(0);
  // A new search starts from the first page again.
  await page.getByRole("searchbox").fill("a");
  await expect(cards).toHaveCount(60);
});
