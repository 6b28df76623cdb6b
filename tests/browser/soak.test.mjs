// Long use (README, "What can go wrong"): seeded random actions on the full atlas with no console or page
// error and no growth of memory, DOM or listeners; and storms of resizes and view switches that end with
// every canvas drawn as a fresh load draws it.
//
// `make test` runs 300 actions. The full soak, and a replay of a failure (the seed is printed):
//   SOAK_ACTIONS=2000 SOAK_SEED=12345 node --test tests/browser/soak.test.mjs
// An action over 2 s is logged with the state it ran in; SOAK_PROFILE=1 profiles the page's main thread
// during the next drag, to tell the page's work from the browser's input waiting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openPage, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();
const ACTIONS = Number(process.env.SOAK_ACTIONS || 300);
const SEED = Number(process.env.SOAK_SEED || Math.floor(Math.random() * 2 ** 31));
const MEASURE_AT = Math.min(200, Math.floor(ACTIONS / 2));

/** mulberry32: a small seeded generator, so a run can be replayed. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VIEWS = ['', 'view=map', 'view=table', 'view=sources', 'view=story', 'view=story&step=4', 'view=timeline', 'view=overview&segment=battery_cells', 'view=map&map=4,0.5,0.3', 'theme=dark', 'embed=1&view=map'];

/** Opens the full atlas at `hash` and waits until its charts are drawn. */
async function openAtlas(page, url, hash = '') {
  await page.goto(`${url}#${hash}`);
  await waitReady(page);
  // A link with more than a focused plant is the full atlas's to open; otherwise the reader asks for it.
  if (!hash) await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#app')?.dataset.atlas === 'full');
}

/** The page's weight after a forced garbage collection, in a fixed state (the overview at 1280 × 900). */
async function weigh(page, cdp, url) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => { location.hash = ''; });
  // The same data too: the reader's file is not in the address (the example file has 5 plants; the
  // built-in data's list, table and suggestions are some 2,000 nodes more).
  await page.evaluate(() => document.getElementById('reset-data')?.click());
  await page.waitForTimeout(400);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // Every wasm module's memory: the first view's and the second module's (an import() of a loaded module
  // gives the same instance; its init returns the instance without starting it again).
  const wasm = await page.evaluate(async (files) => {
    const first = window.wasmBindings ? await import(new URL(files.glue, document.baseURI).href).then((m) => m.default()) : null;
    const second = await import(new URL(window.__evAtlasFiles['extras/extras.js'], document.baseURI).href).then((m) => m.default());
    return (first?.memory?.buffer.byteLength || 0) + (second?.memory?.buffer.byteLength || 0);
  }, { glue: await glueName() });
  // Nodes in the document (the Sources list, which stays once the reader opened it, left out: it is what
  // the reader asked for, not growth) and nodes no longer in it but still alive (a leak).
  const inDocument = await page.evaluate(() => {
    const count = (root) => {
      let n = 0;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      while (walk.nextNode()) n++;
      return n;
    };
    const sources = document.getElementById('sources-root');
    return [count(document) + 1, sources ? count(sources) : 0];
  });
  return { heap: metrics.JSHeapUsedSize, nodes: inDocument[0] - inDocument[1], detached: Math.max(0, metrics.Nodes - inDocument[0]), listeners: metrics.JSEventListeners, wasm, url };
}

/**
 * Picks `file` with the page's file input as a reader does: the input's files set and its `change` sent.
 * Not Playwright's setInputFiles: that holds the input through the DevTools protocol for the rest of the
 * session, and each picked file then kept its whole detached "Your data" panel alive (a growth of the
 * harness, not of the page: 10 picks, 10 panels kept; 10 picks this way, none).
 */
async function pickFile(page, file) {
  return page.evaluate(({ name, type, bytes }) => {
    const input = document.querySelector('input[type=file]');
    if (!input) return false;
    const t = new DataTransfer();
    t.items.add(new File([new Uint8Array(bytes)], name, { type }));
    input.files = t.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }, { name: file.name, type: file.mimeType, bytes: [...file.buffer] });
}

