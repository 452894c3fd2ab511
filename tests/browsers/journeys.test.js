// The core visitor journeys, written once and run in one engine per process:
//
//   ENGINE=chromium|firefox|webkit BASE_URL=http://127.0.0.1:8161 BROKEN_URL=http://127.0.0.1:8162 \
//     node --test journeys.test.js
//
// BASE_URL serves the release dist/; BROKEN_URL serves a copy of it whose data/sites.json is
// malformed (WebDriver cannot intercept requests, so the error state needs its own copy).
// scripts/test-browsers.sh sets all of this up. Each journey asserts what a visitor sees, through
// roles, labels, text and the app's stable classes. On a failure the page's screenshot, text and
// (Chromium only) console log go to $FAILURE_DIR (default /tmp/browsers-failures).
"use strict";

const { describe, test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { By, Key, until } = require("selenium-webdriver");
const { startDriver } = require("./engines");

const ENGINE = process.env.ENGINE || "chromium";
const BASE = (process.env.BASE_URL || "http://127.0.0.1:8161").replace(/\/$/, "");
const BROKEN = (process.env.BROKEN_URL || "").replace(/\/$/, "");
const FAILURE_DIR = process.env.FAILURE_DIR || "/tmp/browsers-failures";
const WAIT = Number(process.env.JOURNEY_WAIT_MS || 15_000);
const TEST_TIMEOUT = 90_000;

/** @type {import("selenium-webdriver").WebDriver} */
let driver;

// ---------------------------------------------------------------------------------------------
// Helpers: a handful, so that each journey reads as what the visitor does and sees.

/** Runs a script in the page and returns its result. */
function js(script, ...args) {
  return driver.executeScript(script, ...args);
}

/** Waits until `check()` returns a truthy value (errors count as "not yet"); returns it. */
async function waitFor(what, check, timeout = WAIT) {
  let last;
  try {
    return await driver.wait(async () => {
      try {
        return await check();
      } catch (e) {
        last = e;
        return false;
      }
    }, timeout);
  } catch (e) {
    const why = last ? ` (last error: ${String(last.message || last).split("\n")[0]})` : "";
    throw new Error(`timed out after ${timeout} ms waiting for: ${what}${why}`);
  }
}

/** Opens an app path and waits until the app has replaced the boot text with a page. */
async function open(pathAndQuery, base = BASE) {
  await driver.get(base + pathAndQuery);
  await waitFor(`the app to start on ${pathAndQuery}`, () =>
    js(`return !document.getElementById("boot-status") &&
                !!document.querySelector("main h1, main [role=alert]");`)
  );
}

/** Every element matching `css`. */
const all = (css) => driver.findElements(By.css(css));
/** The first element matching `css`, waiting for it. */
const one = (css, timeout = WAIT) => driver.wait(until.elementLocated(By.css(css)), timeout, `waiting for ${css}`);
/** The visible (rendered) text of the first element matching `css`. */
const textOf = async (css) => (await one(css)).getText();
const htmlLang = () => js("return document.documentElement.lang;");
/** The path and query of the current page. */
const here = () => js("return location.pathname + location.search;");
const query = () => js("return Object.fromEntries(new URLSearchParams(location.search));");

/** Waits until the first `css` element's visible text contains `text`. */
function seeText(css, text) {
  return waitFor(`"${text}" in ${css}`, async () => (await textOf(css)).includes(text));
}

/** Waits until there are exactly `n` elements matching `css` (n may be a predicate). */
function seeCount(css, n) {
  const ok = typeof n === "function" ? n : (k) => k === n;
  return waitFor(`${typeof n === "function" ? "the right number of" : n} ${css}`, async () => ok((await all(css)).length));
}

/** An element `tag` (e.g. "a", "button") by its whole visible text. */
function byText(tag, text) {
  return By.xpath(`//${tag}[normalize-space(.)=${xpathString(text)}]`);
}

function xpathString(s) {
  if (!s.includes('"')) return `"${s}"`;
  return `concat("${s.split('"').join(`", '"', "`)}")`;
}

/**
 * Clicks an element as a visitor would: scrolled to first. (The page scrolls smoothly, as
 * `scroll-behavior: smooth` asks; the drivers' own scroll-into-view then races the animation, so
 * the journey scrolls instantly itself, as a visitor's wheel would, and clicks when still.)
 */
async function click(el) {
  await js('arguments[0].scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });', el);
  await el.click();
}

/** Presses `key` in whatever has the focus, as a keyboard would. */
function press(key) {
  return driver.actions({ async: true }).sendKeys(key).perform();
}

/** Wraps a journey: on failure, keeps a screenshot, the page text and the console log. */
function journey(name, fn) {
  test(name, { timeout: TEST_TIMEOUT }, async () => {
    try {
      await fn();
    } catch (e) {
      await saveFailure(name).catch(() => {});
      throw e;
    }
  });
}

async function saveFailure(name) {
  fs.mkdirSync(FAILURE_DIR, { recursive: true });
  const stem = path.join(FAILURE_DIR, `${ENGINE}-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`);
  fs.writeFileSync(`${stem}.png`, await driver.takeScreenshot(), "base64");
  const url = await driver.getCurrentUrl().catch(() => "?");
  const text = await js("return document.body ? document.body.innerText : '';").catch(() => "");
  let log = "";
  if (ENGINE === "chromium") {
    const entries = await driver.manage().logs().get("browser").catch(() => []);
    log = entries.map((e) => `${e.level.name} ${e.message}`).join("\n");
  }
  fs.writeFileSync(`${stem}.txt`, `URL: ${url}\n\n--- console ---\n${log}\n\n--- page text ---\n${text}\n`);
  console.error(`# failure kept: ${stem}.png / .txt`);
}

// ---------------------------------------------------------------------------------------------

describe(`visitor journeys in ${ENGINE}`, () => {
  before(async () => {
    driver = await startDriver(ENGINE);
    await driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000 });
  });

  after(async () => {
    if (driver) await driver.quit();
  });

  journey("1. the overview loads with the header, the 12 component cards and html lang", async () => {
    await open("/?lang=vi");
    await seeText("header .brand-name", "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc");
    assert.equal(await htmlLang(), "vi");
    await seeCount(".components .site-card", 12);
    assert.match(await textOf(".components .site-card"), /Hoa Yên/);
    assert.ok(await driver.findElement(By.css('nav[aria-label="Chính"]')).isDisplayed(), "the main navigation is visible");
    assert.ok(await driver.findElement(byText("a", "Nguồn tư liệu")).isDisplayed(), "the footer links to the sources");
    assert.equal((await all(".panic")).length, 0, "no panic screen");
  });

  journey("2. the catalogue: search highlights, a facet filters, reload keeps it, back undoes it", async () => {
    const sites = await (await fetch(`${BASE}/data/sites.json`)).json();
    await open("/sites?lang=en");
    await seeCount(".cat-cards .site-card", sites.length);

    // Search, diacritics left out: Côn Sơn comes first, with the match marked.
    const box = await one("input[type=search]");
    await click(box);
    await box.sendKeys("con son");
    await waitFor("Con Son Pagoda first", async () => {
      const first = await one(".cat-cards .site-card");
      return (await first.getAttribute("data-site")) === "con-son";
    });
    const first = await one(".cat-cards .site-card");
    const marks = await first.findElements(By.css("mark"));
    assert.ok(marks.length > 0, "the match is highlighted with <mark>");
    assert.match((await marks[0].getText()).toLowerCase(), /con|son/);
    assert.equal((await query()).q, "con son", "the search is in the URL");

    // Empty the box again, key by key, as a visitor would.
    for (let i = 0; i < "con son".length; i++) await box.sendKeys(Key.BACK_SPACE);
    await seeCount(".cat-cards .site-card", sites.length);

    // Tick the kind "Cave": one result, Kính Chủ.
    const cave = await one('fieldset[data-facet="kind"] input[type=checkbox][value="cave"]');
    const label = await cave.findElement(By.xpath("./ancestor::label"));
    assert.match(await label.getText(), /Cave/);
    await click(label);
    await seeCount(".cat-cards .site-card", 1);
    assert.equal(await (await one(".cat-cards .site-card")).getAttribute("data-site"), "kinh-chu");
    await seeText(".result-count", "1");
    assert.equal((await query()).kind, "cave", "the filter is in the URL");

    // Reload: the URL holds the state.
    await driver.navigate().refresh();
    await waitFor("the app after reload", () => js(`return !document.getElementById("boot-status");`));
    await seeCount(".cat-cards .site-card", 1);
    assert.ok(await (await one('fieldset[data-facet="kind"] input[value="cave"]')).isSelected(), "Cave is still ticked");

    // Back: the filter is undone.
    await driver.navigate().back();
    await seeCount(".cat-cards .site-card", sites.length);
    assert.equal((await query()).kind, undefined);
    assert.equal(await (await one('fieldset[data-facet="kind"] input[value="cave"]')).isSelected(), false);
  });

  journey("3. a site page opened by a deep link shows the site and its cited sources", async () => {
    await open("/site/con-son?lang=vi");
    await seeText("main h1", "Côn Sơn");
    assert.equal(await htmlLang(), "vi");
    const cites = await all("a.cite-ref");
    assert.ok(cites.length > 0, "the page cites its sources");
    const href = await cites[0].getAttribute("href");
    const target = /#(cite-\d+)$/.exec(href);
    assert.ok(target, `a citation links to a footnote (${href})`);
    const note = await one(`#${target[1]}`);
    const source = await note.findElement(By.css("a.source-link"));
    assert.match(await source.getAttribute("href"), /^https?:\/\//, "the footnote links to the source");
    assert.ok((await source.getText()).length > 0, "the source has a title");
    // Following the citation stays on the page and lands on the footnote.
    await click(cites[0]);
    await waitFor("the footnote in the address", async () => (await js("return location.hash;")) === `#${target[1]}`);
    await seeText("main h1", "Côn Sơn");
  });

  journey("4. the dossier: timeline and progress; a deep link focuses the milestone", async () => {
    const timeline = await (await fetch(`${BASE}/data/timeline.json`)).json();
    await open("/dossier?lang=en");
    await seeCount("ol.timeline > li", (n) => n > 0);
    const progress = await all("progress");
    assert.ok(progress.length > 0, "progress meters are shown");
    for (const p of progress) {
      const max = Number((await p.getAttribute("max")) || 1);
      const value = Number(await p.getAttribute("value"));
      assert.ok(value >= 0 && value <= max, `a meter's value ${value} is within 0..${max}`);
    }

    const milestone = timeline[Math.floor(timeline.length / 2)];
    await open(`/dossier?m=${encodeURIComponent(milestone.id)}&lang=en`);
    await waitFor(`#m-${milestone.id} to have the focus`, async () =>
      (await js("return document.activeElement && document.activeElement.id;")) === `m-${milestone.id}`
    );
    const focused = await driver.switchTo().activeElement();
    assert.equal(await focused.getTagName(), "li");
    assert.ok(await focused.isDisplayed(), "the focused milestone is visible");
  });

  journey("5. the map draws the sites; Enter on a focused marker opens a panel with a link", async () => {
    await open("/map?lang=en");
    await one("main svg");
    await seeCount('main svg [role="button"]', (n) => n >= 12);
    const marker = await one('main svg [role="button"][data-site="con-son"]');
    // Keyboard: focus the marker, press Enter.
    await js("arguments[0].focus();", marker);
    assert.equal(await js("return document.activeElement === arguments[0];", marker), true, "the marker takes the focus");
    await press(Key.ENTER);
    await waitFor("the marker's panel", async () => (await one("#map-panel")).isDisplayed());
    assert.equal(await marker.getAttribute("aria-expanded"), "true");
    const link = await (await one("#map-panel")).findElement(By.css('a[href*="/site/con-son"]'));
    await click(link);
    await seeText("main h1", "Con Son");
    assert.match(await here(), /^\/site\/con-son\?lang=en$/);
  });

  journey("6. the festivals are listed by their next date, Yên Tử's on 26 Feb 2026", async () => {
    await open("/festivals?lang=en&today=2026-01-15");
    await seeCount(".fest-card", (n) => n > 5);
    await seeText(".fest-today", "15 Jan 2026");
    const starts = await js(`return [...document.querySelectorAll(".fest-card")].map((c) => {
      const t = c.querySelector(".fest-solar time");
      return t ? t.getAttribute("datetime") : null;
    });`);
    assert.ok(starts.every(Boolean), "every festival shows its solar date");
    for (let i = 1; i < starts.length; i++) {
      assert.ok(starts[i - 1] <= starts[i], `sorted by the next date: ${starts[i - 1]} before ${starts[i]}`);
    }
    assert.ok(starts[0] >= "2026-01-15" || (await all(".fest-card.fest-now")).length > 0, "nothing past is listed first");
    const yenTu = await driver.findElement(
      By.xpath(`//article[contains(@class,"fest-card")][.//h3[normalize-space(.)="Yên Tử spring festival"]]`)
    );
    // 10th day of the 1st lunar month → 26 Feb 2026, until the end of the 3rd month.
    const solar = await yenTu.findElement(By.css(".fest-solar"));
    assert.match(await solar.getText(), /^26 Feb\b.*2026$/);
    assert.equal(await (await solar.findElement(By.css("time"))).getAttribute("datetime"), "2026-02-26");
  });

  journey("7. the language switch keeps the view and sets html lang", async () => {
    await open("/sites?q=kiep&lang=vi");
    await seeText("main h1", "Các điểm di tích");
    assert.equal(await htmlLang(), "vi");
    await click(await driver.findElement(By.linkText("English")));
    await waitFor("html lang en", async () => (await htmlLang()) === "en");
    await seeText("main h1", "Sites");
    assert.deepEqual(await query(), { q: "kiep", lang: "en" }, "same view, only the language changed");
    assert.equal(await (await one("input[type=search]")).getAttribute("value"), "kiep");
    assert.equal(await (await one(".cat-cards .site-card")).getAttribute("data-site"), "kiep-bac");

    await click(await driver.findElement(By.linkText("Tiếng Việt")));
    await waitFor("html lang vi", async () => (await htmlLang()) === "vi");
    await seeText("main h1", "Các điểm di tích");
    assert.equal((await query()).lang, "vi");
    assert.match(await textOf(".cat-cards .site-card"), /Kiếp Bạc/);
  });

  journey("8. a broken data file: the alert names sites.json and offers Try again", async () => {
    assert.ok(BROKEN, "BROKEN_URL is set (scripts/test-browsers.sh serves the broken copy)");
    await open("/sites?lang=en", BROKEN);
    await seeText("main [role=alert]", "sites.json");
    await seeText("main [role=alert]", "malformed");
    const retry = await driver.findElement(By.xpath(`//*[@role="alert"]//button[normalize-space(.)="Try again"]`));
    assert.ok(await retry.isDisplayed());
    // The file is still broken: trying again says so again, and the shell keeps working.
    await click(retry);
    await seeText("main [role=alert]", "sites.json");
    assert.ok(await driver.findElement(By.css('nav[aria-label="Main"]')).isDisplayed());
  });
});
