#!/usr/bin/env bash
# trunk's post-build hook: the page chunks (scripts/post_build.py), then the build tool, which
# writes every page of the site in both languages from the built index.html
# (src/bin/build_site/). The build tool is native Rust: built without the WebAssembly build's
# RUSTFLAGS (scripts/build.sh), so that it shares the native target directory with `cargo test`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
python3 scripts/post_build.py
env -u RUSTFLAGS -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER \
  cargo run --quiet --bin build_site -- "$TRUNK_STAGING_DIR"
