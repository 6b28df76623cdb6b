// The build itself (issue 17, "an honest build"): every file the service worker serves from its cache is
// named by the SHA-256 of its contents, the page learns the names from one manifest and requests nothing
// else, the post-build steps fail loudly when a rewrite does not match (so a new trunk or wasm-bindgen
// cannot silently ship a broken page), and the wasm-opt flags are written once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { useBrowser, openPage, waitReady, DIST, ROOT } from './lib.mjs';

const env = useBrowser();
// The only files whose names do not change with their contents: the service worker asks the network first.
const PLAIN = ['./', 'index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg'];
const HASHED = /-([0-9a-f]{16})\.[^./]+$/;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const FILES = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const boot = html.match(/src=\.?\/?(boot-[0-9a-f]{16}\.js)/)?.[1];
const manifest = () => JSON.parse(readFileSync(join(DIST, boot), 'utf8').match(/window\.__evAtlasFiles\s*=\s*(\{[^{}]*\})/)?.[1] ?? 'null');

test('every file the service worker serves from its cache has the SHA-256 of its contents in its name', () => {
  // Not cached: the single file, the social cards, the story's step pages and plants.html (without-js.test.mjs),
  // and the host's _headers (csp.test.mjs).
  const built = walk(DIST).map((f) => relative(DIST, f)).filter((f) => f !== 'sw.js' && f !== '_headers' && f !== 'ev-atlas.html' && !f.startsWith('cards/') && !f.startsWith('story/') && f !== 'plants.html').sort();
  assert.deepEqual(FILES.filter((f) => f !== './').sort(), built, 'sw.js lists exactly the files of the build');
  const named = FILES.filter((f) => !PLAIN.includes(f));
  assert.ok(named.length >= 11, `the build's files: ${named.join(' ')}`);
  for (const f of named) {
    const m = f.match(HASHED);
    assert.ok(m, `${f} has no content hash in its name`);
    assert.equal(m[1], sha256(readFileSync(join(DIST, f))).slice(0, 16), `${f}: the hash in its name is not the hash of its contents`);
  }
  for (const f of ['extras/extras-', 'extras/extras_bg-', 'details-', 'data/facilities-', 'data/aggregates-', 'data/countries-50m-', 'ev-atlas_bg-']) {
    assert.ok(named.some((n) => n.startsWith(f)), `${f}<hash> is in the build`);
  }
  // The worker's version is made from the contents of every file, in the order of its list.
  const version = sha256(Buffer.concat(FILES.filter((f) => f !== './').map((f) => readFileSync(join(DIST, f))))).slice(0, 16);
  assert.ok(sw.includes(`const VERSION = '${version}';`), 'the version is the hash of the contents');
});

test('the page learns the names from one manifest in its boot file, and names no file without a hash', () => {
  assert.ok(boot, 'index.html loads boot-<hash>.js');
  const names = manifest();
  assert.ok(names, `${boot} holds window.__evAtlasFiles`);
  // The names the page asks for (the catalogs too: the language picker is the first view's); the first
  // view's glue, wasm and stylesheet are named in index.html.
  // The first view's boot file names only what the first view asks for; the second module's JS starts with
  // the names only it asks for.
  assert.deepEqual(Object.keys(names).sort(), ['data/countries-50m.bin', 'extras/extras.js', 'i18n/en.ftl', 'i18n/pt-BR.ftl', 'i18n/zh-CN.ftl']);
  const second = JSON.parse(readFileSync(join(DIST, names['extras/extras.js']), 'utf8').match(/^window\.__evAtlasFiles = Object\.assign\(window\.__evAtlasFiles \|\| \{\}, (\{[^{}]*\})\);/)[1]);
  assert.deepEqual(Object.keys(second).sort(), ['data/aggregates.csv', 'data/example-facilities.csv', 'data/facilities.csv', 'data/sources.csv', 'details.css']);
  Object.assign(names, second);
  for (const plain of Object.keys(names)) {
    const hashed = names[plain];
    assert.ok(hashed && FILES.includes(hashed) && HASHED.test(hashed), `${plain} → ${hashed}`);
    assert.ok(!existsSync(join(DIST, plain)), `${plain} is not shipped under its plain name`);
  }
  // Every file index.html names is hashed (or the page's own web manifest, or plants.html, the page for
  // readers without JavaScript, which no worker serves).
  const refs = [...html.matchAll(/\b(?:href|src)="?([^"\s>]+)/g)].map((m) => m[1].replace(/^\.\//, '')).filter((u) => !/^(data:|#|https?:)/.test(u));
  assert.ok(refs.length >= 7, refs.join(' '));
  for (const r of refs) assert.ok(r === 'manifest.webmanifest' || r === 'plants.html' || (HASHED.test(r) && FILES.includes(r)), `index.html names ${r}`);
  // The second module's JS loads its wasm by its hashed name.
  const extras = readFileSync(join(DIST, names['extras/extras.js']), 'utf8');
  const wasm = extras.match(/new URL\('(extras_bg-[0-9a-f]{16}\.wasm)', import\.meta\.url\)/)?.[1];
  assert.ok(wasm && FILES.includes(`extras/${wasm}`), 'extras JS names its hashed wasm');
  for (const plain of ['extras/extras.js', 'extras/extras_bg.wasm', 'ev-atlas.js', 'ev-atlas_bg.wasm', 'main.css']) {
    assert.ok(!existsSync(join(DIST, plain)), `${plain} is not shipped under its plain name`);
  }
});

