// The dossier page: its outcome first, the phases, the after-inscription requests, durations, the
// filterable timeline kept in the URL, dates per language, deep links, ⚠ notes and sources.
const { test, expect } = require("@playwright/test");
const { open, trackErrors } = require("./helpers");
const fs = require("fs");
const path = require("path");

const data = (f) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../public/data", f), "utf8"));
const timeline = data("timeline.json");
const property = data("property.json");
const sites = data("sites.json");

const PHASES = ["tentative_list", "preparation", "submission", "evaluation", "decision", "after_inscription"];

const count = (list, status) => list.filter((m) => m.status === status).length;
const startYear = (m) => Number(m.date.slice(0, 4));
const endYear = (m) => Math.max(startYear(m), m.end_date ? Number(m.end_date.slice(0, 4)) : startYear(m));

const items = (page) => page.locator("ol.timeline > li");
async function ids(page) {
  return items(page).evaluateAll((lis) => lis.map((li) => li.id.replace(/^m-/, "")));
}

test("the dossier leads with its outcome, then the phases that led to it", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/dossier?lang=vi");
  await expect(page.locator("h1")).toHaveText("Hồ sơ đề cử");
  await expect(page).toHaveTitle(/^Hồ sơ đề cử · /);
  // First comes what is done: the inscription, with its date and a link to it.
  const first = page.locator("main section").first();
  await expect(first).toHaveId("outcome");
  await expect(first.locator("h2")).toHaveText("Kết quả: đã được ghi danh");
  await expect(first.locator(".outcome-date time")).toHaveText("12/07/2025");
  await expect(first.locator(".outcome-date time")).toHaveAttribute("datetime", "2025-07-12");
  await expect(first.getByRole("link", { name: "Xem mốc này trên dòng thời gian" })).toHaveAttribute(
    "href",
    /\/dossier\/\?m=2025-07-inscribed$/
  );
  // No overall percentage, no progress bar: an inscribed property is not "90 % done".
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(/Tiến độ chung|\d+ ?%/);
  // The phases up to the decision, each with its status from the data.
  const before = PHASES.filter((p) => p !== "after_inscription");
  await expect(page.locator(".phase-list > li")).toHaveCount(before.length);
  for (const phase of before) {
    const ms = timeline.filter((m) => m.phase === phase);
    const status = count(ms, "done") === ms.length && ms.length > 0 ? "Đã xong" : count(ms, "done") + count(ms, "ongoing") > 0 ? "Đang thực hiện" : "Dự kiến";
    const li = page.locator(`.phase-list > li[data-phase="${phase}"]`);
    await expect(li.locator(".phase-status")).toContainText(status);
    await expect(li.locator(".phase-counts")).toContainText(`${count(ms, "done")}/${ms.length} mốc đã xong`);
  }
  // Headings in order: one h1, no level skipped.
  const levels = await page.locator("main h1, main h2, main h3").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  await open(page, "/dossier?lang=en");
  await expect(page.locator("#outcome h2")).toHaveText("Outcome: inscribed");
  await expect(page.locator("#outcome .outcome-date time")).toHaveText("12 Jul 2025");
  await expect(page.locator("#outcome .outcome-title")).toHaveText("Inscribed on the World Heritage List");
  expect(errors).toEqual([]);
});

test("the after-inscription requests are their own ongoing list, and durations name their milestones", async ({ page }) => {
  await open(page, "/dossier?lang=vi");
  await expect(page.locator("#requests h2")).toHaveText("Sau khi ghi danh");
  await expect(page.locator("#requests")).toContainText("không phải phần còn thiếu của hồ sơ");
  const reqs = page.locator("#requests .request-list:not(.since-list) > li");
  const expected = timeline.filter((m) => m.phase === "after_inscription" && m.status !== "done");
  expect(expected).toHaveLength(6);
  await expect(reqs).toHaveCount(6);
  for (const li of await reqs.all()) {
    await expect(li).toContainText("Đang thực hiện");
    await expect(li.locator(".status-icon")).toHaveText("◐");
  }
  await expect(page.locator(".request-list input[type=checkbox]")).toHaveCount(0);
  // What has been done since the inscription, by date.
  const done = timeline.filter((m) => m.phase === "after_inscription" && m.status === "done");
  const since = page.locator("#requests .since-list > li");
  await expect(since).toHaveCount(done.length);
  await expect(since.first()).toContainText("17/08/2025");
  await expect(since.first()).toContainText("Đã xong");
  // Durations: 2014-09-23 → 2024-01-26 → 2025-07-12.
  const d = page.locator(".durations .duration");
  await expect(d).toHaveCount(3);
  await expect(d.nth(0)).toContainText("9 năm 4 tháng");
  await expect(d.nth(0)).toContainText("23/09/2014");
  await expect(d.nth(1)).toContainText("1 năm 5 tháng");
  await expect(d.nth(1)).toContainText("12/07/2025");
  await expect(d.nth(2)).toContainText("10 năm 9 tháng");
  await expect(d.nth(1)).toContainText("⚠");
  await open(page, "/dossier?lang=en");
  await expect(page.locator(".request-list > li").first()).toContainText("Ongoing");
  await expect(page.locator(".durations .duration").nth(0)).toContainText("9 years 4 months");
  await expect(page.locator(".durations .duration").nth(0)).toContainText("3,412 days");
});

