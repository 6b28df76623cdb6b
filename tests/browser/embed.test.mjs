// Embeds: a host page using the real pym.js (npm) sizes the iframe to the atlas's content, and again
// when the content changes; the AMP embed-size message is sent too; the compact layout shows one view,
// its source line and "Open full atlas"; a sandboxed iframe (allow-scripts only) still renders; "Share or
// embed this view" gives code that reflects the current view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, startServer, openPage, ROOT, ARTIFACTS } from './lib.mjs';

const env = {};
before(async () => {
  // A static host that allows the embed's resources to be read from an opaque (sandboxed) origin.
  env.server = await startServer({
    headers: { 'Access-Control-Allow-Origin': '*' },
    routes: { '/pym/': join(ROOT, 'node_modules', 'pym.js', 'dist') },
  });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const ready = (frame) => frame.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 20000 });

test('a Pym.js host sizes the iframe to the content, and again when the content grows', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  const amp = [];
  await page.exposeFunction('__amp', (m) => amp.push(m));
  await page.addInitScript(() => window.addEventListener('message', (e) => e.data && e.data.sentinel === 'amp' && window.__amp(e.data)));
  await page.goto(`${env.server.url}fixtures/pym-host.html`);
  const handle = await page.waitForSelector('#atlas iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('#embed #chart-places', { timeout: 20000 });
  await frame.waitForFunction(() => document.querySelector('#chart-places').__layout);
  const fit = async () => {
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    await page.waitForFunction((h) => Math.abs(document.querySelector('#atlas iframe').getBoundingClientRect().height - h) <= 4, content, { timeout: 5000 });
    return content;
  };
  const before = await fit();
  // The compact layout: one chart, no page chrome, the source line and a way to the full atlas.
  assert.equal(await frame.locator('.masthead').isVisible(), false);
  assert.equal(await frame.locator('#embed canvas[id^="chart-"]').count(), 1);
  const link = frame.getByRole('link', { name: 'Open full atlas' });
  assert.match(await link.getAttribute('href'), /view=chart%3Aplaces|view=chart:places/);
  assert.equal(await link.getAttribute('target'), '_blank');
  // The content grows (the table of numbers opens): the frame follows.
  await frame.locator('#places details summary').click();
  const after = await fit();
  assert.ok(after > before + 50, `the frame grew with its content: ${before} → ${after}`);
  assert.ok(amp.some((m) => m.type === 'embed-size' && Math.abs(m.height - after) <= 4), `AMP message: ${JSON.stringify(amp.slice(-2))}`);
  await page.screenshot({ path: join(ARTIFACTS, 'embed-pym.png') });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a sandboxed iframe (allow-scripts only, no storage) still renders the map, 300 × 400', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 400, height: 600 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${env.server.url}fixtures/sandbox-host.html`);
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await ready(frame);
  await frame.waitForSelector('#embed #map', { timeout: 20000 });
  await frame.waitForFunction(() => (document.querySelector('#map').__dots || []).length > 100);
  assert.equal(await frame.evaluate(() => window.origin), 'null', 'an opaque origin');
  await page.screenshot({ path: join(ARTIFACTS, 'embed-sandboxed-300x400.png') });
  assert.deepEqual(errors.filter((e) => !/service ?worker/i.test(e)), []);
  await context.close();
});

test('"Share or embed this view" gives a link, an iframe and a Pym snippet for the current view', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#segment=battery_cells&country=HU`);
  await page.waitForSelector('#share', { timeout: 20000 });
  await page.locator('#share summary').click();
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.endsWith('#segment=battery_cells&country=HU'), link);
  const iframe = await page.locator('#embed-code').inputValue();
  assert.match(iframe, /^<iframe src="[^"]+#segment=battery_cells&country=HU&embed=1" title="Overseas EV Atlas"/);
  assert.match(await page.locator('#pym-code').inputValue(), /new pym\.Parent\("ev-atlas", "[^"]+&embed=1"/);
  await context.close();
});

test('printing gives the title, key figures, charts, map and table with sources, and no controls', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${env.server.url}#segment=battery_cells`);
  await page.waitForSelector('#filter-panel', { timeout: 20000 });
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.masthead h1', '#key-figures', '#chart-home-abroad', '#map', '#chart-places', '#plants-table', '#places .source']) {
    assert.ok(await page.locator(sel).first().isVisible(), `${sel} is printed`);
  }
  for (const sel of ['#filter-panel', '#timeline', '.map-controls', '#download-csv', '#share', '.chart-controls']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is not printed`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 50_000, `a PDF of ${pdf.length} bytes`);
  await context.close();
});
