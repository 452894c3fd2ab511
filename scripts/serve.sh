#!/usr/bin/env bash
# One command from a fresh machine: set up, build the release site, serve dist/ on
# http://127.0.0.1:8080 with a plain static file server (as it will be hosted).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh
scripts/build.sh
echo "Serving dist/ on http://127.0.0.1:${PORT:-8080}/ (Ctrl+C to stop)"
exec python3 scripts/static_server.py --dir dist --port "${PORT:-8080}"
