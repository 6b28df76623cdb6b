// Writes dist/ev-atlas.html: the whole atlas in one self-contained file that works when opened from disk
// (file://), with every view and interaction. Everything the page loads is inlined, gzipped and base64'd:
// both wasm modules and their JS, the data files and the 1:50m basemap, under the hashed names of the
// build's manifest (`window.__evAtlasFiles`, written by scripts/hash-names.sh into the boot file); a small
// loader unpacks them (DecompressionStream), serves them to the app's own fetches, and loads the JS modules
// from blob: URLs (from a file, the browser will not load modules beside it): the manifest it gives the app
// names the second module by its blob: URL. Every rewrite checks it matched exactly as often as expected
// and fails the build, naming it, otherwise. Run by scripts/post-build.sh after inline-css.mjs.
// Usage: node scripts/single-file.mjs <staging dir>
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const fail = (message) => {
  console.error(`single-file: ${message}`);
  process.exit(1);
};
const dir = process.argv[2];
if (!dir) fail('usage: single-file.mjs <dist dir>');
const read = (f, encoding) => {
  if (!existsSync(join(dir, f))) fail(`${f} is missing from ${dir}`);
  return readFileSync(join(dir, f), encoding);
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// `text` with every match of `pattern` (a string or a RegExp) replaced by `to` (a string, taken
// literally); fails unless there were exactly `count` matches.
const rewrite = (text, what, pattern, to, count = 1) => {
  const re = new RegExp(typeof pattern === 'string' ? escape(pattern) : pattern.source, 'g' + (typeof pattern === 'string' ? '' : pattern.flags.replace('g', '')));
  const n = [...text.matchAll(re)].length;
  if (n !== count) fail(`${what}: expected ${count} match(es) of ${re}, found ${n}`);
  return text.replace(re, () => to);
};
// The one match of `re`'s first group in `text`.
const one = (text, what, re) => {
  const all = [...text.matchAll(new RegExp(re.source, 'g'))];
  if (all.length !== 1) fail(`${what}: expected 1 match(es) of ${re}, found ${all.length}`);
  return all[0][1];
};

const html = read('index.html', 'utf8');
const boot = one(html, 'the boot script in index.html', /<script type=module src=\.?\/?(boot-[0-9a-f]{16}\.js)><\/script>/);
const M = JSON.parse(one(read(boot, 'utf8'), `the build's file names in ${boot}`, /window\.__evAtlasFiles\s*=\s*(\{[^{}]*\})/));
const name = (f) => M[f] ?? fail(`${f} is not in the build's file names (${boot}, extras.js)`);
// The first view's glue, wasm and stylesheet are named in index.html (preload links), not in the manifest.
const glue = one(html, 'the glue in index.html', /href="?\.?\/?(ev-atlas-[0-9a-f]{16}\.js)/);
const wasm = one(html, 'the wasm in index.html', /href="?\.?\/?(ev-atlas_bg-[0-9a-f]{16}\.wasm)/);
// The glue is loaded from a blob: URL, which cannot import a file beside it.
const imports = read(glue, 'utf8').match(/\bfrom\s*['"]\.\.?\//g) ?? [];
if (imports.length) fail(`${glue} imports ${imports.length} other file(s): a module from a blob: URL cannot`);
// The second module's JS, loaded from a blob: URL, cannot find its wasm beside it (wasm-bindgen's default
// URL): it is given the wasm's name, which the page's fetch (below) answers.
const extrasSource = read(name('extras/extras.js'), 'utf8');
// The names only the second module asks for are at the start of its JS (hash-names.sh).
Object.assign(M, JSON.parse(one(extrasSource, `the second module's file names in ${name('extras/extras.js')}`,
  /^window\.__evAtlasFiles = Object\.assign\(window\.__evAtlasFiles \|\| \{\}, (\{[^{}]*\})\);/)));
const extrasWasm = `extras/${one(extrasSource, `the wasm URL in ${name('extras/extras.js')}`, /new URL\('(extras_bg-[0-9a-f]{16}\.wasm)', import\.meta\.url\)/)}`;
const extrasJs = rewrite(extrasSource, `the wasm URL in ${name('extras/extras.js')}`,
  `new URL('${extrasWasm.replace(/^extras\//, '')}', import.meta.url)`, JSON.stringify(extrasWasm));
const contents = {
  [glue]: read(glue),
  [wasm]: read(wasm),
  [name('extras/extras.js')]: Buffer.from(extrasJs),
  [extrasWasm]: read(extrasWasm),
};
const catalogs = Object.keys(M).filter((f) => /^i18n\/[^/]+\.ftl$/.test(f));
if (!catalogs.length) throw new Error('single-file: no message catalog (i18n/*.ftl) in the build\'s file names');
for (const f of ['data/facilities.csv', 'data/aggregates.csv', 'data/sources.csv', 'data/example-facilities.csv', 'data/countries-50m.bin', ...catalogs]) contents[name(f)] = read(name(f));
const files = Object.fromEntries(Object.entries(contents).map(([f, b]) => [f, gzipSync(b, { level: 9 }).toString('base64')]));
// The page's own script first: it defines the import of the second module before the first view starts.
const page = readFileSync(new URL('../src/web/page.js', import.meta.url), 'utf8').replace(/^ *\/\/.*$/gm, '');

const loader = `${page}
const Z = ${JSON.stringify(files)};
const M = ${JSON.stringify(M)};
try {
const unpack = (b64) => new Response(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
const F = Object.fromEntries(await Promise.all(Object.entries(Z).map(async ([k, v]) => [k, await unpack(v)])));
const text = (k) => new TextDecoder().decode(F[k]);
const TYPES = { wasm: 'application/wasm', csv: 'text/csv; charset=utf-8', js: 'text/javascript', bin: 'application/octet-stream' };
const here = location.href.replace(/[#?].*$/, '').replace(/[^/]*$/, '');
const fetchNetwork = window.fetch.bind(window);
window.fetch = (u, o) => {
  const k = String(u instanceof Request ? u.url : u).replace(here, '').replace(/^\\.\\//, '');
  return k in F ? Promise.resolve(new Response(F[k], { headers: { 'Content-Type': TYPES[k.split('.').pop()] || 'text/plain' } })) : fetchNetwork(u, o);
};
const blob = (src) => URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
window.__evAtlasFiles = { ...M, 'extras/extras.js': blob(text(M['extras/extras.js'])) };
const glue = await import(blob(text(${JSON.stringify(glue)})));
await glue.default({ module_or_path: ${JSON.stringify(wasm)} });
} catch (e) {
  // A browser without what the file needs (DecompressionStream, module blobs): say so, never a blank page.
  const p = document.createElement('p');
  p.className = 'fatal';
  p.setAttribute('role', 'alert');
  p.textContent = 'This browser could not start the atlas from this file (' + e.message + '). Open index.html from the same folder, or use a current browser.';
  document.body.prepend(p);
}`;

// The page's stylesheet is inline already (inline-css.mjs); the details panel's joins it.
const css = `</style><style id=details-css>${read(name('details.css'), 'utf8')}</style>`;
let out = html;
out = rewrite(out, 'the Content-Security-Policy <meta> (scripts and styles are inline here)', /<meta[^>]*Content-Security-Policy[^>]*>/, '');
out = rewrite(out, 'the web manifest link', /<link[^>]*rel="?manifest"?[^>]*>/, '');
out = rewrite(out, 'the preload links of the glue and the wasm', /<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/, '', 2);
out = rewrite(out, 'the end of the page\'s inline stylesheet', '</style>', css);
out = rewrite(out, 'the boot script', new RegExp(`<script type=module src=\\.?/?${escape(boot)}></script>`), `<script type=module>${loader.replace(/<\/script/gi, '<\\/script')}</script>`);
if (out.includes('boot-') || !out.includes('DecompressionStream')) fail('the loader was not inlined');
writeFileSync(join(dir, 'ev-atlas.html'), out);
console.log(`single-file: ev-atlas.html, ${(out.length / 1024).toFixed(0)} KiB`);
