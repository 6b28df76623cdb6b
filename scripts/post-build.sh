#!/usr/bin/env bash
# trunk's one post-build hook (Trunk.toml): trunk runs the hooks of a stage at the same time, and these
# steps depend on each other, so they run here in order:
#   1. build-extras.sh — the second module into extras/;
#   2. csp-boot.sh     — trunk's inline loader and src/web/page.js into one external boot file;
#   3. offline.sh      — sw.js with the list of every file above.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/build-extras.sh"
bash "$here/csp-boot.sh"
bash "$here/offline.sh"
