// One WebDriver session per engine, always with the driver and browser that Debian (or
// crates.io, for geckodriver) installed: explicit paths everywhere, so Selenium Manager never
// runs and nothing is downloaded.
//
//   chromium  /usr/bin/chromedriver   + /usr/bin/chromium (headless)
//   firefox   geckodriver (cargo)     + /usr/bin/firefox-esr (headless)
//   webkit    /usr/bin/WebKitWebDriver + WebKitGTK's MiniBrowser (needs an X display: Xvfb)
//
// Paths can be overridden with CHROMEDRIVER, CHROMIUM, GECKODRIVER, FIREFOX, WEBKITDRIVER and
// MINIBROWSER.
"use strict";

process.env.SE_OFFLINE = "true"; // belt and braces: Selenium Manager must never fetch anything

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { Builder } = require("selenium-webdriver");
const chrome = require("selenium-webdriver/chrome");
const firefox = require("selenium-webdriver/firefox");
const remote = require("selenium-webdriver/remote");

const WIDTH = 1280;
const HEIGHT = 900;

function firstExisting(candidates) {
  return candidates.find((p) => p && fs.existsSync(p));
}

function which(name) {
  for (const dir of (process.env.PATH || "").split(":")) {
    const p = path.join(dir, name);
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

function required(what, p) {
  if (!p || !fs.existsSync(p)) {
    throw new Error(`${what} not found (${p || "no path"}); run scripts/setup-browsers.sh`);
  }
  return p;
}

const paths = {
  chromedriver: () => required("chromedriver", process.env.CHROMEDRIVER || "/usr/bin/chromedriver"),
  chromium: () => required("chromium", process.env.CHROMIUM || "/usr/bin/chromium"),
  geckodriver: () =>
    required(
      "geckodriver",
      process.env.GECKODRIVER || firstExisting([which("geckodriver"), path.join(os.homedir(), ".cargo/bin/geckodriver")])
    ),
  firefox: () => required("firefox-esr", process.env.FIREFOX || firstExisting(["/usr/bin/firefox-esr", "/usr/lib/firefox-esr/firefox-esr"])),
  webkitdriver: () => required("WebKitWebDriver", process.env.WEBKITDRIVER || "/usr/bin/WebKitWebDriver"),
  minibrowser: () =>
    required(
      "MiniBrowser (webkit2gtk-driver's browser)",
      process.env.MINIBROWSER ||
        firstExisting([
          "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
          "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
        ])
    ),
};

/** The browser's own version string, e.g. "Chromium 138.0.7204.92". */
function browserVersion(engine) {
  const run = (bin, args) => execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    switch (engine) {
      case "chromium":
        return run(paths.chromium(), ["--version"]);
      case "firefox":
        return run(paths.firefox(), ["--version"]);
      case "webkit": {
        // MiniBrowser has no --version; the library package's version is WebKitGTK's.
        // MiniBrowser --version needs a display; Debian's package version says the same.
        const pkg = run("dpkg-query", ["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]);
        return `WebKitGTK ${pkg.replace(/-.*$/, "")} (MiniBrowser; Debian libwebkit2gtk-4.1-0 ${pkg})`;
      }
    }
  } catch (e) {
    return `${engine} (version unknown: ${e.message.split("\n")[0]})`;
  }
  return engine;
}

/** Starts a session in `engine` ("chromium", "firefox" or "webkit"). */
async function startDriver(engine) {
  switch (engine) {
    case "chromium": {
      const options = new chrome.Options()
        .setChromeBinaryPath(paths.chromium())
        .addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--lang=vi-VN",
          `--window-size=${WIDTH},${HEIGHT}`
        );
      options.setUserPreferences({ "intl.accept_languages": "vi-VN,vi" });
      return new Builder()
        .forBrowser("chrome")
        .setChromeOptions(options)
        .setChromeService(new chrome.ServiceBuilder(paths.chromedriver()))
        .build();
    }
    case "firefox": {
      const options = new firefox.Options()
        .setBinary(paths.firefox())
        .addArguments("-headless", `--width=${WIDTH}`, `--height=${HEIGHT}`)
        .setPreference("intl.accept_languages", "vi-VN, vi")
        .setPreference("app.update.enabled", false)
        .setPreference("browser.shell.checkDefaultBrowser", false)
        .setPreference("datareporting.policy.dataSubmissionEnabled", false)
        .setPreference("toolkit.telemetry.enabled", false);
      return new Builder()
        .forBrowser("firefox")
        .setFirefoxOptions(options)
        .setFirefoxService(new firefox.ServiceBuilder(paths.geckodriver()))
        .build();
    }
    case "webkit": {
      if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
        throw new Error("WebKitGTK's MiniBrowser needs a display: run under xvfb-run (scripts/test-browsers.sh does)");
      }
      return startWebKit();
    }
    default:
      throw new Error(`unknown ENGINE "${engine}" (chromium, firefox or webkit)`);
  }
}

// There is no selenium-webdriver module for WebKitGTK: start WebKitWebDriver as a plain driver
// service and ask it for a MiniBrowser session ("--automation" lets the driver control it).
async function startWebKit() {
  const { findFreePort } = require("selenium-webdriver/net/portprober");
  const port = await findFreePort();
  const service = new remote.DriverService(paths.webkitdriver(), {
    loopback: true,
    port,
    args: [`--port=${port}`],
    stdio: ["ignore", "ignore", process.env.BROWSERS_DEBUG ? "inherit" : "ignore"],
  });
  const url = await service.start();
  let driver;
  try {
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: paths.minibrowser(), args: ["--automation"] },
      })
      .build();
  } catch (e) {
    await service.kill();
    throw e;
  }
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      await service.kill();
    }
  };
  await driver.manage().window().setRect({ x: 0, y: 0, width: WIDTH, height: HEIGHT }).catch(() => {});
  return driver;
}

module.exports = { startDriver, browserVersion, WIDTH, HEIGHT };
