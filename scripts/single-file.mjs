// Writes dist/ev-atlas.html: the whole atlas in one self-contained file that works when opened from disk
// (file://), with every view and interaction. Everything the page loads is inlined, gzipped and base64'd:
// both wasm modules and their JS, the data files and the 1:50m basemap; a small loader unpacks them
// (DecompressionStream), serves them to the app's own fetches, and loads the JS modules from blob: URLs
// (from a file, the browser will not load modules beside it). Run by scripts/post-build.sh after
// csp-boot.sh. Usage: node scripts/single-file.mjs <staging dir>
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: single-file.mjs <dist dir>');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const find = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`single-file: no ${what} in index.html`);
  return m[1];
};
const glue = find(/href=\.?\/?(ev-atlas-[0-9a-f]+\.js)/, 'JS glue');
const wasm = glue.replace(/\.js$/, '_bg.wasm');
const css = find(/href=\.?\/?(main-[0-9a-f]+\.css)/, 'stylesheet');
const snippetDir = readdirSync(join(dir, 'snippets'))[0];
const snippet = `snippets/${snippetDir}/inline0.js`;
const packed = [glue, wasm, snippet, 'extras/extras.js', 'extras/extras_bg.wasm', 'data/facilities.csv',
  'data/aggregates.csv', 'data/sources.csv', 'data/example-facilities.csv', 'data/countries-50m.bin'];
const files = Object.fromEntries(packed.map((f) => [f, gzipSync(readFileSync(join(dir, f)), { level: 9 }).toString('base64')]));
const page = readFileSync(new URL('../src/web/page.js', import.meta.url), 'utf8').replace(/^ *\/\/.*$/gm, '');

const loader = `
const Z = ${JSON.stringify(files)};
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
const extras = blob(text('extras/extras.js').replace(/new URL\\('extras_bg\\.wasm', import\\.meta\\.url\\)/, "'extras/extras_bg.wasm'"));
const snippet = blob(text(${JSON.stringify(snippet)}).replace(/new URL\\('extras\\/extras\\.js', document\\.baseURI\\)\\.href/, JSON.stringify(extras)));
const glue = await import(blob(text(${JSON.stringify(glue)}).replace(${JSON.stringify('./' + snippet)}, snippet)));
await glue.default({ module_or_path: ${JSON.stringify(wasm)} });
} catch (e) {
  // A browser without what the file needs (DecompressionStream, module blobs): say so, never a blank page.
  const p = document.createElement('p');
  p.className = 'fatal';
  p.setAttribute('role', 'alert');
  p.textContent = 'This browser could not start the atlas from this file (' + e.message + '). Open index.html from the same folder, or use a current browser.';
  document.body.prepend(p);
}
${page}`;

const details = readFileSync(join(dir, 'details.css'), 'utf8');
const out = html
  .replace(/<meta[^>]*Content-Security-Policy[^>]*>/, '')
  .replace(/<link[^>]*rel=manifest[^>]*>/, '')
  .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, '')
  .replace(/<link[^>]*main-[0-9a-f]+\.css[^>]*>/, () => `<style>${readFileSync(join(dir, css), 'utf8')}</style><style id=details-css>${details}</style>`)
  .replace(/<script type=module src=\.?\/?boot-[0-9a-f]+\.js><\/script>/, () => `<script type=module>${loader.replace(/<\/script/gi, '<\\/script')}</script>`);
if (out.includes('boot-') || !out.includes('DecompressionStream')) throw new Error('single-file: the loader was not inlined');
writeFileSync(join(dir, 'ev-atlas.html'), out);
console.log(`single-file: ev-atlas.html, ${(out.length / 1024).toFixed(0)} KiB`);
