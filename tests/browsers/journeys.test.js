// The core visitor journeys, written once and run in one engine per process:
//
//   ENGINE=chromium|firefox|webkit BASE_URL=http://127.0.0.1:8161 BROKEN_URL=http://127.0.0.1:8162 \
//     node --test journeys.test.js
//
// BASE_URL serves the release dist/; BROKEN_URL serves a copy of it whose data/sites.json is
// malformed (WebDriver cannot intercept requests, so the error state needs its own copy).
// scripts/test-browsers.sh sets all of this up. Each journey asserts what a visitor sees, through
// roles, labels, text and the app's stable classes, and ends with no panic and no error logged. On a
// failure the screenshot, the page text and the errors seen go to $FAILURE_DIR (default /tmp/browsers-failures).
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

/** Opens an app path and waits until the app has taken over the written page (src/main.rs marks
 * <html data-app="ready">) and shows a page. */
async function open(pathAndQuery, base = BASE) {
  await driver.get(base + pathAndQuery);
  const state = await waitFor(`the app to start on ${pathAndQuery}`, () =>
    js(`if (document.querySelector("#app .panic")) return "panic";
        return document.documentElement.dataset.app === "ready" &&
               !!document.querySelector("main h1, main [role=alert]") && "ok";`)
  );
  assert.notEqual(state, "panic", `the app panicked on ${pathAndQuery} (the panic screen is shown)`);
  await watchErrors();
}

/**
 * From now on, in this document, records uncaught errors, unhandled rejections and
 * console.error calls (a Rust panic is logged there), whatever the engine: WebDriver has no
 * console log in every engine, so the page keeps its own.
 */
function watchErrors() {
  return js(`if (window.__journeyErrors) return;
    const errors = (window.__journeyErrors = []);
    addEventListener("error", (e) => errors.push("uncaught: " + (e.message || e.error)));
    addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + e.reason));
    const original = console.error.bind(console);
    console.error = (...args) => { errors.push("console.error: " + args.map(String).join(" ")); original(...args); };`);
}

