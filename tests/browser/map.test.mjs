// Browser tests of the map's interactions and of the benchmark page contract (?n=, __benchHooks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, canvasStats, openPage, useBrowser, waitReady, PLANTS, SOURCES } from './lib.mjs';

const env = useBrowser();

/** Where the probe facility (#0) is drawn now, in client pixels. */
const probe = (page) => page.evaluate(() => window.__benchHooks.markerPoint());
const near = (a, b, tol = 2) => Math.abs(a.x - b.x) <= tol && Math.abs(a.y - b.y) <= tol;

async function openSynthetic(n, options = {}) {
  const { context, page, record } = await openPage(env.browser, options);
  await page.goto(`${env.server.url}?n=${n}`);
  await waitReady(page);
  return { context, page, record };
}

test('?n= shows synthetic facilities generated like the peer page, says so, and the hooks find the probe', async () => {
  const { context, page, record } = await openSynthetic(10000);
  const notice = await page.locator('#url-notice').innerText();
  assert.match(notice, /10,000 synthetic facilities/);
  const info = await page.evaluate(() => window.__benchHooks.info());
  assert.deepEqual(info, { app: 'ev-atlas', n: 10000, synthetic: true });
  const rect = await page.evaluate(() => window.__benchHooks.mapRect());
  const p = await probe(page);
  assert.ok(p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height, 'probe inside the map');
  await page.mouse.move(p.x, p.y);
  const tooltip = page.locator(await page.evaluate(() => window.__benchHooks.tooltipSelector));
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  // In the dense Hungarian cluster another dot may lie as close to the pointer as the probe.
  assert.match(await tooltip.innerText(), /^(Hungary facility #\d+|Debrecen battery plant \(probe\))\nHungary \(synthetic\), HU\n/);
  assert.ok((await page.evaluate(() => window.__benchHooks.wasmMemoryBytes())) > 1_000_000);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a ?n= that cannot be understood says so and shows the built-in data', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(`${env.server.url}?n=lots`);
  await waitReady(page);
  assert.match(await page.locator('#url-notice').innerText(), /\?n=lots is not a number of facilities/);
  assert.match(await page.locator('#facility-map .subtitle').innerText(), new RegExp(`^${PLANTS.length} overseas plants`));
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('the wheel zooms about the cursor and dragging pans; the buttons zoom and reset', async () => {
  const { context, page } = await openSynthetic(200);
  const start = await probe(page);
  await page.mouse.move(start.x, start.y);
  await page.locator('#facility-map .tooltip').waitFor({ state: 'visible', timeout: 3000 });
  // The probe sits in the dense Hungarian field: at world zoom its plants are one cluster.
  assert.match(await page.locator('#facility-map .tooltip').innerText(), /^\d+ plants here\n.*\nClick to zoom in$/);
  // Zoom in with the cursor on the probe: it stays under the cursor.
  await page.mouse.move(start.x, start.y);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -100);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const zoomed = await probe(page);
  assert.ok(near(zoomed, start), `the point under the cursor stays put: ${JSON.stringify([start, zoomed])}`);
  // Zoom about a point 100 px left of the probe: the probe moves right, away from it.
  await page.mouse.move(start.x - 100, start.y);
  await page.mouse.wheel(0, -300);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const moved = await probe(page);
  assert.ok(moved.x > start.x + 20, `zooming about another point moves the probe away: ${moved.x} vs ${start.x}`);
  // Drag: the probe follows the pointer.
  const rect = await page.evaluate(() => window.__benchHooks.mapRect());
  const from = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 30, { steps: 6 });
  await page.mouse.up();
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const dragged = await probe(page);
  assert.ok(near(dragged, { x: moved.x + 60, y: moved.y + 30 }, 3), `drag moves the map with the pointer: ${JSON.stringify([moved, dragged])}`);
  // Reset brings the world view back; + zooms about the centre.
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  assert.ok(near(await probe(page), start), 'reset');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const plus = await probe(page);
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  assert.ok(Math.abs(plus.x - centre.x - 2 * (start.x - centre.x)) < 3, 'the + button doubles distances from the centre');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  assert.ok(near(await probe(page), start), 'the − button undoes +');
  const stats = await canvasStats(page, '#map-dots');
  assert.ok(stats.differing > 100, 'dots drawn after interaction');
  await context.close();
});

test('keyboard: arrows pan, + and − zoom, 0 resets; double-click zooms in', async () => {
  const { context, page } = await openSynthetic(200);
  const start = await probe(page);
  await page.locator('#map').focus();
  await page.keyboard.press('+');
  const zoomed = await probe(page);
  assert.ok(!near(zoomed, start), 'the + key zooms');
  await page.keyboard.press('ArrowLeft');
  const panned = await probe(page);
  assert.ok(panned.x > zoomed.x + 10 && Math.abs(panned.y - zoomed.y) < 1, 'ArrowLeft shows what is west');
  await page.keyboard.press('0');
  assert.ok(near(await probe(page), start), '0 resets');
  // Double-click on open sea (mid-Atlantic, where the synthetic boxes have no plant): zooms 2× about it.
  const rect = await page.evaluate(() => window.__benchHooks.mapRect());
  const sea = { x: rect.x + rect.width * 0.38, y: rect.y + rect.height * 0.52 };
  await page.mouse.dblclick(sea.x, sea.y);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const dbl = await probe(page);
  const want = { x: sea.x + 2 * (start.x - sea.x), y: sea.y + 2 * (start.y - sea.y) };
  assert.ok(near(dbl, want, 3), `double-click zooms 2× about the pointer: ${JSON.stringify([dbl, want])}`);
  await context.close();
});

test('pinch with two fingers zooms and the zoom is bounded', async () => {
  const { context, page } = await openSynthetic(200, { hasTouch: true });
  const start = await probe(page);
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const c = { x: start.x, y: start.y };
  await touch('touchStart', [[c.x - 20, c.y], [c.x + 20, c.y]]);
  for (let d = 20; d <= 80; d += 10) await touch('touchMove', [[c.x - d, c.y], [c.x + d, c.y]]);
  await touch('touchEnd', []);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const after = await probe(page);
  // Spreading fingers around the probe zooms in about it: it stays (roughly) where it was.
  assert.ok(near(after, start, 6), `pinch about the probe keeps it in place: ${JSON.stringify([start, after])}`);
  // Zoom is bounded: many wheel steps in, then reset by key; the view never breaks.
  await page.mouse.move(start.x, start.y);
  for (let i = 0; i < 80; i++) await page.mouse.wheel(0, -200);
  await page.evaluate(() => window.__benchHooks.whenIdle());
  const deep = await canvasStats(page, '#map');
  assert.ok(deep.differing > 0, 'still drawing at maximum zoom');
  await context.close();
});

/** The map canvas's centre in client pixels. */
async function mapCentre(page) {
  const r = await page.evaluate(() => window.__benchHooks.mapRect());
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

test('#focus=<id> centres the map on that plant and shows its tooltip; hovering the centre shows it too', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(`${env.server.url}#focus=F014`);
  await waitReady(page);
  const tooltip = page.locator('#facility-map .tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tooltip.innerText(), /^CATL\nDebrecen/);
  // Its details open beside the map, which makes room for them (and redraws, narrower): the plant stays
  // at the centre.
  await page.locator('#facility-details').waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForFunction(() => {
    const c = document.querySelector('#map');
    const d = c.__dots.find((x) => x.id === 'F014');
    return Math.abs(d.x - c.clientWidth / 2) < 1 && Math.abs(d.y - c.clientHeight / 2) < 1;
  }, null, { timeout: 3000 }).catch(async () => {
    const catl = (await page.evaluate(() => document.querySelector('#map').__dots)).find((d) => d.id === 'F014');
    assert.fail(`F014 not at the centre: ${JSON.stringify(catl)}`);
  });
  const c = await mapCentre(page);
  await page.mouse.move(c.x + 1, c.y + 1);
  await page.mouse.move(c.x, c.y);
  assert.match(await tooltip.innerText(), /^CATL\nDebrecen/);
  assert.deepEqual(record.errors, []);
  await page.goto(`${env.server.url}#focus=NOPE`);
  await page.reload();
  await waitReady(page);
  assert.match(await page.locator('#url-notice').innerText(), /focus=NOPE: no plant has this id/);
  await context.close();
});

test('region presets show their plants, "All plants" fits them all, and the legend explains size and status', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  const box = await page.locator('#map').boundingBox();
  const inView = (dots) => dots.filter((d) => d.x >= 0 && d.x <= box.width && d.y >= 0 && d.y <= box.height);
  const dotsNow = () => page.evaluate(() => document.querySelector('#map').__dots);
  await page.getByRole('button', { name: 'Europe', exact: true }).click();
  const europe = inView(await dotsNow());
  assert.ok(europe.some((d) => d.id === 'F014') && !europe.some((d) => d.id === 'F001'), 'Europe shows Debrecen, not Brazil');
  await page.getByRole('button', { name: 'Southeast Asia' }).click();
  const sea = inView(await dotsNow());
  assert.ok(sea.some((d) => d.id === 'F005') && !sea.some((d) => d.id === 'F014'), 'Southeast Asia shows Rayong, not Hungary');
  await page.getByRole('button', { name: 'All plants' }).click();
  const all = await dotsNow();
  assert.equal(inView(all).length, all.length, 'every plant in view');
  const legend = await page.locator('#facility-map figcaption').innerText();
  for (const words of ['$100 m', '$1 bn', '$5 bn', 'not disclosed', 'Announced', 'Under construction', 'Operational', 'Paused', 'Cancelled']) {
    assert.ok(legend.includes(words), `legend says "${words}"`);
  }
  await context.close();
});

// The first view has only the summary of the map's lists: opening it from the keyboard lets the full atlas
// take over, which opens its lists by region and country with the focus on them. Then Brazil's plants.
async function openBrazil(page) {
  await page.locator('#list-plants').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('#app[data-atlas="full"] #facility-map details.browse[open] > summary'), null, { timeout: 20000 });
  const region = page.locator('#facility-map .browse-group:has(summary[data-code="BR"]) > summary').first();
  await region.click();
  await page.locator('#facility-map summary[data-code="BR"]').click();
  return page.locator('#facility-map .browse-group:has(> summary[data-code="BR"]) button');
}

test('the plant lists move the map: the first view hands them to the full atlas, open and focused; focusing a plant shows its tooltip, choosing it centres the map on it', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  assert.equal(await page.locator('#facility-map .facility-list').count(), 0, 'the first view lists no plant itself');
  assert.equal(await page.locator('#list-plants').innerText(), 'The plants by region and country');
  const plants = await openBrazil(page);
  const gwm = plants.filter({ hasText: 'Great Wall' }).first();
  await gwm.focus();
  const tooltip = page.locator('#facility-map .tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tooltip.innerText(), /^Great Wall Motor/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const c = document.querySelector('#map');
    const d = c.__dots.find((x) => x.id === 'F002');
    return Math.abs(d.x - c.clientWidth / 2) < 1;
  });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('the plant lists cannot load: the reader is told where they asked, with a way to try again', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route(/\/extras\//, (r) => r.abort());
  await page.goto(env.server.url);
  await waitReady(page);
  await page.locator('#list-plants').click();
  const notice = page.locator('#facility-map figcaption [role="alert"]');
  await notice.waitFor({ state: 'visible', timeout: 10000 });
  assert.ok(await notice.locator('button').count() >= 1, 'a way to try again');
  await context.close();
});

test('clicking a plant opens its details, loaded on demand, with its source links and quote; × and Escape close them', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  await page.waitForTimeout(300);
  assert.ok(!record.requests.some((u) => u.includes('/extras/')), 'the details module is not part of the first view');
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  const byd = dots.find((d) => d.id === 'F001');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + byd.x, box.y + byd.y);
  const panel = page.locator('#facility-details');
  await panel.waitFor({ state: 'visible', timeout: 5000 });
  assert.ok(record.requests.some((u) => /\/extras\/extras_bg-[0-9a-f]{16}\.wasm$/.test(u)), 'loaded on demand');
  const text = await panel.innerText();
  assert.match(text, /^×?\s*BYD/);
  assert.match(text, /Camaçari, Bahia, Brazil · Vehicle assembly/);
  assert.match(text, /BRL 5,500 million ≈ \$978 m \(USD as reported\)/);
  assert.match(text, /investing BRL 5\.5 billion/, 'the exact quote from the source');
  await page.screenshot({ path: join(ARTIFACTS, 'details-desktop.png') });
  const link = panel.locator('.sources a').first();
  assert.equal(await link.getAttribute('href'), 'https://agenciabrasil.ebc.com.br/en/economia/noticia/2025-10/new-electric-car-factory-shows-confidence-brazil-says-lula');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  // Every source of the plant (data/sources.csv, read here), numbered, and beside each figure the numbers
  // of exactly the sources whose words back it.
  const mine = SOURCES.filter((s) => s.facility_id === 'F001');
  assert.ok(mine.length >= 2, 'F001 has several sources');
  assert.equal(await panel.locator('ol.citations > li').count(), mine.length);
  for (const figure of ['status', 'investment', 'capacity', 'production_start', 'announced_year', 'ownership']) {
    const want = mine.flatMap((s, i) => (s.supports.split(';').includes(figure) ? [String(i + 1)] : []));
    const refs = panel.locator(`.refs[data-figure="${figure}"] a`);
    assert.deepEqual(await refs.allInnerTexts(), want, `the sources of ${figure}`);
    for (const n of want) {
      const li = panel.locator(`#source-F001-${n}`);
      assert.ok((await li.getAttribute('data-supports')).split(';').includes(figure));
      assert.equal(await li.locator('a').first().getAttribute('href'), mine[Number(n) - 1].source_url);
    }
  }
  // Another plant (Douai, found in the Europe view: at world zoom it is in a cluster); × closes it;
  // Escape closes it too.
  await panel.getByRole('button', { name: 'Close details' }).click();
  await panel.waitFor({ state: 'detached', timeout: 3000 });
  await page.getByRole('button', { name: 'Europe', exact: true }).click();
  // Where Douai is still in a badge with its neighbours, a click on the badge zooms until they part.
  for (let i = 0; i < 4; i++) {
    const c = await page.evaluate(() => document.querySelector('#map-dots').__clusters.find((c) => c.ids.includes('F017')));
    if (!c) break;
    const at = await page.locator('#map').boundingBox();
    await page.mouse.click(at.x + c.x, at.y + c.y);
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => !document.querySelector('#map-dots').__clusters.some((c) => c.ids.includes('F017')));
  const douai = (await page.evaluate(() => document.querySelector('#map').__dots)).find((d) => d.id === 'F017');
  const at = await page.locator('#map').boundingBox();
  await page.mouse.click(at.x + douai.x, at.y + douai.y);
  await page.waitForFunction(() => document.querySelector('#details-title')?.textContent.startsWith('AESC'));
  await panel.getByRole('button', { name: 'Close details' }).click();
  await panel.waitFor({ state: 'detached', timeout: 3000 });
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  await page.mouse.click(box.x + byd.x, box.y + byd.y);
  await panel.waitFor({ state: 'visible', timeout: 3000 });
  await panel.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached', timeout: 3000 });
  // A drag that ends on a plant does not open it.
  await page.mouse.move(box.x + byd.x - 40, box.y + byd.y);
  await page.mouse.down();
  await page.mouse.move(box.x + byd.x, box.y + byd.y, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  assert.equal(await panel.count(), 0);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('on a phone the details rise from the bottom and leave the map visible', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, colorScheme: 'dark' });
  await page.goto(`${env.server.url}#focus=F017`);
  await waitReady(page);
  const panel = page.locator('#facility-details');
  await panel.waitFor({ state: 'visible', timeout: 5000 });
  const r = await panel.boundingBox();
  assert.ok(r.y + r.height >= 811 && r.height <= 812 * 0.6 + 1, `a bottom sheet: ${JSON.stringify(r)}`);
  const map = await page.locator('#map').boundingBox();
  assert.ok(map.y >= -1 && map.y + map.height <= r.y + 1, `the map is in view above the sheet: ${JSON.stringify(map)}`);
  assert.match(await panel.innerText(), /AESC/);
  await page.screenshot({ path: join(ARTIFACTS, 'details-phone-dark.png') });
  await context.close();
});

