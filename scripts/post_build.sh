#!/usr/bin/env bash
# trunk's post-build hook: the build tool (src/bin/build_site/) turns the built index.html into
# the whole site: the page chunks of the split build, then every page in both languages. It is
# native Rust: built without the WebAssembly build's RUSTFLAGS (scripts/build.sh), so that it
# shares the native target directory with `cargo test`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
env -u RUSTFLAGS -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER \
  cargo run --quiet --bin build_site -- "$TRUNK_STAGING_DIR"
