#!/usr/bin/env bash
# One command from a fresh machine: set up, then run every test level and print each summary.
#   1. native: cargo test (domain logic, data validation, fixtures), then the planner's GPX read
#      back by gpxpy (tests/gpx_check.py)
#   2. browser components: wasm-bindgen-test in headless Chromium
#   3. end to end: the release dist/ (and a sub-path build) served as static files, driven in
#      Chromium with Playwright
#   4. across engines: the core journeys in Chromium, Firefox and WebKit through WebDriver
# Exits non-zero when any level fails; every level runs regardless, so all summaries print.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# A test run builds each crate once: incremental caches would only add gigabytes to target/.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
scripts/setup.sh --tests || exit 1

declare -a names=() results=()
run_level() {
  local name="$1"; shift
  echo
  echo "=================== $name ==================="
  local start=$SECONDS
  "$@"
  local rc=$?
  names+=("$name"); results+=("$rc:$((SECONDS - start))s")
  return $rc
}

native() {
  cargo fmt --check && cargo clippy --quiet --all-targets -- -D warnings && cargo test &&
    python3 tests/gpx_check.py
}
wasm_components() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test wasm_components
}
end_to_end() {
  # SITE_URL: the address the pages are served at in the tests, for their canonical URLs,
  # alternates, share tags and sitemap (src/bin/build_site/).
  SITE_URL=http://127.0.0.1:8081/ scripts/build.sh --dist dist &&
    SITE_URL=http://127.0.0.1:8082/yentu/ PUBLIC_URL=/yentu/ scripts/build.sh --dist dist-sub &&
    echo "[test] Nu HTML Checker (vnu-jar) on every written page" &&
    java -jar tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html dist dist-sub &&
    python3 tests/downloads_check.py dist && python3 tests/downloads_check.py dist-sub &&
    (cd tests/e2e && npx --no-install playwright test "$@")
}

cross_engine() {
  scripts/test-browsers.sh --dist dist
}

run_level "native (cargo test)" native
run_level "components (wasm-bindgen-test, headless Chromium)" wasm_components
run_level "end to end (Playwright, Chromium)" end_to_end
run_level "cross-engine journeys (WebDriver: Chromium, Firefox, WebKit)" cross_engine

echo
echo "=================== summary ==================="
failed=0
for i in "${!names[@]}"; do
  rc="${results[$i]%%:*}"; t="${results[$i]#*:}"
  if [ "$rc" = 0 ]; then echo "PASS  ${names[$i]} ($t)"; else echo "FAIL  ${names[$i]} ($t)"; failed=$((failed + 1)); fi
done
echo "levels: $(( ${#names[@]} - failed )) passed, $failed failed"
[ "$failed" = 0 ]
