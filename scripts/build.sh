#!/usr/bin/env bash
# Builds the release site into dist/. PUBLIC_URL=/yentu/ builds it for a sub-path.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# The release build splits the pages into chunks fetched on demand (src/lazy.rs): relocations
# kept for wasm-split-cli, which the linker wrapper runs; wasm-bindgen keeps the function table
# exported; the build tool (src/bin/build_site/chunks.rs) copies the chunks. These flags replace
# .cargo/config.toml's, so they repeat erase_components.
export YENTU_SPLIT_DIR="$ROOT/target/wasm-split"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$ROOT/scripts/split/wasm-ld"
export RUSTFLAGS="--cfg erase_components --cfg yentu_split -C link-args=--emit-relocs"
# Panic messages name their source file, for a crate its path under this machine's cargo home:
# written from the crate's own folder instead (`tachys-0.2.19/src/…`), so that the shipped code
# does not carry the paths of the machine that built it (and is a little smaller).
for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$dir" ] || continue # no crate downloaded yet: the pattern itself
  RUSTFLAGS="$RUSTFLAGS --remap-path-prefix=$dir="
done
export PATH="$ROOT/scripts/split:$PATH"
trunk build --release --public-url "${PUBLIC_URL:-/}" "$@"
