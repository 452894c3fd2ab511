#!/usr/bin/env bash
# The core visitor journeys (tests/browsers/journeys.test.js) in Chromium, Firefox and WebKit,
# through WebDriver with Debian's drivers (geckodriver from crates.io), against the release site
# served as static files.
#
#   scripts/test-browsers.sh                      every engine
#   scripts/test-browsers.sh webkit               one engine alone (or several: firefox webkit)
#   scripts/test-browsers.sh --dist /tmp/dist-x   another build (default: dist/, built if missing)
#
# Serves the build on BROWSERS_PORT (default 8161) and, on the next port, a copy of it whose
# data/sites.json is malformed (for the error journey). WebKitGTK has no headless mode: its
# MiniBrowser runs under Xvfb. Prints each engine's browser version, result and time, then a
# last line "N passed, N failed"; exits non-zero if any journey failed.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

dist="$ROOT/dist"
engines=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$(cd "$2" && pwd)" || exit 2; shift 2 ;;
    --dist=*) dist="$(cd "${1#--dist=}" && pwd)" || exit 2; shift ;;
    chromium | firefox | webkit) engines+=("$1"); shift ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (engines: chromium firefox webkit; --dist DIR)" >&2; exit 2 ;;
  esac
done
[ ${#engines[@]} -gt 0 ] || engines=(chromium firefox webkit)
# An engine that could not run at all counts every journey failed.
JOURNEYS="$(grep -c '^  journey(' tests/browsers/journeys.test.js)"

[ "${BROWSERS_SKIP_SETUP:-0}" = 1 ] || scripts/setup-browsers.sh || exit 1
if [ ! -f "$dist/index.html" ]; then
  echo "[test-browsers] no build in $dist: building it"
  scripts/build.sh --dist "$dist" || exit 1
fi

port="${BROWSERS_PORT:-8161}"
broken_port=$((port + 1))
work="$(mktemp -d /tmp/yentu-browsers.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The broken copy: the same site, with data/sites.json cut short (malformed JSON at line 3).
cp -r "$dist" "$work/broken"
printf '[\n  {"id": "x",\n  oops\n]\n' >"$work/broken/data/sites.json"

serve() {
  STATIC_SERVER_QUIET=1 python3 scripts/static_server.py --dir "$1" --port "$2" >"$work/server-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do
    python3 - "$2" <<'EOF' 2>/dev/null && return 0
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=1)
EOF
    sleep 0.2
  done
  echo "[test-browsers] the static server on port $2 did not start:" >&2
  cat "$work/server-$2.log" >&2
  return 1
}
serve "$dist" "$port" || exit 1
serve "$work/broken" "$broken_port" || exit 1

export BASE_URL="http://127.0.0.1:$port" BROKEN_URL="http://127.0.0.1:$broken_port" SE_OFFLINE=true
export FAILURE_DIR="${FAILURE_DIR:-/tmp/browsers-failures}"
rm -rf "$FAILURE_DIR"

# The last "ℹ <what> N" line of an engine's log (Node's spec reporter).
count() { sed -n "s/^ℹ $2 \([0-9]*\)\$/\1/p" "$work/$1.log" | tail -1; }

total_pass=0
total_fail=0
summary=()
for engine in "${engines[@]}"; do
  version="$(cd tests/browsers && node -e 'console.log(require("./engines").browserVersion(process.argv[1]))' "$engine" 2>&1)"
  echo
  echo "=================== $engine: $version ==================="
  cmd=(node --test --test-reporter=spec journeys.test.js)
  if [ "$engine" = webkit ]; then
    cmd=(xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "${cmd[@]}")
  fi
  start=$SECONDS
  (cd tests/browsers && ENGINE="$engine" "${cmd[@]}") 2>&1 | tee "$work/$engine.log"
  rc=${PIPESTATUS[0]}
  took=$((SECONDS - start))
  # Node's spec reporter ends with "ℹ pass N", "ℹ fail N" and "ℹ cancelled N" (journeys that
  # could not run, e.g. when the browser did not start: counted failed).
  pass="$(count "$engine" pass)"
  fail="$(count "$engine" fail)"
  cancelled="$(count "$engine" cancelled)"
  [ -z "$fail" ] || fail=$((fail + ${cancelled:-0}))
  if [ -z "$pass" ] || [ -z "$fail" ]; then
    pass=0
    fail=$JOURNEYS
  elif [ "$rc" != 0 ] && [ "$fail" = 0 ]; then
    fail=1 # the run failed outside any journey (e.g. the browser did not start)
  fi
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
  status=PASS
  [ "$fail" = 0 ] || status=FAIL
  summary+=("$status  $engine: $pass passed, $fail failed in ${took}s ($version)")
done

echo
echo "=================== cross-engine journeys ==================="
printf '%s\n' "${summary[@]}"
[ "$total_fail" = 0 ] || echo "failures kept in $FAILURE_DIR (screenshots and page text)"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
