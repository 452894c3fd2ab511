#!/usr/bin/env bash
# The benchmark (not a test). Builds the release site, then reports:
#   - sizes of the wasm, js, css and data, raw and gzip -9;
#   - in headless Chromium, medians of: navigation → first site card, → drawn map, and keystroke
#     in search → updated list, with the real data and with 5,000 synthetic sites; plus the same
#     load timing for a plain static HTML page of the first screen (the floor);
#   - Lighthouse 12 on its mobile preset (accessibility, performance, best practices, SEO).
# Writes BENCHMARKS.md. Usage: scripts/bench.sh [runs]   (default 7 runs per timing)
# BENCH_DIST=dist reuses an existing build instead of building.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
RUNS="${1:-7}"
scripts/setup.sh --tests
if [ ! -x bench/node_modules/.bin/lighthouse ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
DIST="${BENCH_DIST:-dist}"
[ -n "${BENCH_DIST:-}" ] || scripts/build.sh --dist "$DIST"
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
python3 bench/make_fixtures.py "$DIST" "$WORK" 5000

PORT_REAL=8201; PORT_SYNTH=8202
# --rewrite: deep links answer 200, as on a host with rewrite rules (Lighthouse refuses a 404).
STATIC_SERVER_QUIET=1 python3 scripts/static_server.py --dir "$WORK/real" --port $PORT_REAL --rewrite >/dev/null 2>&1 &
STATIC_SERVER_QUIET=1 python3 scripts/static_server.py --dir "$WORK/synth" --port $PORT_SYNTH >/dev/null 2>&1 &
for p in $PORT_REAL $PORT_SYNTH; do
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$p/" >/dev/null && break; sleep 0.2; done
done

echo "[bench] sizes"
python3 - "$DIST" > "$WORK/sizes.json" <<'PY'
import gzip, json, os, sys
dist = sys.argv[1]
def size(paths):
    raw = sum(os.path.getsize(p) for p in paths)
    gz = sum(len(gzip.compress(open(p, "rb").read(), 9)) for p in paths)
    return {"raw": raw, "gzip9": gz}
files = [os.path.join(dist, f) for f in os.listdir(dist)]
# The data files the app loads (data/ also holds the Data page and, in folders, the downloads).
data = [os.path.join(dist, "data", f) for f in os.listdir(os.path.join(dist, "data")) if f.endswith(".json")]
out = {
    # Bundles repeat the chunks (src/bin/build_site/chunks.rs): counted per landing page, not here.
    "wasm": size([f for f in files if f.endswith(".wasm") and not os.path.basename(f).startswith("bundle_")]),
    "js": size([f for f in files if f.endswith(".js")]),
    "css": size([f for f in files if f.endswith(".css")]),
    "data": size(data),
}
for f in sorted(data):
    out["data/" + os.path.basename(f)] = size([f])
# Per file, for the code each landing page downloads (bench.js lists the files).
out["files"] = {os.path.basename(f): size([f]) for f in files if f.endswith((".wasm", ".js"))}
print(json.dumps(out))
PY

echo "[bench] timings ($RUNS runs each)"
node bench/bench.js "http://127.0.0.1:$PORT_REAL" "http://127.0.0.1:$PORT_SYNTH" "$RUNS" > "$WORK/timings.json"

echo "[bench] the offline copy ($RUNS first visits)"
node bench/offline_bench.js "$DIST" "http://127.0.0.1:$PORT_REAL" "$RUNS" > "$WORK/offline.json"

echo "[bench] Lighthouse (mobile preset)"
lh() {
  CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" bench/node_modules/.bin/lighthouse "$1" \
    --quiet --output=json --output-path="$2" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$WORK/lh-profile"
}
# Lighthouse scores vary from run to run: three runs per page, the report takes the median.
for i in 1 2 3; do
  lh "http://127.0.0.1:$PORT_REAL/" "$WORK/lh-home-$i.json"
  lh "http://127.0.0.1:$PORT_REAL/en/sites/" "$WORK/lh-sites-$i.json"
  lh "http://127.0.0.1:$PORT_REAL/site/con-son/" "$WORK/lh-site-$i.json"
  lh "http://127.0.0.1:$PORT_REAL/map/" "$WORK/lh-map-$i.json"
done

python3 bench/report.py "$WORK" "$RUNS" > BENCHMARKS.md
cat BENCHMARKS.md
