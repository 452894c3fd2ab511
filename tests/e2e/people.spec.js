// People pages and lifelines (issue 19): the index with its groups and lifelines (the chart and
// its tables hold the same facts), a person page reached from the navigation, from a site page's
// mention and from the catalogue's person filter, and an unknown id. Both languages.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");
const AxeBuilder = require("@axe-core/playwright").default;
const fs = require("fs");
const path = require("path");

const people = JSON.parse(fs.readFileSync(path.join(__dirname, "../../public/data/people.json"), "utf8"));
const sites = JSON.parse(fs.readFileSync(path.join(__dirname, "../../public/data/sites.json"), "utf8"));
const dated = people.filter((p) => p.born != null || p.died != null);
const undated = people.filter((p) => p.born == null && p.died == null);

for (const lang of ["vi", "en"]) {
  const prefix = lang === "en" ? "/en" : "";

  test(`people index: every person, grouped, lifelines and table agree (${lang})`, async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, `${prefix}/people/`);
    await expect(page.locator("main h1")).toHaveText(lang === "en" ? "People" : "Nhân vật lịch sử");
    // Every person is listed once, in a group, with a link to their page.
    for (const p of people) {
      const item = page.locator(`.people-group li[data-person="${p.id}"]`);
      await expect(item).toHaveCount(1);
      await expect(item.getByRole("link", { name: p.name.vi })).toHaveAttribute("href", `${prefix}/person/${p.id}/`);
    }
    await expect(page.locator("#group-truc-lam li")).toHaveCount(3);
    await expect(page.locator(".group-rule")).toContainText(lang === "en" ? "the role given beside their name" : "vai trò ghi bên tên mình");

    // The chart: one focusable bar per dated person, named with the dates.
    const bars = page.locator("a.life-bar");
    await expect(bars).toHaveCount(dated.length);
    for (const p of dated) {
      const bar = page.locator(`a.life-bar[data-person="${p.id}"]`);
      const label = await bar.getAttribute("aria-label");
      expect(label).toContain(p.name[lang]);
      for (const y of [p.born, p.died].filter((y) => y != null)) expect(label).toContain(String(y));
      if (p.born == null) expect(label).toContain(lang === "en" ? "year of birth not given" : "năm sinh không có");
    }
    // Undated people are named under the chart, not drawn.
    for (const p of undated) {
      await expect(page.locator(".undated-list a", { hasText: p.name.vi })).toHaveCount(1);
      await expect(page.locator(`a.life-bar[data-person="${p.id}"]`)).toHaveCount(0);
    }
    // The table holds the same facts as the chart.
    const fromChart = await bars.evaluateAll((els) => els.map((e) => [e.dataset.person, e.dataset.born, e.dataset.died]));
    const fromTable = await page
      .locator(".life-table:not(.events-table) tbody tr")
      .evaluateAll((els) => els.map((e) => [e.dataset.person, e.dataset.born, e.dataset.died]));
    expect(fromTable).toEqual(fromChart);
    const cells = await page.locator(".life-table:not(.events-table) tbody tr").evaluateAll((rows) =>
      rows.map((r) => [r.dataset.born, r.dataset.died, r.cells[2].textContent, r.cells[3].textContent])
    );
    for (const [born, died, bornCell, diedCell] of cells) {
      expect(bornCell).toBe(born || (lang === "en" ? "not given in the data" : "không có trong dữ liệu"));
      expect(diedCell).toBe(died || (lang === "en" ? "not given in the data" : "không có trong dữ liệu"));
    }
    // Event marks and the events table agree too; every mark is a year the data dates.
    const marks = await page.locator(".event-mark").evaluateAll((els) => els.map((e) => [e.dataset.year, e.dataset.qualifier]));
    const eventRows = await page.locator(".events-table tbody tr").evaluateAll((els) => els.map((e) => [e.dataset.year, e.dataset.qualifier]));
    expect(marks.length).toBeGreaterThan(0);
    expect(eventRows).toEqual(marks);
    await expect(page.locator(`.event-mark[data-year="1288"]`)).toHaveCount(1);

    // Keyboard: a bar is a link that takes focus and opens the person.
    const first = page.locator(`a.life-bar[data-person="${dated[0].id}"]`);
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${prefix}/person/${dated[0].id}/$`));
    await expect(page.locator("main h1")).toHaveText(dated[0].name.vi);
    expect(errors).toEqual([]);
  });

  test(`a person page from the navigation (${lang})`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `${prefix}/`);
    await page.getByRole("navigation").first().getByRole("link", { name: lang === "en" ? "People" : "Nhân vật", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/people/$`));
    await page.locator(`.people-group li[data-person="tran-nhan-tong"] a`).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/person/tran-nhan-tong/$`));
    const article = page.locator("article.person-page");
    await expect(article.locator("h1")).toHaveText("Trần Nhân Tông");
    await expect(article.locator(".person-dates")).toContainText("1308");
    await expect(article.locator(".person-alt")).toContainText("Phật hoàng");
    // Sites as cards (either side of the link), the passing on 1/11, numbered citations.
    await expect(article.locator(`.person-sites .site-card[data-site="ngoa-van"]`)).toHaveCount(1);
    await expect(article.locator(`.person-sites .site-card[data-site="hue-quang-stupa-garden"]`)).toHaveCount(1);
    await expect(article.locator(`.festival[data-festival="tran-nhan-tong-nirvana"]`)).toHaveCount(1);
    await expect(article.locator(".person-about .cite-ref").first()).toHaveText("[1]");
    const refs = await article.locator(".cite-ref").count();
    expect(refs).toBeGreaterThan(0);
    await expect(article.locator(".site-footnotes li").first()).toHaveAttribute("id", "cite-1");
    await expect(page).toHaveTitle(/Trần Nhân Tông/);
    expect(errors).toEqual([]);
  });

  test(`the people index from the phone menu (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, `${prefix}/sites/`);
    await page.locator(".menu-toggle").click();
    await page.getByRole("navigation").first().getByRole("link", { name: lang === "en" ? "People" : "Nhân vật", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/people/$`));
    await expect(page.locator("a.life-bar").first()).toBeVisible();
  });

  test(`a person page from a site page's mention, and ⚠ carried (${lang})`, async ({ page }) => {
    await open(page, `${prefix}/site/kiep-bac/`);
    const item = page.locator(".site-people .people-list li", { hasText: "Trần Thánh Tông" });
    await item.getByRole("link", { name: "Trần Thánh Tông" }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/person/tran-thanh-tong/$`));
    await expect(page.locator(".person-head .uncertain-note")).toContainText("⚠");
    await expect(page.locator(".person-head .uncertain-note")).toContainText("1290");
    // Trần Hưng Đạo's day, 20/8, from Kiếp Bạc's festival.
    await open(page, `${prefix}/person/tran-hung-dao/`);
    await expect(page.locator(`.festival[data-festival="kiep-bac-autumn"]`)).toContainText("20");
  });

  test(`a person page from the catalogue's person filter (${lang})`, async ({ page }) => {
    await open(page, `${prefix}/sites/?person=nguyen-trai`);
    await expect(page.locator(".cat-results .site-card")).toHaveCount(1);
    await page.locator(".cat-person-links a", { hasText: "Nguyễn Trãi" }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/person/nguyen-trai/$`));
    await expect(page.locator(`.festival[data-festival="nguyen-trai-anniversary"]`)).toHaveCount(1);
    // And back: the person page's own link to the filtered catalogue.
    await page.locator("a.person-filter").click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/sites/\\?person=nguyen-trai$`));
    await expect(page.locator(".cat-results .site-card")).toHaveCount(1);
  });

  test(`a person page's map thumbnail: one marker per site with a position, named, with the way to the map (${lang})`, async ({ page }) => {
    const errors = trackErrors(page);
    await open(page, `${prefix}/person/tran-nhan-tong/`);
    const person = people.find((p) => p.id === "tran-nhan-tong");
    const linked = sites.filter((s) => person.sites.includes(s.id) || (s.people || []).includes(person.id));
    const placed = linked.filter((s) => s.location);
    expect(placed.length).toBeLessThan(linked.length);
    const thumb = page.locator(".person-sites figure.person-thumb");
    await expect(thumb).toHaveCount(1);
    const img = thumb.getByRole("img");
    await expect(thumb.locator(".thumb-mark")).toHaveCount(placed.length);
    for (const s of placed) {
      await expect(thumb.locator(`.thumb-mark[data-site="${s.id}"] text`)).toHaveText(String(s.component));
      await expect(img).toHaveAttribute("aria-label", new RegExp(`${s.component}\\. ${s.name[lang]}`));
    }
    await expect(img).toHaveAttribute("aria-label", lang === "en" ? /^Locator map of the property's area, marked: / : /^Bản đồ vị trí trong khu di sản, đánh dấu: /);
    await expect(thumb.locator(".thumb-list li")).toHaveCount(placed.length);
    // The place without a position of its own is named as not drawn.
    for (const s of linked.filter((s) => !s.location)) {
      await expect(thumb.locator(".thumb-missing")).toContainText(s.name[lang]);
      await expect(thumb.locator(`.thumb-mark[data-site="${s.id}"]`)).toHaveCount(0);
    }
    const link = thumb.getByRole("link", { name: lang === "en" ? "View on the map" : "Xem trên bản đồ" });
    await expect(link).toHaveAttribute("href", `${prefix}/map/?person=tran-nhan-tong`);
    // Written into the page by the build tool too.
    const html = await (await page.request.get(`${prefix}/person/tran-nhan-tong/`)).text();
    expect(html).toContain('class="person-thumb"');
    expect((html.match(/class="thumb-mark /g) || []).length).toBe(placed.length);
    expect(errors).toEqual([]);
  });

  test(`a person page has no axe violations (${lang})`, async ({ page }) => {
    for (const id of ["tran-nhan-tong", "tran-hung-dao"]) {
      await open(page, `${prefix}/person/${id}/`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, id).toEqual([]);
    }
  });

  test(`the lifelines' event marks do not overlap at 360 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, `${prefix}/people/`);
    const boxes = await page.locator(".event-mark").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { year: e.dataset.year, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      })
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
        expect(apart, `marks ${a.year} and ${b.year} overlap`).toBe(true);
      }
    }
  });

  test(`an unknown person id is not found (${lang})`, async ({ page }) => {
    await open(page, `${prefix}/person/no-such-person/`);
    await expect(page.locator("main h1")).toHaveText(lang === "en" ? "Page not found" : "Không tìm thấy trang");
  });
}

// Screenshots of the index with the lifelines, for the closing note.
for (const lang of ["vi", "en"]) {
  for (const width of [360, 1280]) {
    test(`screenshot: people index at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, lang === "en" ? "/en/people/" : "/people/");
      await page.locator(".lifelines").scrollIntoViewIfNeeded();
      const dir = process.env.SHOTS_DIR || "/tmp/shots";
      fs.mkdirSync(dir, { recursive: true });
      await page.locator(".lifelines").screenshot({ path: `${dir}/people-${lang}-${width}.png` });
    });
  }
}
