#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing. Safe to run again: each step checks first.
#   - Rust target wasm32-unknown-unknown (rustup)
#   - wasm-bindgen-cli at the exact version of the wasm-bindgen crate in Cargo.lock, and trunk 0.21.14
#     (cargo install --locked)
#   - Debian's chromium, chromium-driver, binaryen (wasm-opt) and fonts-dejavu-core (the social cards' font,
#     read at build time only) and fonts-noto-cjk (the system CJK font the Chinese browser tests draw with)
#     (apt-get)
#   - the npm test packages from package-lock.json (npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '[setup] %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "[setup] cargo is missing: install Rust with rustup first (https://rustup.rs)" >&2
  exit 1
fi
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli pinned to the crate version in Cargo.lock, and trunk.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  echo "[setup] could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked --force
fi
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 3. Debian packages: Chromium and its driver for browser tests, binaryen for wasm-opt, DejaVu Sans for the
#    text of the social cards (src/without_js/bitmap.rs reads it at build time; it never ships).
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v wasm-opt >/dev/null || need_apt+=(binaryen)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] \
  || need_apt+=(fonts-dejavu-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} with apt-get"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  for attempt in 1 2 3 4 5 6; do
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"; then
      break
    fi
    [ "$attempt" = 6 ] && { echo "[setup] apt-get failed" >&2; exit 1; }
    say "apt-get busy or failed, retrying in 10 s"
    sleep 10
  done
fi

# 4. npm test packages, exactly as locked.
LOCK_HASH=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$LOCK_HASH" ]; then
  say "installing npm test packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_HASH" > node_modules/.lock-hash
fi
say "ready: $(rustc --version | cut -d' ' -f1-2), trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
