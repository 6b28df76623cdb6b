// What can go wrong (README, "What can go wrong"): a redeploy while the page is open, a failed, damaged or
// stalled fetch, storage refused, a panic, and a browser without what the page uses. Each fault is injected
// here, on loopback only: files removed from a copy of the build, or requests answered by Playwright.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, DIST, canvasStats, openPage, useBrowser, waitReady } from './lib.mjs';
import { serve } from '../serve.mjs';

const env = useBrowser();
const NO_WORKER = { serviceWorkers: 'block' };

/** A copy of the build, served on its own port, which a test may change as a redeploy would. */
async function copyOfBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'ev-atlas-build-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  return { dir, url: server.url, close: async () => (await server.close(), await rm(dir, { recursive: true, force: true })) };
}

/** What a redeploy does to the copy: this build's second module is gone and the page names another loader. */
async function redeploy(dir) {
  await rm(join(dir, 'extras'), { recursive: true, force: true });
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const changed = html.replace(/boot-[0-9a-f]{16}\.js/, 'boot-0123456789abcdef.js');
  assert.notEqual(changed, html, 'the page names its loader');
  await writeFile(join(dir, 'index.html'), changed);
}

/** The fault notice before the element `box`, once shown: its text and its button's label. */
async function faultBefore(page, box, timeout = 15000) {
  const fault = page.locator(`.fault:has(+ #${box})`);
  await fault.waitFor({ timeout });
  return { text: await fault.textContent(), button: await fault.locator('button').textContent(), fault };
}

test('a redeploy while the page is open (no service worker): "Show the charts" says a newer version is out, and Reload returns to the same address', async () => {
  const build = await copyOfBuild();
  const { context, page, record } = await openPage(env.browser, NO_WORKER);
  try {
    // (A link to a plant would open its details, which loads the second module at once: none here.)
    await page.goto(`${build.url}?from=article`);
    await waitReady(page);
    await redeploy(build.dir);
    await page.locator('#show-charts').click();
    const { text, button } = await faultBefore(page, 'show-charts');
    assert.match(text, /newer version of the atlas/);
    assert.equal(button, 'Reload');
    await page.screenshot({ path: join(ARTIFACTS, 'fault-newer-version.png') });
    // The newer build is in place (here: this build again, whole); Reload opens it at the same address.
    await cp(DIST, build.dir, { recursive: true });
    await page.locator('.fault button').click();
    await waitReady(page);
    assert.equal(page.url(), `${build.url}?from=article`);
    // The browser's own line for the 404 of the removed module is the only one.
    assert.deepEqual(record.errors.filter((e) => !/^Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
    await build.close();
  }
});

test('a redeploy while the page is open, with the service worker in control: the charts open from its cache', async () => {
  const build = await copyOfBuild();
  const { context, page, record } = await openPage(env.browser);
  try {
    await page.goto(build.url);
    await waitReady(page);
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30000 });
    await redeploy(build.dir);
    assert.deepEqual(await readdir(build.dir).then((f) => f.includes('extras')), false);
    await page.locator('#show-charts').click();
    await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
    assert.equal(await page.locator('#app').getAttribute('data-atlas'), 'full');
    assert.deepEqual(record.errors, []);
  } finally {
    await context.close();
    await build.close();
  }
});

/** Answers requests for `pattern` with `answer(route)` while `on()` holds, else lets them through. */
async function fault(context, pattern, on, answer) {
  await context.route(pattern, (route) => (on() ? answer(route) : route.continue()));
}

test('the second module fails to load (HTTP 500): the reader is told in its place, the map still works, and Try again opens the charts', async () => {
  const { context, page, record } = await openPage(env.browser, NO_WORKER);
  let failing = true;
  await fault(context, '**/extras/**', () => failing, (r) => r.fulfill({ status: 500, body: 'down' }));
  await page.goto(env.server.url);
  await waitReady(page);
  await page.locator('#show-charts').click();
  const { text, button } = await faultBefore(page, 'show-charts');
  assert.match(text, /The other charts could not be loaded/);
  assert.equal(button, 'Try again');
  // The rest of the page works: the map zooms.
  const before = await page.evaluate(() => document.querySelector('#map').toDataURL());
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((b) => document.querySelector('#map').toDataURL() !== b, before);
  failing = false;
  await page.locator('.fault button').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
  assert.equal(await page.locator('.fault').count(), 0, 'the notice is gone once it worked');
  assert.deepEqual(record.errors.filter((e) => !/500/.test(e)), []);
  await context.close();
});

