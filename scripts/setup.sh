#!/usr/bin/env bash
# Installs what building the site needs, at pinned versions, skipping what is already there; with
# --tests, also what the tests need (Chromium, Firefox ESR, WebKitGTK, their drivers, the test
# packages). Safe to run again and again; the README's two commands call it first
# (scripts/serve.sh without --tests, scripts/test.sh with it).
set -euo pipefail
TESTS=0
[ "${1:-}" = "--tests" ] && TESTS=1
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 7 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]; then
  log "installing wasm-bindgen-cli $WBG_VERSION (about 2 min)"
  # Not --locked: its lock file wants a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi
# wasm-split-cli cuts the release build into page chunks (scripts/split/wasm-ld, src/lazy.rs); it
# must read the split points of the wasm_split_helpers 0.2 that leptos pulls in (Cargo.lock).
SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  log "installing wasm-split-cli $SPLIT_VERSION (about 1 min)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked
fi
# Fonts with Vietnamese diacritics for the build tool's share images (src/bin/build_site/share.rs).
if [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  log "installing fonts-dejavu-core from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be $WBG_VERSION (the version in Cargo.lock)" >&2
  exit 1
fi

# wasm-opt from npm's binaryen (Debian's binaryen 108 emits a module that fails to start), and
# terser, which minifies the app's JavaScript (src/bin/build_site/minify.rs).
if [ ! -x tools/node_modules/.bin/wasm-opt ] || ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" \
  || [ ! -x tools/node_modules/.bin/terser ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  log "installing binaryen $BINARYEN_VERSION (wasm-opt) and terser from the lock file"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$TESTS" = 1 ]; then
  need_apt=()
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
  # The Nu HTML Checker (vnu-jar, from tests/e2e's lock file) runs on Java.
  command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
  # pdftotext reads the text of the pages printed to PDF (tests/e2e/print.spec.js).
  command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
  if [ ${#need_apt[@]} -gt 0 ]; then
    log "installing ${need_apt[*]} from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}"
  fi

  # End-to-end test dependencies from the lock file; never let Playwright download a browser.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ ! -d tests/e2e/node_modules/@playwright/test ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    log "installing the end-to-end test dependencies"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi

  # Independent readers of what the site hands out, from PyPI: gpxpy for the GPX files, icalendar
  # for the .ics files, geojson-validator for the GeoJSON (tests/gpx_check.py, tests/downloads_check.py).
  PY_TEST_PACKAGES=("gpxpy==1.6.2" "icalendar==7.3.2" "geojson-validator==0.7.0")
  if ! python3 - "${PY_TEST_PACKAGES[@]}" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(any(version(n) != v for n, v in (p.split("==") for p in sys.argv[1:])))
PY
  then
    log "installing ${PY_TEST_PACKAGES[*]} from PyPI"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${PY_TEST_PACKAGES[@]}"
  fi

  # Firefox (firefox-esr + geckodriver), WebKitGTK (webkit2gtk-driver) and Xvfb for the
  # cross-engine journeys.
  scripts/setup-browsers.sh
fi

cargo fetch --quiet
log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(tools/node_modules/.bin/wasm-opt --version | head -1)$([ "$TESTS" = 1 ] && echo ", $(chromium --version 2>/dev/null | head -1)")"
