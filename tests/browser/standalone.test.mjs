// dist/ev-atlas.html, the single self-contained file: opened from disk (file://) it reaches app-ready,
// draws the map and the chart, and the full atlas (second module, full data, charts) opens from it,
// with no request to any network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser, openPage, waitReady, canvasStats, DIST } from './lib.mjs';

const env = useBrowser();

test('ev-atlas.html works from disk: app-ready, map and chart drawn, the full atlas and its charts open', async () => {
  const file = join(DIST, 'ev-atlas.html');
  const size = (await stat(file)).size;
  const { context, page, record } = await openPage(env.browser);
  await page.goto(pathToFileURL(file).href);
  const ready = await waitReady(page);
  console.log(`# ev-atlas.html: ${(size / 1024).toFixed(0)} KiB, app-ready at ${ready.toFixed(0)} ms from disk`);
  assert.ok((await canvasStats(page, '#map')).share > 0.2, 'the map is drawn');
  assert.ok((await canvasStats(page, '#chart-home-abroad')).colours >= 4, 'the chart is drawn');
  await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#chart-capacity')?.__layout, null, { timeout: 20000 });
  // The full data came with the file: a plant's details show its source quote.
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  const byd = dots.find((d) => d.id === 'F001');
  const box = await page.locator('#map').boundingBox();
  await page.locator('#map').scrollIntoViewIfNeeded();
  const b2 = await page.locator('#map').boundingBox();
  await page.mouse.click(b2.x + byd.x, b2.y + byd.y);
  await page.locator('#facility-details').waitFor({ timeout: 5000 });
  assert.match(await page.locator('#facility-details').innerText(), /investing BRL 5\.5 billion/);
  assert.ok(box);
  assert.deepEqual(record.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:')), [], 'no network request');
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('ev-atlas.html in a browser without DecompressionStream says so, not a blank page', async () => {
  const { context, page } = await openPage(env.browser);
  await page.addInitScript(() => { delete window.DecompressionStream; });
  await page.goto(pathToFileURL(join(DIST, 'ev-atlas.html')).href);
  const alert = page.locator('.fatal[role=alert]');
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.innerText(), /could not start the atlas from this file/);
  await context.close();
});