test("dates follow the language and the precision", async ({ page }) => {
  await open(page, "/dossier?lang=vi");
  const date = (id) => page.locator(`#m-${id} .m-date`);
  await expect(date("2014-09-tentative-list-5940")).toHaveText("23/09/2014");
  await expect(date("2022-01-deadlines-pledged")).toHaveText("01/2022");
  await expect(date("2015-icomos-expert-survey")).toHaveText("2015");
  await expect(date("2024-08-icomos-mission")).toHaveText("05/08/2024 – 15/08/2024");
  await expect(page.locator("#m-2014-09-tentative-list-5940 .m-date")).toHaveAttribute("datetime", "2014-09-23");
  await open(page, "/dossier?lang=en");
  await expect(date("2014-09-tentative-list-5940")).toHaveText("23 Sep 2014");
  await expect(date("2022-01-deadlines-pledged")).toHaveText("Jan 2022");
  await expect(date("2015-icomos-expert-survey")).toHaveText("2015");
  await expect(date("2024-08-icomos-mission")).toHaveText("5–15 Aug 2024");
});

test("the timeline lists every milestone with its parts", async ({ page }) => {
  await open(page, "/dossier?lang=en");
  await expect(items(page)).toHaveCount(timeline.length);
  await expect(page.locator(".result-count")).toHaveText(`Showing ${timeline.length} of ${timeline.length} milestones`);
  const m = timeline.find((x) => x.id === "2022-09-government-meeting-name");
  const li = page.locator(`#m-${m.id}`);
  await expect(li.locator("h3")).toHaveText(m.title.en);
  await expect(li).toContainText(m.text.en);
  for (const a of m.actors) {
    await expect(li.locator(".m-actors")).toContainText(property.actors.find((x) => x.id === a).name.en);
  }
  await expect(li.locator(".m-sources .cite")).toHaveCount(m.sources.length);
  await expect(li.locator(".m-permalink")).toHaveAttribute("href", `/en/dossier/?m=${m.id}`);
  // Every citation points to an item of the sources list, which names the source.
  const sources = data("sources.json");
  for (const href of await page.locator(".m-sources .cite").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    const id = href.split("#fn-")[1];
    await expect(page.locator(`#fn-${id}`)).toContainText(sources.find((s) => s.id === id).publisher);
  }
  await li.locator(".cite").first().click();
  await expect(page).toHaveURL(new RegExp(`#fn-${m.sources[0]}$`));
  await expect(page.locator(`#fn-${m.sources[0]}`)).toBeInViewport();
});

test("every uncertain milestone shows ⚠ and its note, in both languages", async ({ page }) => {
  const uncertain = timeline.filter((m) => m.uncertain);
  expect(uncertain.length).toBeGreaterThan(0);
  for (const lang of ["vi", "en"]) {
    await open(page, `/dossier?lang=${lang}`);
    await expect(page.locator("ol.timeline .m-note")).toHaveCount(uncertain.length);
    for (const m of uncertain) {
      const note = page.locator(`#m-${m.id} .m-note`);
      await expect(note).toBeVisible();
      await expect(note).toContainText("⚠");
      await expect(note).toContainText(m.note[lang]);
    }
  }
});

