#!/usr/bin/env bash
# trunk's one post-build hook (Trunk.toml): trunk runs the hooks of a stage at the same time, and these
# steps depend on each other, so they run here in order:
#   1. build-extras.sh — the second module into extras/;
#   2. minify.mjs      — the first view's JS glue minified (terser), index.html's integrity hash updated;
#   3. csp-boot.sh     — trunk's inline loader and src/web/page.js into one external boot file;
#   4. single-file.mjs — dist/ev-atlas.html, the whole atlas in one file that works from disk (needs node,
#                        which `make setup` installs; skipped with a warning without it);
#   5. offline.sh      — sw.js with the list of every file above (but the single file).
set -euo pipefail
here="$(dirname "$0")"
bash "$here/build-extras.sh"
node "$here/minify.mjs" "${TRUNK_STAGING_DIR:?run by trunk}"
bash "$here/csp-boot.sh"
if command -v node > /dev/null; then
  node "$here/single-file.mjs" "${TRUNK_STAGING_DIR:?run by trunk}"
else
  echo "post-build: node is missing, so dist/ev-atlas.html is not written" >&2
fi
bash "$here/offline.sh"
