// End-to-end tests over the release build: dist/ served by a plain static file server at the
// root (port 8081) and dist-sub/ (built with PUBLIC_URL=/yentu/) under a sub-path (port 8082),
// driven in Debian's Chromium. Playwright never downloads a browser here.
const { defineConfig } = require("@playwright/test");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

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
    baseURL: "http://127.0.0.1:8081",
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
      command: `python3 ${root}/scripts/static_server.py --dir ${root}/dist --port 8081`,
      url: "http://127.0.0.1:8081/",
      reuseExistingServer: false,
      env: { STATIC_SERVER_QUIET: "1" },
    },
    {
      command: `python3 ${root}/scripts/static_server.py --dir ${root}/dist-sub --port 8082 --prefix /yentu/`,
      url: "http://127.0.0.1:8082/yentu/",
      reuseExistingServer: false,
      env: { STATIC_SERVER_QUIET: "1" },
    },
  ],
});
