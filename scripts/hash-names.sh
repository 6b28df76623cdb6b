#!/usr/bin/env bash
# Gives every file of the build that the service worker serves from its cache a name with its content hash
# (the first 16 hex digits of its SHA-256: `extras/extras-<hash>.js`, `data/facilities-<hash>.csv`, …),
# rewrites every reference to it (each rewrite checked, scripts/rewrite.sh), and writes the manifest the
# page learns the names from: `window.__evAtlasFiles = {"extras/extras.js":"extras/extras-<hash>.js",…};`
# at the start of trunk's inline loader, which csp-boot.sh then moves into boot-<hash>.js (the Rust side
# reads it through `dom::asset_url`). A file the build should have and lacks fails the build, and so does
# any file left without a hash but the page itself, its web manifest and its icon (the service worker
# fetches those from the network first). trunk's own hashing is off (Trunk.toml): every name is made here,
# one way. Run by post-build.sh after build-extras.sh, before csp-boot.sh.
set -euo pipefail
. "$(dirname "$0")/rewrite.sh"
dir="${TRUNK_STAGING_DIR:?run by trunk}"
html="$dir/index.html"
[ -f "$html" ] || fail "hash-names: $html is missing"
declare -A name_of=()

# content_name NAME: renames NAME (a path in the staging dir) to NAME-<hash>.EXT and records the new name.
content_name() {
  local name=$1 h
  [ -f "$dir/$name" ] || fail "hash-names: $name is missing from the build"
  h=$(sha256sum "$dir/$name" | cut -c1-16)
  name_of[$name]="${name%.*}-$h.${name##*.}"
  mv "$dir/$name" "$dir/${name_of[$name]}"
}

# sri FILE: its Subresource Integrity value, as trunk writes it (sha256: `data-integrity` in index.html).
sri() {
  printf 'sha256-%s' "$(openssl dgst -sha256 -binary "$1" | base64 -w0)"
}

# 0. wasm-bindgen never empties its output folder, and trunk copies its snippets/ whole: a JS snippet that
#    no module imports is a leftover of an older build, and goes. One that is imported has no content hash
#    in its name (wasm-bindgen names it after the crate), so the build fails: the modules have none.
if [ -d "$dir/snippets" ]; then
  while IFS= read -r f; do
    if grep -qF "${f#"$dir"/}" "$dir/ev-atlas.js"; then
      fail "hash-names: ev-atlas.js imports ${f#"$dir"/}, a JS snippet without a content hash in its name"
    else
      echo "hash-names: ${f#"$dir"/} is imported by no module (left by an older build): removed"
      rm "$f"
      # and trunk's modulepreload link to it.
      SNIPPET=${f#"$dir"/} perl -0pi -e '
        my $n = s{<link[^>]*href="?\./\Q$ENV{SNIPPET}\E"?[^>]*>}{}g;
        die "hash-names: expected 1 link to $ENV{SNIPPET} in index.html, found $n\n" if $n != 1;' "$html"
    fi
  done < <(find "$dir/snippets" -type f)
  find "$dir/snippets" -depth -type d -empty -delete
fi

# 1. Stylesheets and data, first: the second module carries their names.
content_name main.css
replace "$html" "hash-names: main.css in index.html" 1 "./main.css" "./${name_of[main.css]}"
content_name details.css
for f in data/facilities.csv data/aggregates.csv data/example-facilities.csv; do
  content_name "$f"
  replace "$html" "hash-names: the link to $f in index.html" 1 "$f" "${name_of[$f]}"
done
content_name data/countries-50m.bin
content_name data/sources.csv
catalogs=()
for f in "$dir"/i18n/*.ftl; do
  catalogs+=("i18n/${f##*/}")
  content_name "i18n/${f##*/}"
done
[ ${#catalogs[@]} -gt 0 ] || fail "hash-names: no message catalog (i18n/*.ftl) in the build"

# manifest NAME…: the JSON object of those names and their hashed names.
manifest() {
  for k in "$@"; do printf '%s\t%s\n' "$k" "${name_of[$k]}"; done \
    | awk -F'\t' 'BEGIN { printf "{" } { printf "%s\"%s\":\"%s\"", (NR > 1 ? "," : ""), $1, $2 } END { printf "}" }'
}

# 2. The second module: its wasm, then its JS, which loads the wasm from wasm-bindgen's default URL and
#    starts with the names of the files only it asks for (they cost the first view nothing there).
extras_manifest=$(manifest details.css data/facilities.csv data/aggregates.csv data/example-facilities.csv data/sources.csv)
printf 'window.__evAtlasFiles = Object.assign(window.__evAtlasFiles || {}, %s);\n' "$extras_manifest" \
  | cat - "$dir/extras/extras.js" > "$dir/extras/extras.js.new"
mv "$dir/extras/extras.js.new" "$dir/extras/extras.js"
content_name extras/extras_bg.wasm
replace "$dir/extras/extras.js" "hash-names: the wasm URL in extras/extras.js" 1 \
  "new URL('extras_bg.wasm', import.meta.url)" "new URL('${name_of[extras/extras_bg.wasm]#extras/}', import.meta.url)"
content_name extras/extras.js

# 3. The first view, trunk's glue and wasm. The glue's default wasm URL (the loader names the wasm, but the
#    glue should not name a file that is not there), then the glue's integrity in the page, which follows.
content_name ev-atlas_bg.wasm
old_sri=$(sri "$dir/ev-atlas.js")
replace "$dir/ev-atlas.js" "hash-names: the wasm URL in ev-atlas.js" 1 \
  "new URL('ev-atlas_bg.wasm', import.meta.url)" "new URL('${name_of[ev-atlas_bg.wasm]}', import.meta.url)"
replace "$html" "hash-names: the integrity of ev-atlas.js in index.html" 1 "$old_sri" "$(sri "$dir/ev-atlas.js")"
content_name ev-atlas.js
replace "$html" "hash-names: ev-atlas.js in index.html (modulepreload, loader)" 2 "./ev-atlas.js" "./${name_of[ev-atlas.js]}"
replace "$html" "hash-names: ev-atlas_bg.wasm in index.html (preload, loader)" 2 \
  "./ev-atlas_bg.wasm" "./${name_of[ev-atlas_bg.wasm]}"


# 4. Nothing else may be left without a hash.
left=$(cd "$dir" && find . -type f ! -name index.html ! -name manifest.webmanifest ! -name icon.svg \
  | sed 's|^\./||' | grep -Ev -- '-[0-9a-f]{16}\.[^./]+$' || true)
[ -z "$left" ] || fail "hash-names: no content hash in the name of: $left (hash it here, or serve it network-first)"

# 5. The manifest, at the start of trunk's inline loader: the names the first view itself asks for (the
#    others are named in index.html and at the start of extras.js; every byte of the boot file is part of
#    the first view).
manifest=$(manifest extras/extras.js data/countries-50m.bin "${catalogs[@]}")
tag=$(grep -o '<script type="\?module"\?>' "$html" | head -1 || true)
[ -n "$tag" ] || fail "hash-names: no inline loader (<script type=module>) in $html"
replace "$html" "hash-names: trunk's inline loader in index.html" 1 "$tag" "$tag"$'\n'"window.__evAtlasFiles = $manifest;"$'\n'
echo "hash-names: ${#name_of[@]} files named by their contents; the page's manifest: $manifest"
