// End-to-end tests over the release build: dist/ served by a plain static file server at the
// root (port 8081) and dist-sub/ (built with PUBLIC_URL=/yentu/) under a sub-path (port 8082),
// driven in Debian's Chromium. Playwright never downloads a browser here.
const { defineConfig } = require("@playwright/test");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Overridable so that several builds can be tested side by side.
const port = Number(process.env.E2E_PORT || 8081);
const subPort = port + 1;
const dist = process.env.E2E_DIST || `${root}/dist`;
const distSub = process.env.E2E_DIST_SUB || `${root}/dist-sub`;

module.exports = defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `python3 ${root}/scripts/static_server.py --dir ${dist} --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      env: { STATIC_SERVER_QUIET: "1" },
    },
    {
      command: `python3 ${root}/scripts/static_server.py --dir ${distSub} --port ${subPort} --prefix /yentu/`,
      url: `http://127.0.0.1:${subPort}/yentu/`,
      reuseExistingServer: false,
      env: { STATIC_SERVER_QUIET: "1" },
    },
  ],
});
