#!/usr/bin/env bash
# Installs what the cross-engine journeys (tests/browsers/) need, skipping what is already there.
# Safe to run again and again.
#   Chromium: Debian's chromium + chromium-driver (also installed by scripts/setup.sh --tests)
#   Firefox:  Debian's firefox-esr + geckodriver from crates.io (cargo install, about 2 min)
#   WebKit:   Debian's webkit2gtk-driver (WebKitWebDriver, drives WebKitGTK's MiniBrowser) + xvfb
# and the npm packages of tests/browsers/ from its lock file (selenium-webdriver; it never
# downloads a driver or a browser: every path is given explicitly).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
log() { printf '\033[1m[setup-browsers]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

GECKODRIVER_VERSION="0.37.1"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
command -v xauth >/dev/null 2>&1 || need_apt+=(xauth) # xvfb-run needs it
# Fonts with Vietnamese diacritics for every engine (Debian's default set).
[ -d /usr/share/fonts/truetype/dejavu ] || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # With the recommended packages (GL, fonts, media libraries): the browsers were tested so.
  apt-get install -y -qq "${need_apt[@]}"
fi

# (Read the whole output: geckodriver panics when its stdout is closed early, as by `head`.)
gecko_now="$(geckodriver --version 2>/dev/null || true)"
if [ "${gecko_now%%$'\n'*}" != "geckodriver $GECKODRIVER_VERSION" ]; then
  log "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 2 min)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

if [ ! -d tests/browsers/node_modules/selenium-webdriver ] ||
  [ tests/browsers/package-lock.json -nt tests/browsers/node_modules/.package-lock.json ]; then
  log "installing the cross-engine test dependencies"
  (cd tests/browsers && SE_OFFLINE=true npm ci --no-audit --no-fund --loglevel=error)
fi

log "ready: $(chromedriver --version | cut -d' ' -f1-2), $(v="$(geckodriver --version)"; echo "${v%%$'\n'*}"), WebKitWebDriver $(dpkg-query -W -f='${Version}' webkit2gtk-driver), $(firefox-esr --version 2>/dev/null)"