async function glueName() {
  const html = await readFile(join(ROOT, 'dist', 'index.html'), 'utf8');
  return html.match(/ev-atlas-[0-9a-f]{16}\.js/)[0];
}

/** One random action, described for the log. */
async function act(page, random, files) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const kind = pick(['click', 'click', 'click', 'canvas', 'wheel', 'drag', 'key', 'key', 'resize', 'history', 'theme', 'address', 'file']);
  // The element's box once scrolled into view (input at a point outside the window waits in vain).
  const box = async (sel) => {
    if (!(await page.locator(sel).count())) return null;
    const el = page.locator(sel).first();
    await el.scrollIntoViewIfNeeded({ timeout: 500 }).catch(() => {});
    return el.boundingBox({ timeout: 500 }).catch(() => null);
  };
  switch (kind) {
    case 'click': {
      // Any control of the page but links away, downloads and the fault notices' Reload.
      const n = await page.evaluate(() => {
        document.querySelectorAll('[data-soak]').forEach((e) => e.removeAttribute('data-soak'));
        const all = [...document.querySelectorAll('button, select, summary, [role=tab], input[type=checkbox], input[type=radio], input[type=range], a[href^="#"]')]
          .filter((e) => !e.closest('.fault, #fatal') && !e.disabled && e.getClientRects().length > 0);
        all.forEach((e, i) => e.setAttribute('data-soak', i));
        return all.length;
      });
      if (!n) return 'click: nothing';
      const i = Math.floor(random() * n);
      const el = page.locator(`[data-soak="${i}"]`);
      // The page may have redrawn the control meanwhile (a timeline playing, a view arriving): then it is gone.
      const tag = await el.evaluate((e) => e.tagName, null, { timeout: 500 }).catch(() => null);
      if (!tag) return `click: ${i} gone`;
      if (tag === 'SELECT') {
        const options = await el.locator('option').count();
        await el.selectOption({ index: Math.floor(random() * options) }, { timeout: 500 }).catch(() => {});
      } else await el.click({ timeout: 500 }).catch(() => {});
      return `click ${tag} ${i}`;
    }
    case 'canvas': {
      const ids = await page.evaluate(() => [...document.querySelectorAll('canvas[id]')].filter((c) => c.getClientRects().length).map((c) => c.id));
      if (!ids.length) return 'canvas: none';
      const id = pick(ids);
      const b = await box(`#${id}`);
      if (b) await page.mouse.click(b.x + random() * b.width, b.y + random() * b.height).catch(() => {});
      return `canvas ${id}`;
    }
    case 'wheel': {
      const b = await box('#map');
      if (!b) return 'wheel: no map';
      await page.mouse.move(b.x + random() * b.width, b.y + random() * b.height);
      await page.mouse.wheel(0, (random() - 0.5) * 600);
      return 'wheel';
    }
    case 'drag': {
      const b = await box('#map');
      if (!b) return 'drag: no map';
      const [x, y] = [b.x + random() * b.width, b.y + random() * b.height];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + (random() - 0.5) * 300, y + (random() - 0.5) * 200, { steps: 4 });
      await page.mouse.up();
      return 'drag';
    }
    case 'key': {
      const key = pick(['Tab', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', '+', '-', 'Escape', 'Enter', ' ']);
      await page.keyboard.press(key);
      return `key ${key}`;
    }
    case 'resize': {
      const width = 320 + Math.floor(random() * 1280);
      await page.setViewportSize({ width, height: 600 + Math.floor(random() * 400) });
      return `resize ${width}`;
    }
    case 'history':
      await page.evaluate((back) => (back ? history.back() : history.forward()), random() < 0.5);
      return 'history';
    case 'theme':
      await page.emulateMedia({ colorScheme: random() < 0.5 ? 'dark' : 'light' });
      return 'theme';
    case 'address': {
      const hash = pick(VIEWS);
      await page.evaluate((h) => { location.hash = h; }, hash);
      return `address #${hash}`;
    }
    case 'file': {
      const file = pick(files);
      return (await pickFile(page, file)) ? `file ${file.name}` : 'file: no input';
    }
  }
  return kind;
}

