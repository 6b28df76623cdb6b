// Browser tests of the built app (dist/) in headless Debian Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import { ARTIFACTS, canvasStats, countColour, foreignRequests, openPage, useBrowser, waitReady, PLANTS } from './lib.mjs';
import { readFileSync } from 'node:fs';

/** The dataset version, as data/README.md states it. */
const VERSION = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8').match(/Dataset version: \*\*([^*]+)\*\*/)[1];

const env = useBrowser();

test('reaches app-ready with no console error and no request outside its own origin', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  const ready = await waitReady(page);
  assert.ok(ready > 0 && ready < 15000, `app-ready at ${ready} ms`);
  await page.waitForTimeout(300);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(foreignRequests(record.requests, env.server.url), []);
  assert.ok(record.requests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded from the same origin');
  await context.close();
});

test('both canvases have drawn: the chart with its bars, the map with land and facility dots', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  const chart = await canvasStats(page, '#chart-home-abroad');
  const map = await canvasStats(page, '#map');
  assert.ok(chart && map, 'both canvases exist');
  assert.ok(chart.share > 0.03 && chart.colours >= 4, `chart looks blank: ${JSON.stringify(chart)}`);
  assert.ok(map.share > 0.2 && map.colours >= 6, `map looks blank: ${JSON.stringify(map)}`);
  // The abroad bar colour (light theme) and every segment colour appear.
  assert.ok((await countColour(page, '#chart-home-abroad', '#d55e00', 12)) > 50, 'abroad bar is drawn');
  for (const hex of ['#0072b2', '#008060', '#d55e00', '#b85c95']) {
    assert.ok((await countColour(page, '#map-dots', hex, 12)) > 10, `map dots of colour ${hex}`);
  }
  await context.close();
});

test('the chart shows the 2024 crossover and its tooltip gives the exact value and source', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  const layout = await page.evaluate(() => document.querySelector('#chart-home-abroad').__layout);
  assert.ok(layout, 'the canvas exposes the layout it drew');
  const mark = (side, year) => layout.marks.find((m) => m.side === side && m.year === year);
  const home = mark('Home', 2024);
  const abroad = mark('Abroad', 2024);
  assert.ok(abroad.rect.h > home.rect.h, 'abroad bar is taller than home bar in 2024');
  assert.equal(mark('Abroad', 2022).value, null, 'no published 2022 overseas value: a gap, not zero');
  assert.ok(layout.annotation, 'the crossover is annotated');

  const box = await page.locator('#chart-home-abroad').boundingBox();
  const s = layout.scale;
  await page.mouse.move(box.x + (abroad.rect.x + abroad.rect.w / 2) / s, box.y + (abroad.rect.y + abroad.rect.h / 2) / s);
  const tooltip = page.locator('#home-abroad .tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  const text = await tooltip.innerText();
  assert.match(text, /2024 · Invested abroad/);
  assert.match(text, /\$16 bn/);
  assert.match(text, /source: greenergydaily\.com/);

  const gap = mark('Abroad', 2022);
  await page.mouse.move(box.x + (gap.rect.x + gap.rect.w / 2) / s, box.y + (gap.rect.y - 30) / s);
  await page.waitForFunction(() => document.querySelector('#home-abroad .tooltip')?.innerText.includes('2022'));
  assert.match(await tooltip.innerText(), /no published figure/);
  const label = await page.locator('#chart-home-abroad').getAttribute('aria-label');
  assert.match(label, /In 2024, .* invested more abroad \(\$16 bn\) than in China \(\$15 bn\)/);
  await context.close();
});

test('hovering a facility dot on the map shows its tooltip', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  assert.ok(Array.isArray(dots) && dots.length >= 60, `dots exposed: ${dots && dots.length}`);
  const byd = dots.find((d) => d.id === 'F001');
  assert.ok(byd, 'F001 (BYD Camaçari) is on the map');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + byd.x, box.y + byd.y);
  const tooltip = page.locator('#facility-map .tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 3000 });
  const text = await tooltip.innerText();
  assert.match(text, /BYD/);
  assert.match(text, /Camaçari/);
  assert.match(text, /Vehicle assembly · Operational/);
  assert.match(text, /Announced 2023 · production since 2025-07/);
  await context.close();
});