test("filters: phase, years, actor and folded text, kept in the URL", async ({ page }) => {
  const errors = trackErrors(page);
  // Phase from the URL.
  await open(page, "/dossier?lang=vi&phase=evaluation");
  const evaluation = timeline.filter((m) => m.phase === "evaluation").map((m) => m.id);
  await expect(items(page)).toHaveCount(evaluation.length);
  expect(await ids(page)).toEqual(evaluation);
  await expect(page.getByRole("checkbox", { name: "ICOMOS thẩm định", exact: true })).toBeChecked();
  await expect(page.locator(".result-count")).toHaveText(`Hiển thị ${evaluation.length}/${timeline.length} mốc`);

  // Clear, then a year range with the selects.
  await page.getByRole("button", { name: "Xóa mọi bộ lọc" }).click();
  await expect(items(page)).toHaveCount(timeline.length);
  await expect(page).toHaveURL(/\/dossier\/$/);
  await page.getByLabel("Từ năm").selectOption("2015");
  await page.getByLabel("Đến năm").selectOption("2019");
  await expect(page).toHaveURL(/from=2015&to=2019/);
  const inRange = timeline.filter((m) => endYear(m) >= 2015 && startYear(m) <= 2019).map((m) => m.id);
  await expect(items(page)).toHaveCount(inRange.length);
  expect(new Set(await ids(page))).toEqual(new Set(inRange));
  await page.reload();
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(items(page)).toHaveCount(inRange.length);
  await expect(page.getByLabel("Từ năm")).toHaveValue("2015");
  await expect(page.getByLabel("Đến năm")).toHaveValue("2019");

  // An actor.
  await page.getByRole("button", { name: "Xóa mọi bộ lọc" }).click();
  const hp = property.actors.find((a) => a.id === "hai-phong");
  await page.getByRole("checkbox", { name: hp.name.vi, exact: true }).check();
  await expect(page).toHaveURL(/actor=hai-phong/);
  const withHp = timeline.filter((m) => m.actors.includes("hai-phong")).map((m) => m.id);
  await expect(items(page)).toHaveCount(withHp.length);
  expect(new Set(await ids(page))).toEqual(new Set(withHp));

  // Text, folded: "hoi nghi" finds "Hội nghị".
  await page.getByRole("button", { name: "Xóa mọi bộ lọc" }).click();
  const search = page.getByLabel("Tìm trong dòng thời gian");
  await search.fill("hoi nghi");
  await expect(page).toHaveURL(/q=hoi(%20|\+)nghi/);
  await expect(page.locator("#m-2022-hai-duong-hai-phong-quang-ninh-conference")).toBeVisible();
  await expect(page.locator("#m-2022-hai-duong-hai-phong-quang-ninh-conference h3 mark").first()).toHaveText("Hội");
  const n = await items(page).count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(timeline.length);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("hoi nghi");
  await page.reload();
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.getByLabel("Tìm trong dòng thời gian")).toHaveValue("hoi nghi");
  await expect(items(page)).toHaveCount(n);

  // No match: a message, announced.
  await page.getByLabel("Tìm trong dòng thời gian").fill("zzzzqqq");
  await expect(items(page)).toHaveCount(0);
  await expect(page.locator(".result-count")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator(".result-count")).toHaveText("Không có mốc nào khớp với bộ lọc.");

  // Combined filters and phase via the checkbox, in English.
  await open(page, "/dossier?lang=en");
  await page.getByRole("checkbox", { name: "ICOMOS evaluation", exact: true }).check();
  await expect(page).toHaveURL(/phase=evaluation/);
  await expect(items(page)).toHaveCount(evaluation.length);
  await page.goBack();
  await expect(items(page)).toHaveCount(timeline.length);
  expect(errors).toEqual([]);
});