test('a line under the map says what it shows now: plants in view, operational, the largest investment', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await waitReady(page);
  const line = page.locator('#map-in-view');
  assert.equal(await page.locator('#map').getAttribute('aria-describedby'), 'map-in-view');
  assert.equal(await line.getAttribute('aria-live'), 'polite');
  // Counted as the canvas draws them (its __dots, in CSS px), and their statuses from the data.
  const inView = () => page.evaluate(() => {
    const c = document.querySelector('#map');
    return c.__dots.filter((d) => d.x >= 0 && d.x <= c.clientWidth && d.y >= 0 && d.y <= c.clientHeight).map((d) => d.id);
  });
  const expect = (ids) => {
    const plants = PLANTS.filter((p) => ids.includes(p.id));
    const operational = plants.filter((p) => p.status === 'operational').length;
    const money = plants.filter((p) => p.investment_usd_millions).sort((a, b) => b.investment_usd_millions - a.investment_usd_millions)[0];
    return { n: plants.length, operational, money };
  };
  const seen = [];
  for (const region of [null, 'Europe', 'Southeast Asia']) {
    if (region) {
      const before = await line.innerText();
      await page.getByRole('button', { name: region, exact: true }).click();
      await page.waitForFunction((b) => document.querySelector('#map-in-view').innerText !== b, before, { timeout: 5000 });
      await page.waitForTimeout(300);
    }
    const { n, operational, money } = expect(await inView());
    const text = await line.innerText();
    assert.match(text, new RegExp(`^${n} plants in view, ${operational} operational; the largest disclosed investment: `), `${region}: ${text}`);
    assert.ok(text.includes(`${money.company}, ${money.city}, $`), `${region}: ${text} should name ${money.company}`);
    seen.push(n);
  }
  assert.ok(seen[1] < seen[0] && seen[2] < seen[0], `fewer in a region: ${seen}`);
  // In another language, in its words.
  await page.goto(`${env.server.url}#lang=pt-BR`);
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => /fábricas à vista, \d+ em operação; o maior investimento divulgado: /.test(document.querySelector('#map-in-view')?.innerText ?? ''), null, { timeout: 5000 });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('the details panel covers neither the map, its controls nor the plant; it takes the focus and Escape gives it back', async () => {
  const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  // Desktop: the page makes room for the panel beside the map. Opened from the keyboard (the plant list).
  {
    const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.server.url);
    await waitReady(page);
    const first = (await openBrazil(page)).first();
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#facility-details');
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    await page.waitForFunction(() => document.activeElement?.matches('#facility-details .close'), null, { timeout: 3000 });
    await page.waitForTimeout(300);
    const r = await panel.boundingBox();
    const box = await page.locator('#facility-map .map-box').boundingBox();
    assert.ok(!overlap(r, box), `the panel ${JSON.stringify(r)} lies over the map ${JSON.stringify(box)}`);
    for (const b of await page.locator('#facility-map .map-controls button, #facility-map .map-toolbar button').all()) {
      assert.ok(!overlap(r, await b.boundingBox()), `the panel covers "${await b.getAttribute('aria-label') ?? await b.innerText()}"`);
    }
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 3000 });
    assert.ok(await first.evaluate((b) => b === document.activeElement), 'the focus is back on the plant it came from');
    assert.deepEqual(record.errors, []);
    await context.close();
  }
  // A link to a plant, on a desktop and on a phone: the plant and every map control stay in view, clear of it.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1000, height: 700 }, { width: 390, height: 844 }]) {
    const { context, page } = await openPage(env.browser, { viewport });
    await page.goto(`${env.server.url}#focus=F014`);
    await waitReady(page);
    const panel = page.locator('#facility-details');
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    await page.waitForTimeout(600);
    const r = await panel.boundingBox();
    const map = await page.locator('#map').boundingBox();
    const dot = (await page.evaluate(() => document.querySelector('#map').__dots)).find((d) => d.id === 'F014');
    const at = { x: map.x + dot.x - 6, y: map.y + dot.y - 6, width: 12, height: 12 };
    assert.ok(at.y >= 0 && at.y + 12 <= viewport.height, `${viewport.width} px: the plant is on screen ${JSON.stringify(at)}`);
    assert.ok(!overlap(r, at), `${viewport.width} px: the panel ${JSON.stringify(r)} covers the plant ${JSON.stringify(at)}`);
    for (const b of await page.locator('#facility-map .map-controls button').all()) {
      const bb = await b.boundingBox();
      assert.ok(bb.y >= 0 && bb.y + bb.height <= viewport.height, `${viewport.width} px: "${await b.getAttribute('aria-label')}" is on screen`);
      assert.ok(!overlap(r, bb), `${viewport.width} px: the panel covers "${await b.getAttribute('aria-label')}"`);
    }
    await page.screenshot({ path: join(ARTIFACTS, `details-clear-${viewport.width}.png`) });
    await context.close();
  }
  // The plant's tooltip, on a map too short for it above or below the plant: beside it, inside the map,
  // clear of the plant, its controls and the line under the map.
  const { context, page } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.server.url}#focus=F001`);
  await waitReady(page);
  await page.locator('#facility-details').waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForTimeout(600);
  const tip = await page.locator('#facility-map .tooltip').boundingBox();
  const box = await page.locator('#facility-map .map-box').boundingBox();
  const map = await page.locator('#map').boundingBox();
  const dot = (await page.evaluate(() => document.querySelector('#map').__dots)).find((d) => d.id === 'F001');
  const at = { x: map.x + dot.x - 6, y: map.y + dot.y - 6, width: 12, height: 12 };
  assert.ok(tip.x >= box.x - 1 && tip.y >= box.y - 1 && tip.x + tip.width <= box.x + box.width + 1 && tip.y + tip.height <= box.y + box.height + 1, `the tooltip ${JSON.stringify(tip)} leaves the map ${JSON.stringify(box)}`);
  assert.ok(!overlap(tip, at), `the tooltip covers its plant ${JSON.stringify(at)}`);
  for (const el of [...await page.locator('#facility-map .map-controls button').all(), page.locator('#map-in-view')]) {
    assert.ok(!overlap(tip, await el.boundingBox()), 'the tooltip covers a control or the line under the map');
  }
  await context.close();
});

