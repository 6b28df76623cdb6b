#!/usr/bin/env bash
# trunk's one post-build hook (Trunk.toml): trunk runs the hooks of a stage at the same time, and these
# steps depend on each other, so they run here in order:
#   1. build-extras.sh — the second module into extras/;
#   2. minify.mjs      — the first view's JS glue minified (terser), index.html's integrity hash updated;
#   3. hash-names.sh   — every file but the page named by its content hash, the references rewritten, and
#                        the manifest of the names (window.__evAtlasFiles) put into trunk's loader;
#   4. csp-boot.sh     — src/web/page.js and trunk's inline loader into one external boot file;
#   4b. inline-css.mjs — the stylesheet into index.html as a <style> allowed by its hash, and the header
#                        policy in _headers (needs node, like the steps below);
#   5. without-js.sh   — the social cards (cards/*.png, plain names) and plants.html, by the native `cards`
#                        tool; og:image made absolute when EV_ATLAS_PUBLIC_URL is set;
#   6. single-file.mjs — dist/ev-atlas.html, the whole atlas in one file that works from disk (needs node,
#                        which `make setup` installs; skipped with a warning without it);
#   7. offline.sh      — sw.js with the list of every file above (but the single file, the cards and
#                        plants.html).
# Every rewrite of a built file checks it matched as often as expected, and fails the build otherwise.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/build-extras.sh"
node "$here/minify.mjs" "${TRUNK_STAGING_DIR:?run by trunk}"
bash "$here/hash-names.sh"
bash "$here/csp-boot.sh"
node "$here/inline-css.mjs" "${TRUNK_STAGING_DIR:?run by trunk}"
bash "$here/without-js.sh"
if command -v node > /dev/null; then
  node "$here/single-file.mjs" "${TRUNK_STAGING_DIR:?run by trunk}"
else
  echo "post-build: node is missing, so dist/ev-atlas.html is not written" >&2
fi
bash "$here/offline.sh"