/** The errors recorded since `watchErrors` in the current document, and whether it panicked. */
async function pageErrors() {
  return js(`return { errors: window.__journeyErrors || [], panic: !!document.querySelector("#app .panic") };`);
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

/**
 * Wraps a journey: at its end the page must not have panicked nor logged an error (unless
 * `allowErrors`, for the journey that breaks the data on purpose); on failure, keeps a screenshot,
 * the page text and the errors seen.
 */
function journey(name, fn, { allowErrors = false } = {}) {
  test(name, { timeout: TEST_TIMEOUT }, async () => {
    try {
      await fn();
      const { errors, panic } = await pageErrors();
      assert.equal(panic, false, "the app panicked (the panic screen is shown)");
      if (!allowErrors) assert.deepEqual(errors, [], "the page logged no error");
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
  let log = ((await pageErrors().catch(() => ({ errors: [] }))).errors || []).join("\n");
  if (ENGINE === "chromium") {
    const entries = await driver.manage().logs().get("browser").catch(() => []);
    log += "\n" + entries.map((e) => `${e.level.name} ${e.message}`).join("\n");
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
    await waitFor("the app after reload", () => js(`return document.documentElement.dataset.app === "ready";`));
    await watchErrors();
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

  journey("4. the dossier: its outcome first, the timeline; a deep link focuses the milestone", async () => {
    const timeline = await (await fetch(`${BASE}/data/timeline.json`)).json();
    await open("/dossier?lang=en");
    await seeCount("ol.timeline > li", timeline.length);
    const inscribed = timeline.find((m) => m.phase === "decision" && m.id.includes("inscri"));
    await seeText("#outcome .outcome-title", inscribed.title.en);
    const when = await driver.findElement(By.css("#outcome time"));
    assert.equal(await when.getAttribute("datetime"), inscribed.date, "the outcome is dated");

    const milestone = timeline[Math.floor(timeline.length / 2)];
    await open(`/dossier?m=${encodeURIComponent(milestone.id)}&lang=en`);
    await waitFor(`#m-${milestone.id} to have the focus`, async () =>
      (await js("return document.activeElement && document.activeElement.id;")) === `m-${milestone.id}`
    );
    const focused = await driver.switchTo().activeElement();
    assert.equal(await focused.getTagName(), "li");
    assert.ok((await focused.getText()).includes(milestone.title.en), "the focused item is that milestone");
    await waitFor("the focused milestone to be scrolled into view", () =>
      js(`const r = document.activeElement.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;`)
    );
  });

  journey("5. the map draws the sites; by keyboard, Enter on a marker opens a panel with a link", async () => {
    const sites = await (await fetch(`${BASE}/data/sites.json`)).json();
    await open("/map?status=component&lang=en");
    await one("main svg.map-svg");
    await seeCount('main svg .marker[role="button"]', 12);
    await open("/map?lang=en");
    // A place without a position of its own has no marker (it is listed beside its component).
    await seeCount('main svg .marker[role="button"]', sites.filter((s) => s.location).length);

    // Keyboard only: from the map frame, Tab reaches the markers in component order.
    const focusedSite = () => js(`return document.activeElement && document.activeElement.getAttribute("data-site");`);
    await js('document.getElementById("map-frame").focus();');
    await press(Key.TAB);
    await waitFor("the first marker (Hoa Yen) to have the focus", async () => (await focusedSite()) === "hoa-yen");
    await press(Key.TAB);
    await waitFor("the second marker (Lan) to have the focus", async () => (await focusedSite()) === "lan");
    const marker = await driver.switchTo().activeElement();
    assert.match(await marker.getAttribute("aria-label"), /^Lan Pagoda\b/);

    // Enter opens the panel; Escape closes it and gives the focus back; Enter again.
    await press(Key.ENTER);
    await seeText("#map-panel", "Lan Pagoda");
    assert.equal(await marker.getAttribute("aria-expanded"), "true");
    await press(Key.ESCAPE);
    await waitFor("the panel to close", async () => (await marker.getAttribute("aria-expanded")) === "false");
    await waitFor("the focus to be back on the marker", async () => (await focusedSite()) === "lan");
    await press(Key.ENTER);
    await seeText("#map-panel", "Lan Pagoda");

    // The panel links to the site page: Tab to it, Enter follows it.
    const link = await (await one("#map-panel")).findElement(By.xpath(`.//a[normalize-space(.)="Open the site page"]`));
    assert.match(await link.getAttribute("href"), /\/en\/site\/lan\/$/);
    await press(Key.TAB);
    await waitFor("the panel's link to have the focus", async () =>
      js("return document.activeElement === arguments[0];", link)
    );
    await press(Key.ENTER);
    await seeText("main h1", "Lan Pagoda");
    assert.equal(await here(), "/en/site/lan/");
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
    assert.equal(await solar.getText(), "26 Feb – 16 May 2026");
    assert.equal(await (await solar.findElement(By.css("time"))).getAttribute("datetime"), "2026-02-26");
    // Tây Yên Tử opens the same day, for one day.
    const tayYenTu = await driver.findElement(
      By.xpath(`//article[contains(@class,"fest-card")][.//h3[normalize-space(.)="Tây Yên Tử spring opening"]]`)
    );
    assert.equal(await (await tayYenTu.findElement(By.css(".fest-solar"))).getText(), "26 Feb 2026");
  });

  journey("7. the language switch keeps the view and sets html lang", async () => {
    await open("/sites?q=kiep&lang=vi");
    await seeText("main h1", "Các điểm di tích");
    assert.equal(await htmlLang(), "vi");
    await click(await driver.findElement(By.linkText("English")));
    await waitFor("html lang en", async () => (await htmlLang()) === "en");
    await seeText("main h1", "Sites");
    assert.deepEqual(await query(), { q: "kiep" }, "same view, only the language changed");
    assert.equal(await js("return location.pathname;"), "/en/sites/", "the English address of the page");
    assert.equal(await (await one("input[type=search]")).getAttribute("value"), "kiep");
    assert.equal(await (await one(".cat-cards .site-card")).getAttribute("data-site"), "kiep-bac");

    await click(await driver.findElement(By.linkText("Tiếng Việt")));
    await waitFor("html lang vi", async () => (await htmlLang()) === "vi");
    await seeText("main h1", "Các điểm di tích");
    assert.equal(await here(), "/sites/?q=kiep");
    assert.match(await textOf(".cat-cards .site-card"), /Kiếp Bạc/);
  });

  // WebDriver cannot cut the network in Firefox (geckodriver) nor in WebKitGTK (WebKitWebDriver),
  // and the server is this script's caller's: the journey checks what going offline relies on
  // (the worker controls the page, every file of the build is in its cache, the page says the
  // copy is complete); tests/e2e/offline.spec.js goes offline for real in Chromium.
  journey("9. offline: the service worker keeps every page and file of the build", async () => {
    await open("/en/");
    await waitFor("the offline copy to be complete", () =>
      js(`return !!document.querySelector(".offline-panel[data-offline=complete]");`), 90_000);
    await seeText(".offline-status", "Offline copy complete");
    await waitFor("the service worker to control the page", () => js("return !!navigator.serviceWorker.controller;"));
    const missing = await js(`return (async () => {
      const sw = await (await fetch("/sw.js")).text();
      const files = JSON.parse(sw.split("const FILES = ")[1].split("];")[0] + "]");
      const missing = [];
      for (const f of files) if (!(await caches.match(new URL(f, location.origin + "/").href))) missing.push(f);
      return missing.concat(files.length > 50 ? [] : ["(too few files: " + files.length + ")"]);
    })();`);
    assert.deepEqual(missing, [], "every file of sw.js's list is cached");
    // A page not opened yet, from the cache: the Vietnamese festival calendar.
    const cached = await js(`return caches.match("/festivals/").then((r) => r && r.text());`);
    assert.match(cached || "", /<h1[^>]*>Lịch lễ hội<\/h1>/);
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
  }, { allowErrors: true });

  journey("10. the planner: all twelve components, the shortest order, a day break kept by reload and back", async () => {
    await open("/en/plan/");
    await seeText("main h1", "Plan a visit");
    await click(await one("#plan-sugg-components"));
    await seeCount(".plan-stop", 12);
    assert.match((await query()).s, /^hoa-yen,lan,/, "the stops are in the URL");
    await click(await one("#plan-shortest"));
    await seeText("#plan-order-status", "This order is the shortest in a straight line");
    await seeText("#plan-total", "in a straight line in total");
    const ordered = await js(`return [...document.querySelectorAll(".plan-stop")].map((e) => e.dataset.site);`);
    assert.equal(ordered.length, 12);
    // A new day from the seventh stop.
    const seventh = (await all(".plan-stop"))[6];
    await click(await seventh.findElement(By.css("button.plan-break")));
    await seeCount(".plan-day", 2);
    assert.equal((await query()).d, "6", "the day break is in the URL");
    // Reload: the same plan.
    await driver.navigate().refresh();
    await waitFor("the app after reload", () => js(`return document.documentElement.dataset.app === "ready";`));
    await watchErrors();
    await seeCount(".plan-day", 2);
    assert.deepEqual(await js(`return [...document.querySelectorAll(".plan-stop")].map((e) => e.dataset.site);`), ordered);
    // Back: the break is undone.
    await driver.navigate().back();
    await seeCount(".plan-day", 1);
    await seeCount(".plan-stop", 12);
    // The directions link names the places, not coordinates.
    const link = await (await all(".plan-stop"))[1].findElement(By.css(".plan-leg a.plan-map-link"));
    const href = await link.getAttribute("href");
    assert.match(href, /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&origin=/);
    assert.ok(decodeURIComponent(href).includes("Chùa Hoa Yên"), href);
  });
});