test('the built page requests only hashed files: the full atlas, a plant\'s details and the 1:50m basemap', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  // Zoomed in twice: the 1:50m basemap; then back to the world.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '50m');
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '110m');
  // A plant's details: the second module, its stylesheet and the full data (the quote is not in the first view).
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  const byd = dots.find((d) => d.id === 'F001');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + byd.x, box.y + byd.y);
  await page.locator('#facility-details').waitFor({ timeout: 5000 });
  assert.match(await page.locator('#facility-details').innerText(), /investing BRL 5\.5 billion/);
  // The full atlas.
  await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
  assert.equal(await page.locator('#app').getAttribute('data-atlas'), 'full');
  const origin = new URL(env.server.url).origin;
  const paths = record.requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname.replace(/^\//, '') || './');
  for (const p of paths) {
    if (PLAIN.includes(p)) continue;
    const m = p.match(HASHED);
    assert.ok(m, `the page requested ${p}, which has no content hash`);
    assert.equal(m[1], sha256(readFileSync(join(DIST, p))).slice(0, 16), p);
  }
  const names = manifest();
  Object.assign(names, JSON.parse(readFileSync(join(DIST, names['extras/extras.js']), 'utf8').match(/^window\.__evAtlasFiles = Object\.assign\(window\.__evAtlasFiles \|\| \{\}, (\{[^{}]*\})\);/)[1]));
  for (const f of ['extras/extras.js', 'details.css', 'data/facilities.csv', 'data/aggregates.csv', 'data/sources.csv', 'data/countries-50m.bin']) {
    assert.ok(paths.includes(names[f]), `${names[f]} was requested: ${paths.join(' ')}`);
  }
  assert.ok(paths.some((p) => /^extras\/extras_bg-[0-9a-f]{16}\.wasm$/.test(p)), 'the second module\'s wasm was requested');
  assert.deepEqual(record.errors, []);
  await context.close();
});

// --- The post-build steps fail, naming the rewrite, when the built files are not as they expect. ---

const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...extraEnv } });
const temp = (name) => mkdtempSync(join(tmpdir(), `ev-atlas-${name}-`));
const put = (dir, f, text) => {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  writeFileSync(join(dir, f), text);
};

