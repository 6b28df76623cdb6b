#!/usr/bin/env bash
# Moves trunk's inline loader (`<script type=module>import init … </script>`) out of index.html into an
# external file, followed by the page's own script (src/web/page.js), so the page runs under
# `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline' (see README, "Content-Security-Policy").
# Run by trunk's post-build hook (Trunk.toml) on the staging dir.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk}"
html="$dir/index.html"
perl -0ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' "$html" > "$dir/boot.js"
if [ ! -s "$dir/boot.js" ]; then
  rm -f "$dir/boot.js"
  grep -q 'src="\?./boot-' "$html" && exit 0
  echo "csp-boot: no inline loader found in $html" >&2
  exit 1
fi
src="$(dirname "$0")/../src/web/page.js"
printf '\n' >> "$dir/boot.js"
grep -v '^ *//' "$src" >> "$dir/boot.js"
# Minified (terser, from npm: `make setup` installs it) before it is named by its hash.
terser="$(dirname "$0")/../node_modules/.bin/terser"
if [ -x "$terser" ]; then
  "$terser" "$dir/boot.js" --module --compress passes=2 --mangle --output "$dir/boot.min.js"
  [ -s "$dir/boot.min.js" ] || { echo "csp-boot: terser wrote nothing" >&2; exit 1; }
  mv "$dir/boot.min.js" "$dir/boot.js"
fi
hash=$(sha256sum "$dir/boot.js" | cut -c1-16)
mv "$dir/boot.js" "$dir/boot-$hash.js"
perl -0pi -e "s{<script type=\"?module\"?>.*?</script>}{<script type=module src=./boot-$hash.js></script>}s" "$html"
if grep -q '<script type="\?module"\?>' "$html"; then
  echo "csp-boot: an inline module script is left in $html" >&2
  exit 1
fi
