#!/usr/bin/env bash
# Builds the second, lazily loaded module (src/bin/extras.rs) into trunk's staging folder as extras/:
# called by trunk's post-build hook (Trunk.toml), so `trunk build` and `trunk serve` both produce it.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
out="${TRUNK_STAGING_DIR:?run by trunk}/extras"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  cargo build --locked --release --target wasm32-unknown-unknown --features atlas --bin ev-atlas-extras
  wasm="$target_dir/wasm32-unknown-unknown/release/ev-atlas-extras.wasm"
else
  cargo build --locked --target wasm32-unknown-unknown --features atlas --bin ev-atlas-extras
  wasm="$target_dir/wasm32-unknown-unknown/debug/ev-atlas-extras.wasm"
fi
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name extras "$wasm"
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-multivalue --enable-reference-types "$out/extras_bg.wasm" -o "$out/extras_bg.wasm"
fi