test('a data file arrives truncated: it is caught by its checksum, never read half, and Try again reads it whole', async () => {
  const { context, page, record } = await openPage(env.browser, NO_WORKER);
  let failing = true;
  await fault(context, '**/data/facilities-*.csv', () => failing, async (r) => {
    const whole = await r.fetch();
    const body = await whole.body();
    await r.fulfill({ status: 200, contentType: 'text/csv', body: body.subarray(0, body.length >> 1) });
  });
  await page.goto(env.server.url);
  await waitReady(page);
  await page.locator('#show-charts').click();
  const { text } = await faultBefore(page, 'show-charts');
  assert.match(text, /could not be loaded/);
  assert.equal(await page.locator('#app').getAttribute('data-atlas'), null, 'the atlas did not open on half a file');
  failing = false;
  await page.locator('.fault button').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('the 1:50m basemap fails (404): the map stays drawn at 1:110m with a notice above it, and Try again brings the detail', async () => {
  const { context, page, record } = await openPage(env.browser, NO_WORKER);
  let failing = true;
  await fault(context, '**/countries-50m-*.bin', () => failing, (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto(env.server.url);
  await waitReady(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const { text, button } = await faultBefore(page, 'facility-map');
  assert.match(text, /The detailed map could not be loaded/);
  assert.equal(button, 'Try again');
  assert.equal(await page.locator('#map').getAttribute('data-basemap'), '110m');
  assert.ok((await canvasStats(page, '#map')).differing > 1000, 'the map is still drawn');
  failing = false;
  await page.locator('.fault button').click();
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '50m', null, { timeout: 15000 });
  assert.deepEqual(record.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('a stalled second module (no answer): after 10 s the reader is told it is taking long, and the page still works', async () => {
  const { context, page, record } = await openPage(env.browser, NO_WORKER);
  const held = [];
  await fault(context, '**/extras/**', () => true, (r) => held.push(r));
  await page.goto(env.server.url);
  await waitReady(page);
  await page.locator('#show-charts').click();
  const { text, button } = await faultBefore(page, 'show-charts', 14000);
  assert.match(text, /taking long to load/);
  assert.equal(button, 'Try again');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('storage refused (service worker, Cache API and localStorage all throw): the page works, quietly', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.addInitScript(() => {
    const no = () => Promise.reject(new DOMException('refused', 'SecurityError'));
    if (navigator.serviceWorker) navigator.serviceWorker.register = no;
    if (window.caches) window.caches.open = no;
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });
    Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });
  });
  await page.goto(env.server.url);
  await waitReady(page);
  await page.waitForTimeout(3500); // past the service worker's registration
  await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a panic (#debug=panic, honoured by the test build only): a notice with Reload and a report to copy, covering nothing', async () => {
  const { context, page } = await openPage(env.browser, NO_WORKER);
  await page.goto(`${env.server.url}#debug=panic`);
  const notice = page.locator('#fatal');
  await notice.waitFor({ timeout: 15000 });
  assert.match(await notice.locator('h2').textContent(), /Something went wrong/);
  const report = await notice.locator('textarea').inputValue();
  for (const part of [page.url(), 'debug=panic in the address', 'boot-']) assert.ok(report.includes(part), `the report names ${part}: ${report}`);
  assert.deepEqual(await notice.getByRole('button').allTextContents(), ['Reload', 'Copy the report']);
  assert.match(await page.evaluate(() => window.__benchError), /debug=panic/);
  assert.equal(await notice.evaluate((n) => getComputedStyle(n).position), 'static', 'in the flow of the page: it covers nothing');
  await page.screenshot({ path: join(ARTIFACTS, 'fault-panic.png') });
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.locator('#fatal').waitFor({ timeout: 15000 });
  assert.ok(page.url().endsWith('#debug=panic'), 'the reload keeps the address');
  await context.close();
});

test('a browser without WebAssembly is told so where the atlas would be; the headline and figures stay', async () => {
  const { context, page } = await openPage(env.browser, NO_WORKER);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(env.server.url);
  const message = page.locator('#app .fatal');
  await message.waitFor({ timeout: 10000 });
  assert.match(await message.textContent(), /cannot run the interactive atlas/);
  assert.equal(await message.locator('a').getAttribute('href'), 'plants.html');
  assert.ok(await page.locator('h1').isVisible());
  await context.close();
});

for (const api of ['ResizeObserver', 'IntersectionObserver']) {
  test(`a browser without ${api}: the first view draws, and the full atlas and the story open`, async () => {
    const { context, page, record } = await openPage(env.browser, NO_WORKER);
    await page.addInitScript((name) => { delete window[name]; }, api);
    await page.goto(env.server.url);
    await waitReady(page);
    assert.ok((await canvasStats(page, '#map')).differing > 1000, 'the map is drawn');
    assert.ok((await canvasStats(page, '#chart-home-abroad')).differing > 1000, 'the chart is drawn');
    await page.locator('#show-charts').click();
    await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
    await page.evaluate(() => { location.hash = 'view=story&step=2'; });
    await page.locator('.story-step').first().waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('step=3'));
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}
