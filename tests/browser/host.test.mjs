// Embeds that keep their state and that the host page drives: every view reloads into the same embed; a
// host on another origin using the real pym.js moves the frame by its fragment and by the postMessage API
// (`{type: "ev-atlas:navigate", hash}` in, `{type: "ev-atlas:state", hash, height}` out) and the frame
// is resized to its new content; a foreign message changes nothing; back and forward reopen views.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, startServer, openPage, waitReady, ROOT, ARTIFACTS } from './lib.mjs';

const env = {};
before(async () => {
  env.atlas = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
  // The article: another origin (localhost, another port) serving the host page and pym.js.
  env.host = await startServer({ routes: { '/pym/': join(ROOT, 'node_modules', 'pym.js', 'dist') } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.atlas?.close();
  await env.host?.close();
});

const hashOf = (frame) => frame.evaluate(() => location.hash.replace(/^#/, ''));
// What each embed shows: the element that only that view has.
const VIEWS = [
  ['view=map&embed=1', '#embed #map'],
  ['view=table&embed=1', '#embed #plants-table'],
  ['view=chart:places&embed=1', '#embed #chart-places'],
  ['view=chart:segments&embed=1', '#embed #chart-segments'],
  ['view=chart:home-abroad&embed=1', '#embed #chart-home-abroad'],
  ['embed=1', '#embed #chart-home-abroad'],
  ['view=sources&embed=1', '#embed #map'],
];

test('every embed keeps its address after load and reloads into the same embed', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 700, height: 800 } });
  for (const [hash, shows] of VIEWS) {
    await page.goto(`${env.atlas.url}#${hash}`);
    await page.waitForSelector(shows, { timeout: 20000 });
    await waitReady(page);
    assert.equal(await hashOf(page), hash, `${hash}: the address still says what the embed shows`);
    await page.reload();
    await page.waitForSelector(shows, { timeout: 20000 });
    assert.equal(await hashOf(page), hash, `${hash}: after a reload`);
    assert.equal(await page.locator('.masthead').isVisible(), false, `${hash}: still the embed layout`);
  }
  // The filters and the map's view are kept with it.
  const rich = 'view=map&segment=battery_cells&country=HU&map=4,0.15,-0.55&embed=1';
  await page.goto(`${env.atlas.url}#${rich}`);
  await page.waitForSelector('#embed #map', { timeout: 20000 });
  await page.waitForTimeout(600);
  await page.reload();
  await page.waitForSelector('#embed #map .chip, #embed .chip', { timeout: 20000 });
  assert.equal(await hashOf(page), rich);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a host page on another origin moves the frame by its fragment and by postMessage, and the frame follows its content', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 900, height: 900 } });
  const hostUrl = env.host.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${hostUrl}fixtures/api-host.html?atlas=${encodeURIComponent(env.atlas.url + 'index.html')}&hash=${encodeURIComponent('view=map&embed=1')}`);
  const iframe = await page.waitForSelector('#atlas iframe');
  const frame = await iframe.contentFrame();
  await frame.waitForSelector('#embed #map', { timeout: 20000 });
  assert.notEqual(await page.evaluate(() => location.origin), await frame.evaluate(() => location.origin), 'two origins');
  // The frame says what it shows once it is ready.
  await page.waitForFunction(() => window.states.some((s) => s.hash === 'view=map&embed=1' && s.height > 100), null, { timeout: 10000 });
  const fits = async () => {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height + parseFloat(getComputedStyle(document.body).marginTop) + parseFloat(getComputedStyle(document.body).marginBottom)));
    await page.waitForFunction(
      (h) => Math.abs(document.querySelector('#atlas iframe').getBoundingClientRect().height - h) <= 10,
      content,
      { timeout: 5000 },
    );
    return content;
  };
  const mapHeight = await fits();

  // 1. The article changes the frame's fragment (as a scrollytelling host does): the frame switches view.
  // (Pym's parent put its childId in the frame's query: the host keeps the address and changes only the
  // fragment, so the frame is not reloaded.)
  const before = await frame.evaluate(() => performance.timeOrigin);
  await page.evaluate(() => {
    const f = document.querySelector('#atlas iframe');
    f.src = f.src.split('#')[0] + '#view=table&embed=1';
  });
  await frame.waitForSelector('#embed #plants-table', { timeout: 10000 });
  assert.equal(await frame.locator('#embed #map').count(), 0, 'the map is gone: one view');
  const tableHeight = await fits();
  assert.notEqual(tableHeight, mapHeight, 'a new height was reported and applied');
  assert.equal(await hashOf(frame), 'view=table&embed=1');
  assert.equal(await frame.evaluate(() => performance.timeOrigin), before, 'the frame was not reloaded');

  // 2. The postMessage API: navigate, and the state comes back with the address and the height.
  page.evaluate(() => (window.states = []));
  await page.evaluate(() => window.navigateAtlas('view=chart:segments'));
  await frame.waitForSelector('#embed #chart-segments', { timeout: 10000 });
  const state = await page.waitForFunction(
    () => window.states.find((s) => s.hash === 'view=chart:segments&embed=1'),
    null,
    { timeout: 10000 },
  );
  const s = await state.jsonValue();
  assert.equal(s.type, 'ev-atlas:state');
  assert.equal(s.origin, new URL(env.atlas.url).origin, 'sent by the frame');
  assert.ok(s.height > 100, `height ${s.height}`);
  await fits();
  assert.equal(await hashOf(frame), 'view=chart:segments&embed=1', 'the frame stays an embed');

  // 3. Foreign messages change nothing: other types, other shapes, a hash that is not text.
  await page.evaluate(() => {
    const w = document.querySelector('#atlas iframe').contentWindow;
    for (const m of ['view=map', { type: 'navigate', hash: 'view=map' }, { type: 'ev-atlas:state', hash: 'view=map' },
      { type: 'ev-atlas:navigate', hash: 42 }, { type: 'ev-atlas:navigate' }, { type: 'ev-atlas:navigate', hash: 'view=map&' + 'x'.repeat(3000) },
      ['ev-atlas:navigate', 'view=map'], null]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(800);
  assert.equal(await hashOf(frame), 'view=chart:segments&embed=1');
  assert.equal(await frame.locator('#embed #chart-segments').count(), 1);
  // A wrong parameter sent by the host is named, and the rest applies.
  await page.evaluate(() => window.navigateAtlas('view=map&segment=rockets'));
  await frame.waitForSelector('#embed #map', { timeout: 10000 });
  assert.match(await frame.locator('#address-notice').innerText(), /segment=rockets is not a segment/);
  await page.screenshot({ path: join(ARTIFACTS, 'host-api.png') });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('back and forward step through the views an embed was moved to; the first view opens an edited address', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 700, height: 800 } });
  await page.goto(`${env.atlas.url}#view=map&embed=1`);
  await page.waitForSelector('#embed #map', { timeout: 20000 });
  await page.evaluate(() => { location.hash = 'view=table&embed=1'; });
  await page.waitForSelector('#embed #plants-table', { timeout: 10000 });
  await page.goBack();
  await page.waitForSelector('#embed #map', { timeout: 10000 });
  assert.equal(await hashOf(page), 'view=map&embed=1');
  await page.goForward();
  await page.waitForSelector('#embed #plants-table', { timeout: 10000 });
  // The first view (no fragment): the reader edits the address, and the full atlas opens it.
  await page.goto(`${env.atlas.url}`);
  await waitReady(page);
  assert.equal(await page.locator('#filter-panel').count(), 0, 'the first view');
  await page.evaluate(() => { location.hash = 'view=table&embed=1'; });
  await page.waitForSelector('#embed #plants-table', { timeout: 20000 });
  assert.equal(await hashOf(page), 'view=table&embed=1');
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('following a link to a view adds one history entry, never a blank one: back returns to the page before', async () => {
  for (const link of ['view=map', 'view=story&step=5', 'view=table&segment=battery_cells', 'embed=1&view=chart:places']) {
    const { context, page, record } = await openPage(env.browser, { serviceWorkers: 'block' });
    await page.goto(env.atlas.url);
    await waitReady(page);
    // (A navigation before the page has completely loaded replaces its entry, by the HTML rules.)
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(100);
    const before = await page.evaluate(() => history.length);
    const seen = [];
    const onNav = (f) => f === page.mainFrame() && seen.push(f.url());
    page.on('framenavigated', onNav);
    await page.evaluate((h) => { location.href = `index.html#${h}`; }, link);
    await page.waitForFunction(() => document.querySelector('#app')?.dataset.atlas === 'full', null, { timeout: 15000 });
    await page.waitForTimeout(600);
    page.off('framenavigated', onNav);
    assert.equal(await page.evaluate(() => history.length), before + 1, `${link}: one entry`);
    assert.deepEqual(seen.filter((u) => !u.includes('#')), [], `${link}: the address never lost its fragment (${seen.join(' → ')})`);
    await page.goBack();
    assert.equal(page.url(), env.atlas.url, `${link}: back returns to the page before`);
    assert.deepEqual(record.errors, []);
    await context.close();
  }
});