test(`soak: ${ACTIONS} seeded random actions on the full atlas, no error, no growth`, { timeout: Math.max(15, ACTIONS / 50) * 60 * 1000 }, async () => {
  console.log(`soak seed ${SEED} (replay: SOAK_SEED=${SEED} SOAK_ACTIONS=${ACTIONS} node --test tests/browser/soak.test.mjs)`);
  const random = generator(SEED);
  const { context, page, record } = await openPage(env.browser, { serviceWorkers: 'block' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const example = await readFile(join(ROOT, 'data', 'example-facilities.csv'));
  const files = [
    { name: 'example.csv', mimeType: 'text/csv', buffer: example },
    { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('id,company\n"unterminated,\u0000\n') },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"not": [an array') },
  ];
  await openAtlas(page, env.server.url);
  // A warm-up that reaches the page's largest sizes first: wasm memory only grows to its highest need
  // (a canvas at 1600 px, a file read) and is never given back, so a later growth is one that repeats.
  for (const width of [1600, 320, 1280]) {
    await page.setViewportSize({ width, height: 1000 });
    for (const hash of VIEWS) await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => { location.hash = ''; });
  for (const file of files) {
    await pickFile(page, file);
    await page.waitForTimeout(300);
  }
  const log = [];
  const started = Date.now();
  let first;
  let profiled = false;
  for (let i = 1; i <= ACTIONS; i++) {
    // Back before the first address leaves the atlas (a reload of the page, or the blank page): the soak
    // is of the atlas, so it is opened again.
    const t0 = Date.now();
    log.push(await act(page, random, files).catch((e) => (/context was destroyed|navigat/i.test(String(e)) ? 'left the page' : Promise.reject(e))));
    if (Date.now() - t0 > 2000 && process.env.SOAK_PROFILE && !profiled) {
      profiled = true;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      const b = await page.locator('#map').first().boundingBox().catch(() => null);
      if (b) {
        const t1 = Date.now();
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        await page.mouse.down();
        await page.mouse.move(b.x + b.width / 2 + 50, b.y + b.height / 2, { steps: 2 });
        await page.mouse.up();
        console.log(`profiled drag: ${Date.now() - t1} ms`);
      }
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map();
      const dt = profile.timeDeltas;
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (dt[i] || 0)));
      const top = profile.nodes.map((n) => [self.get(n.id) || 0, `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`]).sort((a, b) => b[0] - a[0]).slice(0, 12);
      console.log(top.map(([t, n]) => `${(t / 1000).toFixed(0)} ms ${n}`).join('\n'));
      const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
      console.log(`elements: ${dom}`);
    }
    if (Date.now() - t0 > 2000) console.log(`soak: action ${i} (${log.at(-1)}) took ${Date.now() - t0} ms at ${page.url()}, ${JSON.stringify(page.viewportSize())}; before: ${log.slice(-8, -1).join(", ")}`);
    await page.waitForLoadState();
    if (!page.url().startsWith(env.server.url)) await openAtlas(page, env.server.url);
    else if (await page.locator('#show-charts').count()) {
      await waitReady(page);
      await page.locator('#show-charts').click();
    }
    if (record.errors.length) break;
    if (i === MEASURE_AT) first = await weigh(page, cdp, page.url());
  }
  const seconds = (Date.now() - started) / 1000;
  const last = await weigh(page, cdp, page.url());
  console.log(`soak: ${log.length} actions in ${seconds.toFixed(0)} s, ${record.errors.length} errors; after ${MEASURE_AT}: ${JSON.stringify(first)}; at the end: ${JSON.stringify(last)}`);
  assert.deepEqual(record.errors, [], `errors after: ${log.slice(-5).join(' | ')} (seed ${SEED})`);
  // Nodes out of the document but alive move by a few hundred with when Blink collects them. Wasm memory is
  // the peak, never given back: one burst (a file read, a long table) raises it once by up to ~4 MiB, which
  // 458bcd4 showed as well (seed 1: 12.45 → 16.45 MB); a leak grows past that.
  const slack = { detached: 300, wasm: 4 * 1024 * 1024 };
  for (const k of ['heap', 'nodes', 'detached', 'listeners', 'wasm']) {
    assert.ok(last[k] <= first[k] * 1.2 + (slack[k] ?? 0), `${k} grew more than 20%: ${first[k]} → ${last[k]} (seed ${SEED})`);
  }
  await context.close();
});

/** Every drawn canvas of the page: its size and pixels (as a data URL), by id. */
const canvases = (page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('canvas[id]')].filter((c) => c.getClientRects().length).map((c) => [c.id, { w: c.width, h: c.height, png: c.toDataURL() }])));

