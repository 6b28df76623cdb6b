#!/usr/bin/env bash
# Where the story travels without JavaScript (README): runs the native `cards` tool (src/bin/cards.rs,
# built once in the `cards` profile, then only relinked when the code changes), which writes into trunk's
# staging dir the social cards `cards/atlas.png` (and `cards/step-<n>.png` per step of data/story.csv, if
# that file exists) and `plants.html`, linking the build's content-hashed stylesheets and data file; it
# fails if index.html's <noscript> no longer says the key figures of data/aggregates.csv.
# With EV_ATLAS_PUBLIC_URL (e.g. https://news.example.org/atlas/) the page's og:image becomes absolute.
# The cards keep their plain names (crawlers fetch them by a stable URL) and, like plants.html, are not in
# the service worker's list (offline.sh). Run by post-build.sh after csp-boot.sh (the names are final).
set -euo pipefail
. "$(dirname "$0")/rewrite.sh"
src="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
dir="${TRUNK_STAGING_DIR:?run by trunk}"
html="$dir/index.html"

# one PATTERN: the one file of the staging dir matching PATTERN (a path with a glob), relative to it.
one() {
  local found
  found=$(cd "$dir" && compgen -G "$1" || true)
  [ "$(printf '%s' "$found" | grep -c .)" -eq 1 ] || fail "without-js: expected 1 file $1 in the build, found: ${found:-none}"
  printf '%s' "$found"
}
main_css=$(one 'main-????????????????.css')
details_css=$(one 'details-????????????????.css')
facilities=$(one 'data/facilities-????????????????.csv')

(cd "$src" && cargo run --locked --profile cards --features cards --bin cards -- \
  --out "$dir" --source "$src" --stylesheet "$main_css" --stylesheet "$details_css" --data-file "$facilities")

[ -s "$dir/cards/atlas.png" ] || fail "without-js: the cards tool wrote no cards/atlas.png"
[ -s "$dir/plants.html" ] || fail "without-js: the cards tool wrote no plants.html"
if [ -f "$src/data/story.csv" ]; then
  [ -s "$dir/story/step-1.html" ] || fail "without-js: the cards tool wrote no story/step-1.html (a story step's shared page)"
fi
[ "$(count "$html" 'cards/atlas.png')" -eq 1 ] || fail "without-js: expected index.html to name cards/atlas.png once (og:image)"
[ "$(count "$html" 'plants.html')" -eq 1 ] || fail "without-js: expected index.html to link plants.html once (<noscript>)"

if [ -n "${EV_ATLAS_PUBLIC_URL:-}" ]; then
  # Written into the page unquoted by trunk's minifier: only characters that need no quotes.
  url_chars='^https?://[A-Za-z0-9._~:/%@+,-]+$'
  [[ "$EV_ATLAS_PUBLIC_URL" =~ $url_chars ]] \
    || fail "without-js: EV_ATLAS_PUBLIC_URL must be an absolute http(s) URL without spaces, quotes, '=', '<', '>', '?' or '#': $EV_ATLAS_PUBLIC_URL"
  replace "$html" "without-js: og:image in index.html made absolute" 1 "cards/atlas.png" "${EV_ATLAS_PUBLIC_URL%/}/cards/atlas.png"
fi