test("a deep link focuses the milestone, in view, and highlights it", async ({ page }) => {
  const id = "2022-01-deadlines-pledged";
  await open(page, `/dossier?m=${id}&lang=en`);
  const li = page.locator(`#m-${id}`);
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe(`m-${id}`);
  await expect(li).toBeInViewport();
  await expect(li).toHaveClass(/is-target/);
  await expect(li).toHaveAttribute("tabindex", "-1");
  await expect(li).toContainText("Linked milestone");

  // The hash form too.
  const other = "2024-11-icomos-dialogue-paris";
  await open(page, `/dossier?lang=en#m-${other}`);
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe(`m-${other}`);
  await expect(page.locator(`#m-${other}`)).toBeInViewport();

  // Filters that would hide it: shown anyway, marked, and the filters are kept.
  const hidden = "2014-09-tentative-list-5940";
  await open(page, `/dossier?lang=en&phase=evaluation&m=${hidden}`);
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe(`m-${hidden}`);
  await expect(page.locator(`#m-${hidden} .m-pinned`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "ICOMOS evaluation", exact: true })).toBeChecked();

  // "Link to this milestone" sets m and focuses it.
  await open(page, "/dossier?lang=vi");
  const target = "2023-03-name-settled";
  await page.locator(`#m-${target} .m-permalink`).click();
  await expect(page).toHaveURL(new RegExp(`m=${target}`));
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe(`m-${target}`);
  await expect(page.locator(`#m-${target}`)).toBeInViewport();
});

test("an unknown milestone id shows a polite notice, not a crash", async ({ page }) => {
  const errors = trackErrors(page);
  await open(page, "/dossier?m=no-such-step&lang=vi");
  await expect(page.locator(".m-unknown")).toHaveText("Không tìm thấy mốc “no-such-step”.");
  await expect(page.locator(".m-unknown")).toHaveAttribute("role", "status");
  await expect(items(page)).toHaveCount(timeline.length);
  await open(page, "/dossier?m=no-such-step&lang=en");
  await expect(page.locator(".m-unknown")).toHaveText("Milestone “no-such-step” not found.");
  expect(errors).toEqual([]);
});

test("a site link on a milestone opens the site page", async ({ page }) => {
  await open(page, "/dossier?lang=en");
  const site = sites.find((s) => s.id === "con-son");
  const link = page.locator("#m-2021-con-son-kiep-bac-and-bach-dang-added .m-sites a", { hasText: site.name.en });
  await expect(link).toHaveAttribute("href", "/en/site/con-son/");
  await link.click();
  await expect(page).toHaveURL(/\/en\/site\/con-son\/$/);
  await expect(page.locator("h1")).toContainText(site.name.en);
});

test("at 360 px wide nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ["vi", "en"]) {
    await open(page, `/dossier?lang=${lang}`);
    await expect(items(page)).toHaveCount(timeline.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  // On a phone the long filter choices start folded; they open with the keyboard and work.
  const box = page.getByRole("checkbox", { name: "Committee decision", exact: true });
  await expect(box).toBeHidden();
  await page.locator(".filter-more > summary").focus();
  await page.keyboard.press("Enter");
  await box.check();
  await expect(items(page)).toHaveCount(timeline.filter((m) => m.phase === "decision").length);
  await page.reload();
  // The written page knows no query: wait until the app, which reads it, has taken over.
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.locator(".filter-more")).toHaveAttribute("open", "");
  await expect(page.locator(".filter-more > summary")).toContainText("(1 selected)");
});

test("no WCAG A/AA violations found by axe, in both colour schemes", async ({ page }) => {
  const AxeBuilder = require("@axe-core/playwright").default;
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await open(page, "/dossier?lang=vi&m=2024-01-official-dossier-submitted&q=ho+so");
    await expect(page.locator(".result-count")).toBeVisible();
    const result = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }
});

test("under a sub-path, deep links and in-page links keep the base path", async ({ page, baseURL, request }) => {
  const sub = baseURL.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) + "/yentu";
  // scripts/e2e-dev.sh serves the root build there too; only a /yentu/ build can pass.
  const shell = await (await request.get(`${sub}/`)).text();
  // The built page's <base> is minified (`<base href=/yentu/>`), so match with or without quotes.
  test.skip(!/<base href=["']?\/yentu\//.test(shell), "the sub-path server does not hold a /yentu/ build");
  const id = "2025-07-inscribed";
  await open(page, `${sub}/dossier?m=${id}&lang=en`);
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe(`m-${id}`);
  await expect(page.locator(`#m-${id} .m-permalink`)).toHaveAttribute("href", `/yentu/en/dossier/?m=${id}`);
  await expect(page.locator(`#m-${id} .cite`).first()).toHaveAttribute("href", new RegExp(`^/yentu/en/dossier/\\?m=${id}#fn-`));
  await page.locator(`#m-${id} .m-sites a`).first().click();
  await expect(page).toHaveURL(new RegExp(`${sub}/en/site/[a-z-]+/$`));
});
