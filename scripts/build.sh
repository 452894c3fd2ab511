#!/usr/bin/env bash
# Builds the release site into dist/. PUBLIC_URL=/yentu/ builds it for a sub-path.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build --release --public-url "${PUBLIC_URL:-/}" "$@"