test('the biggest plants in view are labelled, biggest first, inside the map and never overlapping', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { context, page } = await openPage(env.browser, { viewport, deviceScaleFactor: 2 });
    await page.goto(env.server.url);
    await waitReady(page);
    const { labels, width, height } = await page.evaluate(() => {
      const c = document.querySelector('#map-dots');
      const r = c.getBoundingClientRect();
      return { labels: c.__labels, width: r.width, height: r.height };
    });
    // Two entries per label: its top-left and bottom-right corners.
    const boxes = [];
    for (let i = 0; i < labels.length; i += 2) {
      boxes.push({ id: labels[i].id, x0: labels[i].x, y0: labels[i].y, x1: labels[i + 1].x, y1: labels[i + 1].y });
    }
    assert.ok(boxes.length >= (viewport.width > 600 ? 2 : 1), `${viewport.width} px: ${boxes.length} labels`);
    for (const [i, a] of boxes.entries()) {
      assert.ok(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= width + 0.5 && a.y1 <= height + 0.5, `inside: ${JSON.stringify(a)}`);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        assert.ok(!overlap, `${a.id} and ${b.id} overlap`);
      }
    }
    // Labels name plants drawn as themselves, and keep off the cluster badges.
    const clusters = await page.evaluate(() => document.querySelector('#map-dots').__clusters);
    const clustered = new Set(clusters.flatMap((c) => c.ids));
    for (const b of boxes) {
      assert.ok(!clustered.has(b.id), `${b.id} is labelled but drawn in a cluster`);
      for (const c of clusters) {
        const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
        const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
        assert.ok(Math.hypot(dx, dy) >= 9, `the label of ${b.id} covers the badge of ${c.ids.length} plants`);
      }
    }
    await context.close();
  }
});

