#!/usr/bin/env bash
# Moves trunk's inline loader (`<script type=module>import init … </script>`, with the build's file names
# that hash-names.sh put at its start) out of index.html into an external file, after the page's own script
# (src/web/page.js), so the page runs under `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline'
# (see README, "Content-Security-Policy"). Each step checks it matched exactly once (scripts/rewrite.sh).
# Run by trunk's post-build hook (Trunk.toml) on the staging dir, after hash-names.sh.
set -euo pipefail
. "$(dirname "$0")/rewrite.sh"
dir="${TRUNK_STAGING_DIR:?run by trunk}"
html="$dir/index.html"
[ -f "$html" ] || fail "csp-boot: $html is missing"
n=$(perl -0ne 'my $n = () = m{<script type="?module"?>}g; print $n' "$html")
[ "$n" -eq 1 ] || fail "csp-boot: expected 1 inline loader (<script type=module>) in $html, found $n"
src="$(dirname "$0")/../src/web/page.js"
grep -v '^ *//' "$src" > "$dir/boot.js"
printf '\n' >> "$dir/boot.js"
perl -0ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' "$html" >> "$dir/boot.js"
grep -q 'import init' "$dir/boot.js" || fail "csp-boot: the inline loader in $html has no 'import init'"
# Minified (terser, from npm: `make setup` installs it) before it is named by its hash.
terser="$(dirname "$0")/../node_modules/.bin/terser"
[ -x "$terser" ] || fail "csp-boot: terser is missing (run make setup)"
"$terser" "$dir/boot.js" --module --compress passes=2 --mangle --output "$dir/boot.min.js"
[ -s "$dir/boot.min.js" ] || fail "csp-boot: terser wrote nothing"
mv "$dir/boot.min.js" "$dir/boot.js"
hash=$(sha256sum "$dir/boot.js" | cut -c1-16)
mv "$dir/boot.js" "$dir/boot-$hash.js"
BOOT="boot-$hash.js" perl -0pi -e '
  my $n = s{<script type="?module"?>.*?</script>}{<script type=module src=./$ENV{BOOT}></script>}sg;
  die "csp-boot: expected to replace 1 inline loader, replaced $n\n" if $n != 1;' "$html"
if grep -q '<script type="\?module"\?>' "$html"; then
  fail "csp-boot: an inline module script is left in $html"
fi
