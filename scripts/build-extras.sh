#!/usr/bin/env bash
# Builds the second, lazily loaded module (src/bin/extras.rs) into trunk's staging folder as extras/:
# called by trunk's post-build hook (Trunk.toml), so `trunk build` and `trunk serve` both produce it.
# In release builds it is optimised by wasm-opt with exactly the level and flags trunk gives the first view:
# they are written once, in index.html (`data-wasm-opt`, `data-wasm-opt-params`), and read from there.
set -euo pipefail
. "$(dirname "$0")/rewrite.sh"
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
out="${TRUNK_STAGING_DIR:?run by trunk}/extras"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  # attr NAME: the value of the one NAME="…" attribute of index.html (fails unless there is exactly one).
  attr() {
    local n
    n=$(ATTR=$1 perl -0ne 'my $n = () = m{\s\Q$ENV{ATTR}\E="[^"]*"}g; print $n' index.html)
    [ "$n" -eq 1 ] || fail "build-extras: expected 1 $1=\"…\" in index.html (the wasm-opt settings of both modules), found $n"
    ATTR=$1 perl -0ne 'print $1 if m{\s\Q$ENV{ATTR}\E="([^"]*)"}' index.html
  }
  opt_level=$(attr data-wasm-opt)
  opt_params=$(attr data-wasm-opt-params)
  [ -n "$opt_level" ] && [ -n "$opt_params" ] || fail "build-extras: empty wasm-opt settings in index.html"
  cargo build --locked --release --target wasm32-unknown-unknown --features atlas --bin ev-atlas-extras
  wasm="$target_dir/wasm32-unknown-unknown/release/ev-atlas-extras.wasm"
else
  cargo build --locked --target wasm32-unknown-unknown --features atlas --bin ev-atlas-extras
  wasm="$target_dir/wasm32-unknown-unknown/debug/ev-atlas-extras.wasm"
fi
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name extras "$wasm"
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  # As trunk runs it for the first view: `wasm-opt --output=… -O<level> <input> <params>`.
  # shellcheck disable=SC2086 # the params are a list of flags
  wasm-opt "--output=$out/extras_bg.wasm" "-O$opt_level" "$out/extras_bg.wasm" $opt_params
fi
