#!/usr/bin/env bash
# Writes dist/sw.js (from src/web/sw.js) with the list of every file of the build and a version made
# from their contents, so that after one online visit the atlas works offline, and a new build is a new
# version (picked up on the next online visit). Every file but the page, its web manifest and its icon has
# its content hash in its name (hash-names.sh); the social cards, the story's step pages and plants.html are not listed. Run by trunk's post-build hook after csp-boot.sh.
set -euo pipefail
. "$(dirname "$0")/rewrite.sh"
dir="${TRUNK_STAGING_DIR:?run by trunk}"
src="$(cd "$(dirname "$0")/.." && pwd)/src/web/sw.js"
for p in __VERSION__ __FILES__; do
  [ "$(count "$src" "$p")" -eq 1 ] || fail "offline: expected 1 $p in $src, found $(count "$src" "$p")"
done
cd "$dir"
# Not listed: the single file; _headers (the host's, inline-css.mjs); the social cards (fetched by crawlers, by their plain names) and
# plants.html and story/step-<n>.html (for readers and social networks without JavaScript, who have no service worker), which without-js.sh writes.
files=$(find . -type f ! -name sw.js ! -name _headers ! -name ev-atlas.html ! -name '*.map' ! -path './cards/*' ! -path './story/*' ! -name plants.html \
  | sed 's|^\./||' | LC_ALL=C sort)
[ -n "$files" ] || fail "offline: no file in $dir"
version=$(cat $files | sha256sum | cut -c1-16)
list=$(printf '%s\n' "./" $files | awk 'BEGIN { printf "[" } { printf "%s\"%s\"", (NR > 1 ? ", " : ""), $0 } END { printf "]" }')
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|$list|" "$src" > sw.js
grep -q '__VERSION__\|__FILES__' sw.js && fail "offline: a placeholder is left in sw.js"
grep -qF "const VERSION = '$version';" sw.js || fail "offline: the version was not written into sw.js"
exit 0
