// Offline: after one online visit the service worker has this build's files, and with the network off a
// reload reaches app-ready and the full atlas still opens with its charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, waitReady } from './lib.mjs';

const env = useBrowser();

test('after one online visit, a reload with the network off reaches app-ready and opens the full atlas', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  // The worker is registered once the page has settled, installs this build's files, then controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 30000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('ev-atlas-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => /\/ev-atlas_bg-[0-9a-f]{16}\.wasm$/.test(p)) && cached.some((p) => /\/extras_bg-[0-9a-f]{16}\.wasm$/.test(p)), `cached: ${cached.join(' ')}`);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 15000 });
  assert.equal(await page.locator('#app').getAttribute('data-atlas'), 'full');
  await context.close();
});
