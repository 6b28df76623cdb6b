// Minifies the first view's JS glue that wasm-bindgen writes (trunk 0.21 leaves it as written: 53 KB, 9.3 KB gzip; minified
// 23 KB, 7.3 KB gzip) with terser, and writes the new Subresource-Integrity hash of each file into
// index.html's <link rel=modulepreload integrity=…>, so the browser still accepts it. Every rewrite is
// checked: a file that is not found, or an integrity attribute that is not there exactly once, stops the
// build. Run by scripts/post-build.sh on trunk's staging dir.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/minify.mjs <staging dir>');
const fail = (message) => {
  console.error(`minify: ${message}`);
  process.exit(1);
};

const htmlPath = join(dir, 'index.html');
let html = await readFile(htmlPath, 'utf8');
const glue = (await readdir(dir)).filter((f) => /^ev-atlas(-[0-9a-f]+)?\.js$/.test(f));
if (glue.length !== 1) fail(`expected one ev-atlas.js in ${dir}, found ${glue.length}`);
// Only the first view's glue: the second module's is fetched later and rewritten by single-file.mjs.
for (const file of glue) {
  const path = join(dir, file);
  const code = await readFile(path, 'utf8');
  const out = await minify(code, { module: true, compress: { passes: 3 }, mangle: { toplevel: true }, toplevel: true, format: { comments: false } });
  if (!out.code || out.code.length >= code.length) fail(`terser did not make ${file} smaller`);
  // wasm-bindgen's default URL of the wasm, written back as wasm-bindgen writes it: hash-names.sh rewrites
  // exactly that text.
  const url = /new URL\(["']ev-atlas_bg\.wasm["'],\s*import\.meta\.url\)/g;
  const urls = out.code.match(url) || [];
  if (urls.length !== 1) fail(`expected the wasm URL once in the minified ${file}, found ${urls.length}`);
  out.code = out.code.replace(url, "new URL('ev-atlas_bg.wasm', import.meta.url)");
  await writeFile(path, out.code);
  const integrity = `sha256-${createHash('sha256').update(out.code).digest('base64')}`;
  {
    // The <link> that names the file (its attributes in any order), and the integrity inside it.
    const tag = new RegExp(`<link[^>]*href=["']?\\./${file.replace('.', '\\.')}["'\\s>][^>]*>`, 'g');
    const found = (html.match(tag) || []).filter((t) => /integrity=["']?sha256-[A-Za-z0-9+/=]+/.test(t));
    if (found.length !== 1) fail(`expected one integrity attribute for ${file} in index.html, found ${found.length}`);
    html = html.replace(found[0], found[0].replace(/(integrity=["']?)sha256-[A-Za-z0-9+/=]+/, `$1${integrity}`));
  }
  console.log(`minify: ${file} ${code.length} → ${out.code.length} B`);
}
// trunk copies the stylesheet's `data-integrity=none` (index.html) into the page; it means nothing there.
{
  const found = html.match(/ data-integrity=["']?none["']?/g) || [];
  if (found.length !== 1) fail(`expected one data-integrity=none in index.html, found ${found.length}`);
  html = html.replace(/ data-integrity=["']?none["']?/, '');
}
await writeFile(htmlPath, html);
