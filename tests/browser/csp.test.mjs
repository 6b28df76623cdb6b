// The page under the strict Content-Security-Policy of issue 6, served as a header (and shipped as a
// <meta> tag): it reaches app-ready, every view and interaction works, tooltips are placed without style
// attributes, no policy violation is reported, and no request leaves the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, openPage, waitReady, foreignRequests, DIST, ROOT } from './lib.mjs';

// The header the build writes for the host (scripts/inline-css.mjs): the <meta>'s policy, whose style-src
// allows the one inline stylesheet by its hash, and frame-ancestors.
const HEADERS = readFileSync(join(DIST, '_headers'), 'utf8');
const POLICY = HEADERS.match(/^ {2}Content-Security-Policy: (.*)$/m)?.[1];
const HASH = "'sha256-[A-Za-z0-9+/]{43}='";

test('the header policy is the README\'s, with the hash of the page\'s one inline stylesheet', () => {
  assert.ok(POLICY, `dist/_headers names a Content-Security-Policy: ${HEADERS}`);
  const documented = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/^Content-Security-Policy: (.*)$/m)?.[1];
  assert.ok(documented, 'the README gives the header');
  const re = new RegExp(`^${documented.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace("'sha256-<hash>'", HASH)}$`);
  assert.match(POLICY, re, 'the README\'s header, with this build\'s hash');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0].match(/content="([^"]*)"/)?.[1];
  assert.equal(`${meta}; frame-ancestors *`, POLICY, 'the <meta> and the header say the same');
  assert.equal((html.match(/<style>/g) ?? []).length, 1, 'one inline stylesheet');
  assert.ok(!/rel="?stylesheet/.test(html), 'no stylesheet to fetch before the first paint');
});
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