/** A staging dir as trunk and build-extras.sh leave it (filehash off), small. */
function staging({ extrasUrl = true } = {}) {
  const dir = temp('staging');
  const glue = "export default function init() { return new URL('ev-atlas_bg.wasm', import.meta.url); }\n";
  const sri = `sha256-${createHash('sha256').update(glue).digest('base64')}`;
  put(dir, 'ev-atlas.js', glue);
  put(dir, 'ev-atlas_bg.wasm', 'first wasm');
  put(dir, 'extras/extras.js', extrasUrl ? "const u = new URL('extras_bg.wasm', import.meta.url);\n" : 'const u = null;\n');
  put(dir, 'extras/extras_bg.wasm', 'second wasm');
  for (const f of ['main.css', 'details.css', 'data/facilities.csv', 'data/aggregates.csv', 'data/sources.csv', 'data/example-facilities.csv', 'data/countries-50m.bin', 'i18n/en.ftl', 'i18n/pt-BR.ftl', 'i18n/zh-CN.ftl', 'icon.svg', 'manifest.webmanifest']) put(dir, f, `${f}\n`);
  put(dir, 'index.html', `<!doctype html><link href=./main.css rel=stylesheet><script type=module>import init from './ev-atlas.js';
await init({ module_or_path: './ev-atlas_bg.wasm' });</script><link href=./ev-atlas.js integrity=${sri} rel=modulepreload><link href=./ev-atlas_bg.wasm rel=preload><a href=data/facilities.csv>f</a><a href=data/aggregates.csv>a</a><a href=data/example-facilities.csv>e</a>`);
  return dir;
}

test('hash-names.sh names files by their contents and writes the manifest; a missing file or an unmatched rewrite fails the build', () => {
  const dir = staging();
  const ok = run('bash', ['scripts/hash-names.sh'], { TRUNK_STAGING_DIR: dir });
  assert.equal(ok.status, 0, ok.stderr);
  const files = walk(dir).map((f) => relative(dir, f));
  for (const f of files.filter((f) => !['index.html', 'icon.svg', 'manifest.webmanifest'].includes(f))) {
    assert.equal(f.match(HASHED)?.[1], sha256(readFileSync(join(dir, f))).slice(0, 16), f);
  }
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const names = JSON.parse(page.match(/window\.__evAtlasFiles = (\{.*?\});/)[1]);
  assert.deepEqual(Object.keys(names).sort(), ['data/countries-50m.bin', 'extras/extras.js', 'i18n/en.ftl', 'i18n/pt-BR.ftl', 'i18n/zh-CN.ftl'], 'the first view\'s names');
  assert.ok(!/\.\/ev-atlas\.js|ev-atlas_bg\.wasm|main\.css|data\/[a-z-]+\.csv/.test(page.replace(/window\.__evAtlasFiles = \{.*?\};/, '')), page);
  const glue = readFileSync(join(dir, readdirSync(dir).find((f) => /^ev-atlas-[0-9a-f]{16}\.js$/.test(f))));
  assert.ok(page.includes(`integrity=sha256-${createHash('sha256').update(glue).digest('base64')} `), 'the integrity follows the rewritten glue');
  rmSync(dir, { recursive: true });

  const missing = staging();
  rmSync(join(missing, 'data/countries-50m.bin'));
  const r1 = run('bash', ['scripts/hash-names.sh'], { TRUNK_STAGING_DIR: missing });
  assert.notEqual(r1.status, 0);
  assert.match(r1.stderr, /data\/countries-50m\.bin is missing from the build/);

  const unmatched = staging({ extrasUrl: false });
  const r2 = run('bash', ['scripts/hash-names.sh'], { TRUNK_STAGING_DIR: unmatched });
  assert.notEqual(r2.status, 0);
  assert.match(r2.stderr, /the wasm URL in extras\/extras\.js: expected 1 match\(es\).*found 0/);

  const stray = staging();
  put(stray, 'snippets/ev-atlas-0123/inline0.js', 'export const x = 1;\n');
  writeFileSync(join(stray, 'ev-atlas.js'), `import { x } from './snippets/ev-atlas-0123/inline0.js';\n${readFileSync(join(stray, 'ev-atlas.js'), 'utf8')}`);
  const r3 = run('bash', ['scripts/hash-names.sh'], { TRUNK_STAGING_DIR: stray });
  assert.notEqual(r3.status, 0);
  assert.match(r3.stderr, /ev-atlas\.js imports snippets\/ev-atlas-0123\/inline0\.js, a JS snippet without a content hash/);

  const plain = staging();
  put(plain, 'notes.txt', 'a file nothing names by its contents\n');
  const r4 = run('bash', ['scripts/hash-names.sh'], { TRUNK_STAGING_DIR: plain });
  assert.notEqual(r4.status, 0);
  assert.match(r4.stderr, /no content hash in the name of: notes\.txt/);
  for (const d of [missing, unmatched, stray, plain]) rmSync(d, { recursive: true });
});

