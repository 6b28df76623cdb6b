// The page under the strict Content-Security-Policy of issue 6, served as a header (and shipped as a
// <meta> tag): it reaches app-ready, every view and interaction works, tooltips are placed without style
// attributes, no policy violation is reported, and no request leaves the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openPage, waitReady, foreignRequests } from './lib.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *";
const env = {};
before(async () => {
  env.server = await startServer({ headers: { 'Content-Security-Policy': POLICY } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

test('under the strict CSP header every view works, with no violation and no foreign request', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(env.server.url);
  assert.equal(response.headers()['content-security-policy'], POLICY, 'served with the policy');
  await waitReady(page);
  const html = await page.content();
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>[^<]/.test(html), 'no inline script in the page');
  assert.ok(!/\sstyle="/.test(html), 'no style attribute in the page');
  // The map's tooltip is placed where its plant is.
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  const byd = dots.find((d) => d.id === 'F001');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + byd.x, box.y + byd.y);
  const tip = page.locator('#facility-map .tooltip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  const placed = await tip.evaluate((t) => [t.style.left, t.dataset.x]);
  assert.equal(placed[0], `${placed[1]}px`, 'placed through the CSSOM');
  // The second module: details, sources, the full atlas with its charts, a chart tooltip.
  await page.mouse.click(box.x + byd.x, box.y + byd.y);
  await page.locator('#facility-details').waitFor({ timeout: 5000 });
  await page.locator('#show-charts').click();
  await page.waitForFunction(() => document.querySelector('#chart-places')?.__layout, null, { timeout: 10000 });
  const l = await page.evaluate(() => document.querySelector('#chart-places').__layout);
  const m = l.marks.find((k) => k.value !== null);
  await page.locator('#chart-places').scrollIntoViewIfNeeded();
  const c = await page.locator('#chart-places').boundingBox();
  await page.mouse.move(c.x + (m.rect.x + m.rect.w / 2) / l.scale, c.y + (m.rect.y + m.rect.h / 2) / l.scale);
  await page.locator('#places .tooltip').waitFor({ state: 'visible', timeout: 3000 });
  await page.getByRole('button', { name: 'Show every source' }).click();
  await page.locator('#sources').waitFor({ timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(record.errors, []);
  assert.deepEqual(foreignRequests(record.requests, env.server.url), [], 'nothing outside the page\'s origin');
  await context.close();
});
