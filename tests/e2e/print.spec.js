// Printing on A4 (style/print.css): Chromium's print-to-PDF of a site page, the dossier, the
// festival calendar and the people pages in both languages, read back with pdftotext (Debian's
// poppler-utils): the page's title, its sources' full addresses, the footer with the page's
// address and today's date, and none of the navigation, buttons or filters.
const { test, expect } = require("@playwright/test");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { open } = require("./helpers");

const shots = path.resolve(__dirname, "../../docs/screenshots");

/** Prints the open page to an A4 PDF and returns its file and its text. */
async function print(page, name) {
  // In the test's own output folder (test-results/), which Playwright empties on every run.
  const file = test.info().outputPath(`print-${name}.pdf`);
  await page.pdf({ path: file, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { file, text };
}

/** Whitespace squeezed, so that text wrapped over lines still matches. */
const flat = (s) => s.replace(/\s+/g, " ");

/** What only the navigation says: its labels that the page's own text does not use. */
async function navOnly(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main").textContent;
    const labels = [...document.querySelectorAll(".site-header nav a, .menu-toggle, .lang-switch, .skip-link")]
      .map((a) => a.textContent.trim())
      .filter((t) => t);
    return labels.filter((t) => !main.includes(t));
  });
}

const pages = [
  { name: "site-vi", path: "/site/con-son/", h1: "Chùa Côn Sơn", date: "ngày 2 tháng 12 năm 2026" },
  { name: "site-en", path: "/en/site/con-son/", h1: "Con Son Pagoda", date: "2 December 2026" },
  { name: "dossier-vi", path: "/dossier/", date: "ngày 2 tháng 12 năm 2026" },
  { name: "dossier-en", path: "/en/dossier/", date: "2 December 2026" },
  { name: "festivals-vi", path: "/festivals/", date: "ngày 2 tháng 12 năm 2026" },
  { name: "festivals-en", path: "/en/festivals/", date: "2 December 2026" },
  { name: "people-vi", path: "/people/", date: "ngày 2 tháng 12 năm 2026" },
  { name: "person-en", path: "/en/person/tran-nhan-tong/", date: "2 December 2026" },
  { name: "sites-en", path: "/en/sites/?q=Con+Son", date: "2 December 2026" },
];

for (const p of pages) {
  test(`${p.name} prints on A4 with its title, sources, address and date, without navigation`, async ({ page }) => {
    await open(page, `${p.path}${p.path.includes("?") ? "&" : "?"}today=2026-12-02`);
    const h1 = (await page.locator("main h1").first().textContent()).trim();
    if (p.h1) expect(h1).toBe(p.h1);
    // Every source the page cites, by its full address.
    const urls = await page.locator("main .source-link").evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")))]);
    const hidden = await navOnly(page);
    expect(hidden.length).toBeGreaterThan(0);
    const { text } = await print(page, p.name);
    const all = flat(text);
    // pdftotext may break a long address anywhere: compare without any whitespace.
    const bare = text.replace(/\s+/g, "");
    expect(all).toContain(flat(h1));
    for (const u of urls) expect(bare, `source address ${u}`).toContain(u.replace(/\s+/g, ""));
    for (const label of hidden) expect(all, `navigation text "${label}"`).not.toContain(label);
    // The footer: the page's own address and the day it was printed, in the page's language.
    expect(bare).toContain(page.url().split("#")[0].replace(/\s+/g, ""));
    expect(all).toContain(p.date);
    // No buttons or filters.
    for (const b of await page.locator("main button:visible").allTextContents()) {
      if (b.trim().length > 3) expect(all, `button "${b.trim()}"`).not.toContain(flat(b.trim()));
    }
  });
}

test("the site page's citations and dossier sources are on paper", async ({ page }) => {
  await open(page, "/site/con-son/?today=2026-12-02");
  const count = await page.locator(".site-footnotes li").count();
  expect(count).toBeGreaterThan(0);
  const { text } = await print(page, "site-count");
  expect(text).toMatch(/Nguồn/);
});

for (const lang of ["vi", "en"]) {
  test(`one printed site page, as seen (${lang})`, async ({ page }) => {
    await open(page, `${lang === "en" ? "/en" : ""}/site/con-son/?today=2026-12-02`);
    const { file } = await print(page, `shot-${lang}`);
    const prefix = test.info().outputPath(`print-shot-${lang}`);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
    fs.mkdirSync(shots, { recursive: true });
    fs.copyFileSync(`${prefix}.png`, path.join(shots, `print-site-${lang}.png`));
    const pages = execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/);
    expect(Number(pages[1])).toBeGreaterThan(0);
    // A4 portrait: 595 × 842 points.
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);
  });
}