test('csp-boot.sh moves the one inline loader into boot-<hash>.js after page.js, and fails on two', () => {
  const dir = temp('csp');
  put(dir, 'index.html', "<p>x</p><script type=module>window.__evAtlasFiles = {};\nimport init from './a.js';</script>");
  const ok = run('bash', ['scripts/csp-boot.sh'], { TRUNK_STAGING_DIR: dir });
  assert.equal(ok.status, 0, ok.stderr);
  const b = readdirSync(dir).find((f) => f.startsWith('boot-'));
  assert.equal(b.match(HASHED)[1], sha256(readFileSync(join(dir, b))).slice(0, 16));
  const text = readFileSync(join(dir, b), 'utf8');
  // page.js first: its code runs before the loader's (the minifier may hoist the loader's import above it,
  // as an ES module's imports are evaluated first anyway; the glue module starts nothing by itself).
  assert.ok(text.includes('__evAtlasRun') && /import\s*\w+\s*from\s*["']\.\/a\.js["']/.test(text), text);
  assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), new RegExp(`<script type=module src=./${b}></script>$`));
  put(dir, 'index.html', "<script type=module>import init from './a.js';</script><script type=module>import b from './b.js';</script>");
  const two = run('bash', ['scripts/csp-boot.sh'], { TRUNK_STAGING_DIR: dir });
  assert.notEqual(two.status, 0);
  assert.match(two.stderr, /csp-boot: expected 1 inline loader .* found 2/);
  rmSync(dir, { recursive: true });
});

test('single-file.mjs checks each rewrite: the built dist passes, a changed wasm-bindgen output or page fails naming the rewrite', () => {
  const copy = () => {
    const dir = temp('single');
    cpSync(DIST, dir, { recursive: true });
    return dir;
  };
  const dir = copy();
  const ok = run('node', ['scripts/single-file.mjs', dir]);
  assert.equal(ok.status, 0, ok.stderr);
  rmSync(dir, { recursive: true });

  const names = manifest();
  const bindgen = copy();
  const js = join(bindgen, names['extras/extras.js']);
  writeFileSync(js, readFileSync(js, 'utf8').replace(/new URL\('extras_bg-[0-9a-f]+\.wasm', import\.meta\.url\)/, "new URL('x.wasm', import.meta.url)"));
  const r1 = run('node', ['scripts/single-file.mjs', bindgen]);
  assert.notEqual(r1.status, 0);
  assert.match(r1.stderr, /single-file: the wasm URL in extras\/extras-[0-9a-f]{16}\.js: expected 1 match\(es\).*found 0/);

  const preload = copy();
  const page = join(preload, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', '<link href=./x.js rel=modulepreload></head>'));
  const r2 = run('node', ['scripts/single-file.mjs', preload]);
  assert.notEqual(r2.status, 0);
  assert.match(r2.stderr, /single-file: the preload links of the glue and the wasm: expected 2 match\(es\).*found 3/);
  for (const d of [bindgen, preload]) rmSync(d, { recursive: true });
});

test('the wasm-opt flags are written once, in index.html, and build-extras.sh fails without them', () => {
  const sources = ['index.html', ...readdirSync(join(ROOT, 'scripts')).map((f) => `scripts/${f}`)];
  const where = sources.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('--enable-bulk-memory'));
  assert.deepEqual(where, ['index.html']);
  const src = temp('src');
  put(src, 'index.html', readFileSync(join(ROOT, 'index.html'), 'utf8').replace(/\s+data-wasm-opt-params="[^"]*"/, ''));
  const r = run('bash', ['scripts/build-extras.sh'], { TRUNK_SOURCE_DIR: src, TRUNK_STAGING_DIR: src, TRUNK_PROFILE: 'release' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /build-extras: expected 1 data-wasm-opt-params="…" in index.html .* found 0/);
  rmSync(src, { recursive: true });
});