/** How many of two same-sized PNGs' pixels differ, as a share. */
const differing = (page, a, b) =>
  page.evaluate(async ([a, b]) => {
    const read = async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const x = c.getContext('2d');
      x.drawImage(img, 0, 0);
      return x.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [await read(a), await read(b)];
    let n = 0;
    for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 24) n++;
    return n / (p.length / 4);
  }, [a, b]);

async function sameAsFresh(page, hash, size, what) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600);
  const stormed = await canvases(page);
  const { context, page: fresh } = await openPage(env.browser, { serviceWorkers: 'block', viewport: size });
  await openAtlas(fresh, env.server.url, hash);
  await fresh.mouse.move(0, 0);
  await fresh.waitForTimeout(600);
  const clean = await canvases(fresh);
  assert.deepEqual(Object.keys(stormed).sort(), Object.keys(clean).sort(), `${what}: the same canvases are shown`);
  for (const id of Object.keys(clean)) {
    assert.deepEqual([stormed[id].w, stormed[id].h], [clean[id].w, clean[id].h], `${what}: #${id} is sized for ${size.width} × ${size.height}`);
    const share = await differing(fresh, stormed[id].png, clean[id].png);
    assert.ok(share < 0.002, `${what}: #${id} differs from a fresh load in ${(share * 100).toFixed(2)}% of its pixels`);
  }
  await context.close();
}

test('a resize storm (200 sizes in 2 s) ends with every canvas drawn as a fresh load at the final size draws it', async () => {
  const { context, page, record } = await openPage(env.browser, { serviceWorkers: 'block' });
  await openAtlas(page, env.server.url, 'view=map');
  const random = generator(7);
  for (let i = 0; i < 200; i++) {
    await page.setViewportSize({ width: 320 + Math.floor(random() * 1280), height: 500 + Math.floor(random() * 500) });
    await page.waitForTimeout(10);
  }
  const size = { width: 1024, height: 800 };
  await page.setViewportSize(size);
  await sameAsFresh(page, 'view=map', size, 'after the resize storm');
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a view-switch storm (60 addresses, no wait) ends on the last view, drawn as a fresh load draws it', async () => {
  const { context, page, record } = await openPage(env.browser, { serviceWorkers: 'block' });
  await openAtlas(page, env.server.url);
  const random = generator(11);
  for (let i = 0; i < 60; i++) await page.evaluate((h) => { location.hash = h; }, VIEWS[Math.floor(random() * VIEWS.length)]);
  await page.evaluate(() => { location.hash = 'view=map&segment=battery_cells'; });
  await sameAsFresh(page, 'view=map&segment=battery_cells', { width: 1280, height: 900 }, 'after the view-switch storm');
  assert.deepEqual(record.errors, []);
  await context.close();
});
