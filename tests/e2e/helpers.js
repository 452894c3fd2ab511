// Shared helpers for the end-to-end specs.
const { expect } = require("@playwright/test");

/**
 * Opens an app path (e.g. "/sites?lang=en") and waits until the app has taken over the written
 * page (src/main.rs marks <html data-app="ready">) and the data has loaded (or failed): no
 * loading line is left in the page.
 */
async function open(page, path) {
  await page.goto(path);
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1);
  await expect(page.locator("main .loading")).toHaveCount(0);
}

/** Collects page errors (uncaught exceptions, panics) so a test can assert there were none. */
function trackErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

module.exports = { open, trackErrors };