test('canvases are sized by devicePixelRatio (crisp at 2×) and redraw when their container resizes', async () => {
  const { context, page } = await openPage(env.browser, { deviceScaleFactor: 2 });
  await page.goto(env.server.url);
  await waitReady(page);
  for (const sel of ['#chart-home-abroad', '#map', '#map-dots']) {
    const s = await canvasStats(page, sel);
    assert.ok(Math.abs(s.width - s.cssWidth * 2) <= 1, `${sel} width at DPR 2: ${s.width} for ${s.cssWidth} CSS px`);
    assert.ok(Math.abs(s.height - s.cssHeight * 2) <= 1, `${sel} height at DPR 2: ${s.height} for ${s.cssHeight} CSS px`);
  }
  const before = await canvasStats(page, '#map');
  await page.setViewportSize({ width: 400, height: 800 });
  const sized = (w) => {
    const c = document.querySelector('#map');
    return c.width !== w && Math.abs(c.width - c.getBoundingClientRect().width * 2) <= 1;
  };
  await page.waitForFunction(sized, before.width, { timeout: 5000 });
  // A resize storm: the page must keep up and end drawn.
  for (const w of [320, 900, 360, 1280, 375]) await page.setViewportSize({ width: w, height: 800 });
  await page.waitForFunction(sized, 0, { timeout: 5000 });
  await page.waitForTimeout(200);
  const after = await canvasStats(page, '#map');
  const chart = await canvasStats(page, '#chart-home-abroad');
  assert.equal(after.clientWidth, 375 - 32, 'map fills the phone width less the page margins');
  assert.ok(after.share > 0.2, `map still drawn after resizing: ${JSON.stringify(after)}`);
  assert.ok(chart.share > 0.03 && Math.abs(chart.width - chart.cssWidth * 2) <= 1, `chart redrawn: ${JSON.stringify(chart)}`);
  await context.close();
});

test('loads inside an iframe of a host page', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(new URL('fixtures/host.html', env.server.url).href);
  const frame = page.frameLocator('#atlas');
  await frame.locator('#map').waitFor();
  const handle = page.frames().find((f) => f !== page.mainFrame());
  await waitReady(handle);
  const map = await canvasStats(handle, '#map');
  assert.ok(map.share > 0.2, 'map drawn inside the iframe');
  assert.deepEqual(record.errors, []);
  assert.deepEqual(foreignRequests(record.requests, env.server.url), []);
  await context.close();
});

test('follows the dark colour scheme on page and canvases; screenshots at phone and desktop widths', async () => {
  const shots = [
    ['desktop-light', { width: 1280, height: 900 }, 'light'],
    ['desktop-dark', { width: 1280, height: 900 }, 'dark'],
    ['phone-light', { width: 375, height: 812 }, 'light'],
    ['phone-dark', { width: 375, height: 812 }, 'dark'],
  ];
  for (const [name, viewport, colorScheme] of shots) {
    const { context, page } = await openPage(env.browser, { viewport, colorScheme, deviceScaleFactor: name.startsWith('phone') ? 2 : 1 });
    await page.goto(env.server.url);
    await waitReady(page);
    const corner = await page.evaluate(() => Array.from(document.querySelector('#map').getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)));
    const luminance = (corner[0] + corner[1] + corner[2]) / 3;
    if (colorScheme === 'dark') assert.ok(luminance < 60, `${name}: canvas background is dark (${corner})`);
    else assert.ok(luminance > 200, `${name}: canvas background is light (${corner})`);
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok((await stat(file)).size > 20000, `${name} screenshot written`);
    await context.close();
  }
});

test('"Show every source" lists every source of the published data with its link and exact words', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  await page.getByRole('button', { name: 'Show every source' }).click();
  const view = page.locator('#sources');
  await view.waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await view.locator('.subtitle').innerText(), new RegExp(`^Dataset version ${VERSION.replaceAll('.', '\\.')}, data as of .+\\. \\d+ pages support the ${PLANTS.length} plants`));
  const figures = await view.locator('#figure-sources').innerText();
  assert.match(figures, /2024 · overseas ev investment total · \$16 bn/);
  assert.match(figures, /around \$16 billion overseas/, 'the exact words of the source');
  const plantPages = await view.locator('#plant-sources > li').count();
  assert.ok(plantPages >= 100, `${plantPages} pages`);
  const links = view.locator('a');
  const n = await links.count();
  for (let i = 0; i < n; i += 17) {
    assert.match(await links.nth(i).getAttribute('href'), /^https?:\/\//);
    assert.equal(await links.nth(i).getAttribute('rel'), 'noopener noreferrer');
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('without a 2D canvas the page says so in place of each view and nothing crashes', async () => {
  const { context, page, record } = await openPage(env.browser);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === '2d' ? null : original.call(this, type, ...rest);
    };
  });
  await page.goto(env.server.url);
  const errors = page.locator('.view-error');
  await errors.first().waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(await errors.count(), 2, 'one message in the chart, one in the map');
  for (const text of await errors.allInnerTexts()) assert.match(text, /could not give the page a 2D canvas/);
  assert.match(await page.locator('h1').innerText(), /invests more abroad than at home/, 'the rest of the page is there');
  assert.deepEqual(record.errors, [], 'no uncaught error');
  await context.close();
});
