#!/usr/bin/env bash
# Runs every test: the gates (cargo fmt --check, clippy -D warnings native, wasm32 and the cards tool), native unit tests, wasm tests in headless Chromium, the release build, and the browser
# tests against the built dist/. Ends with one line "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Keep compiled dependencies warm between runs and clones where the machine allows; a cold cache only costs time.
if [ -z "${CARGO_TARGET_DIR:-}" ] && mkdir -p "$HOME/.cache/ev-atlas/target" 2>/dev/null; then
  export CARGO_TARGET_DIR="$HOME/.cache/ev-atlas/target"
fi
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver

passed=0
failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

stage() { printf '\n==> %s\n' "$*"; }

# Adds the counts of every "test result:" line (cargo test, wasm-bindgen-test-runner) in a log.
count_cargo() {
  local log=$1 name=$2 status=$3 p f
  p=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  p=${p:-0}; f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "!! $name exited with status $status without a failing test (build error?): counted as 1 failure"
    f=1
  fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    echo "!! $name ran no test: counted as 1 failure"
    f=1
  fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "-- $name: $p passed, $f failed"
}

# A gate counted like a test: one pass or one failure, named.
gate() {
  local name=$1; shift
  if "$@" > "$log_dir/gate.log" 2>&1; then
    passed=$((passed + 1)); echo "-- $name: ok"
  else
    failed=$((failed + 1)); cat "$log_dir/gate.log" | tail -40; echo "!! $name failed"
  fi
}

stage "gates: formatting and lints"
gate "cargo fmt --check" cargo fmt --check
gate "clippy, native (all targets)" cargo clippy --locked --all-targets -- -D warnings
gate "clippy, wasm32 first view" cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
gate "clippy, wasm32 full atlas" cargo clippy --locked --target wasm32-unknown-unknown --features atlas --lib --bins --test wasm -- -D warnings
gate "clippy, the build-time cards tool" cargo clippy --locked --features cards --bin cards -- -D warnings

stage "native tests (cargo test)"
cargo test --locked 2>&1 | tee "$log_dir/native.log"
count_cargo "$log_dir/native.log" "native tests" "${PIPESTATUS[0]}"

stage "wasm tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test wasm 2>&1 | tee "$log_dir/wasm.log"
count_cargo "$log_dir/wasm.log" "wasm tests" "${PIPESTATUS[0]}"

stage "release build (trunk build --release)"
rm -rf dist
# EV_ATLAS_FAULTS: the second module honours `#debug=panic` (README, "What can go wrong"); no other build does.
if EV_ATLAS_FAULTS=1 trunk build --release 2>&1 | tee "$log_dir/trunk.log" && [ -f dist/index.html ]; then
  passed=$((passed + 1)); echo "-- release build: ok"
else
  failed=$((failed + 1)); echo "!! release build failed"
fi

stage "browser tests (playwright-core + Debian Chromium, node --test)"
if [ -f dist/index.html ]; then
  node --test --test-concurrency=1 --test-reporter=tap tests/browser/ 2>&1 | tee "$log_dir/browser.log"
  status=${PIPESTATUS[0]}
  p=$(grep -E '^# pass ' "$log_dir/browser.log" | awk '{print $3}' | tail -1)
  f=$(grep -E '^# fail ' "$log_dir/browser.log" | awk '{print $3}' | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "!! browser tests exited with status $status"; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "!! browser tests ran no test"; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "-- browser tests: $p passed, $f failed"
else
  failed=$((failed + 1)); echo "!! browser tests skipped: no dist/ (counted as 1 failure)"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
