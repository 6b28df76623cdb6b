// The first view's budget, as a test: every response the page receives until `app-ready` (HTML, loader,
// JS, wasm, CSS, data, basemap), each gzipped at level 9 as the shared bench counts them, must add up to
// at most 200 KiB. The headroom is printed; the second module (extras/) must not be among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { openPage, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();
const BUDGET = 200 * 1024;

test('the first view is at most 200 KiB gzip, and the full atlas is not part of it', async () => {
  const { context, page } = await openPage(env.browser);
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), gzip: gzipSync(b, { level: 9 }).length }), () => null)));
  await page.goto(env.server.url);
  await waitReady(page);
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const total = files.reduce((s, f) => s + f.gzip, 0);
  const list = files.map((f) => `${new URL(f.url).pathname} ${f.gzip}`).join(', ');
  console.log(`first view: ${total} B gzip (${(total / 1024).toFixed(1)} KiB) of ${BUDGET}; headroom ${BUDGET - total} B; ${list}`);
  assert.ok(files.some((f) => f.url.endsWith('.wasm')), 'the wasm was counted');
  assert.ok(!files.some((f) => f.url.includes('/extras')), `the second module loaded with the first view: ${list}`);
  assert.ok(total <= BUDGET, `the first view is ${total} B gzip, over the budget of ${BUDGET} B by ${total - BUDGET} B: ${list}`);
});