test('plants that would overlap are clustered: the badge counts them, its tooltip names them, a click zooms in until they part', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await waitReady(page);
  const read = () => page.evaluate(() => ({ clusters: document.querySelector('#map-dots').__clusters, dots: document.querySelector('#map').__dots }));
  const { clusters, dots } = await read();
  assert.ok(clusters.length >= 3, `clusters at world zoom: ${clusters.length}`);
  // Every plant is drawn exactly once: as itself or in one cluster.
  const ids = clusters.flatMap((c) => c.ids);
  assert.equal(new Set(ids).size, ids.length, 'no plant in two clusters');
  assert.ok(ids.every((id) => dots.some((d) => d.id === id)));
  // The badge shows its count (drawn on the canvas) and its tooltip names the companies.
  const big = clusters.reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + big.x, box.y + big.y);
  const tooltip = page.locator('#facility-map .tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tooltip.innerText(), new RegExp(`^${big.ids.length} plants here\n.+\nClick to zoom in$`));
  const badge = await page.evaluate(({ x, y }) => {
    const c = document.querySelector('#map-dots');
    const s = c.width / c.clientWidth;
    const p = c.getContext('2d').getImageData(Math.round(x * s), Math.round(y * s), 1, 1).data;
    return [...p];
  }, big);
  assert.equal(badge[3], 255, 'the badge is painted where it is reported');
  // Click: the view zooms in on the cluster's plants, and they are no longer one cluster.
  await page.mouse.click(box.x + big.x, box.y + big.y);
  await page.waitForFunction((n) => {
    const cs = document.querySelector('#map-dots').__clusters;
    return cs.every((c) => c.ids.length < n);
  }, big.ids.length);
  const after = await read();
  const inView = after.dots.filter((d) => big.ids.includes(d.id) && d.x >= 0 && d.x <= box.width && d.y >= 0 && d.y <= box.height);
  assert.equal(inView.length, big.ids.length, 'all of the cluster\'s plants are in view');
  // At the deepest zoom nothing is clustered: every plant can be reached.
  await page.locator('#map').focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('+');
  await page.waitForFunction(() => document.querySelector('#map-dots').__clusters.length === 0);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('zoomed in, the map switches to the finer 1:50m basemap, fetched once from its own origin; zoomed out, back to 1:110m', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  const map = page.locator('#map');
  assert.equal(await map.getAttribute('data-basemap'), '110m');
  assert.ok(!record.requests.some((u) => u.includes('countries-50m')), 'not part of the first view');
  const before = await canvasStats(page, '#map');
  // Twice 2× is zoom 4, where the finer basemap starts.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(200);
  assert.equal(await map.getAttribute('data-basemap'), '110m', 'zoom 2 still draws 1:110m');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '50m');
  assert.equal(record.requests.filter((u) => /\/data\/countries-50m-[0-9a-f]{16}\.bin$/.test(u)).length, 1);
  await page.keyboard.press('Tab');
  await map.focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '50m');
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  await page.waitForFunction(() => document.querySelector('#map').getAttribute('data-basemap') === '110m');
  const after = await canvasStats(page, '#map');
  assert.equal(after.differing, before.differing, 'the world view is drawn as before');
  assert.equal(record.requests.filter((u) => /\/data\/countries-50m-[0-9a-f]{16}\.bin$/.test(u)).length, 1, 'fetched once');
  assert.deepEqual(record.errors, []);
  await context.close();
});
