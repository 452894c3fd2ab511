#!/usr/bin/env bash
# For development: a quick debug build into /tmp/dist-NAME and the end-to-end specs against it on
# its own ports, so that several people can test side by side.
#   scripts/e2e-dev.sh NAME PORT [playwright args, e.g. catalogue.spec.js]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
name="$1"; port="$2"; shift 2
# One trunk build at a time: they share target/.
flock /tmp/yentu-trunk.lock trunk build --dist "/tmp/dist-$name" >"/tmp/trunk-$name.log" 2>&1 ||
  { tail -40 "/tmp/trunk-$name.log"; exit 1; }
cd tests/e2e
E2E_PORT="$port" E2E_DIST="/tmp/dist-$name" E2E_DIST_SUB="/tmp/dist-$name" npx --no-install playwright test "$@"
