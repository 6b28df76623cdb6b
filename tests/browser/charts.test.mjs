// The four bar charts of the full atlas: drawn on demand, hover and keyboard tooltips, a click filters
// every view (checked against counts made here from data/facilities.csv), legend toggles, layouts without
// overlapping labels at 320 px and DPR 2, and a 2× PNG download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, openPage, waitReady, canvasStats, parseCsv, overlaps, ROOT, ARTIFACTS } from './lib.mjs';

const env = useBrowser();
const plants = parseCsv(await readFile(join(ROOT, 'data', 'facilities.csv'), 'utf8'));
const CHARTS = ['segments', 'places', 'pipeline', 'capacity'];

async function openCharts(options = {}) {
  const o = await openPage(env.browser, options);
  await o.page.goto(env.server.url);
  await waitReady(o.page);
  await o.page.locator('#show-charts').click();
  await o.page.waitForFunction(() => ['segments', 'places', 'pipeline', 'capacity'].every((id) => document.querySelector(`#chart-${id}`)?.__layout));
  return o;
}

const layoutOf = (page, id) => page.evaluate((id) => document.querySelector(`#chart-${id}`).__layout, id);

/** The centre of a mark in page coordinates. */
async function markPoint(page, id, mark) {
  await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
  const box = await page.locator(`#chart-${id}`).boundingBox();
  const l = await layoutOf(page, id);
  return { x: box.x + (mark.rect.x + mark.rect.w / 2) / l.scale, y: box.y + (mark.rect.y + mark.rect.h / 2) / l.scale };
}

test('"Show the charts" brings the full atlas with four drawn charts; the first view hands over', async () => {
  const { context, page, record } = await openCharts();
  assert.equal(await page.locator('#app').getAttribute('data-atlas'), 'full');
  assert.equal(await page.locator('#more-charts').count(), 0, 'the placeholder is gone');
  for (const id of CHARTS) {
    const s = await canvasStats(page, `#chart-${id}`);
    assert.ok(s.share > 0.03 && s.colours >= 4, `${id} looks blank: ${JSON.stringify(s)}`);
    const label = await page.locator(`#chart-${id}`).getAttribute('aria-label');
    assert.ok(label.length > 60 && /\d/.test(label), `${id} has a summary from the data: ${label}`);
    assert.equal(await page.locator(`#chart-${id}`).getAttribute('role'), 'img');
  }
  // Still one map, still drawn.
  assert.equal(await page.locator('#map').count(), 1);
  await page.waitForFunction(() => (document.querySelector('#map').__dots || []).length > 100);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('hovering a bar shows its exact value; clicking it filters the map and every chart; clicking again clears', async () => {
  const { context, page, record } = await openCharts({ viewport: { width: 1280, height: 900 } });
  const l = await layoutOf(page, 'places');
  const hungary = l.category_labels.find(([, label]) => label === 'Hungary');
  assert.ok(hungary, 'Hungary is among the top countries');
  // Series 0 is battery cells (segments in Segment::ALL order).
  const mark = l.marks.find((m) => m.category === hungary[0] && m.series === 0);
  const cells = plants.filter((p) => p.host_country === 'HU' && p.segment === 'battery_cells');
  assert.equal(mark.value, cells.length, 'the bar is the count of the data file');
  const at = await markPoint(page, 'places', mark);
  await page.mouse.move(at.x, at.y);
  const tip = page.locator('#places .tooltip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tip.innerText(), new RegExp(`Battery cells · Hungary: ${cells.length} plants`));
  assert.match(await tip.innerText(), /Click to filter every view/);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((n) => document.querySelector('#filter-bar')?.innerText.includes(`Showing ${n} of`), cells.length);
  const chips = await page.locator('#filter-bar .chip').allInnerTexts();
  assert.deepEqual(chips.map((c) => c.replace(/\s*×$/, '')), ['Battery cells', 'Hungary']);
  // The map shows exactly those plants; the other charts count only them.
  await page.waitForFunction((n) => document.querySelector('#map').__dots.length === n, cells.length);
  const ids = (await page.evaluate(() => document.querySelector('#map').__dots.map((d) => d.id))).sort();
  assert.deepEqual(ids, cells.map((p) => p.id).sort());
  const pipeline = await layoutOf(page, 'pipeline');
  const counted = pipeline.marks.filter((m) => m.value !== null).reduce((s, m) => s + m.value, 0);
  assert.equal(counted, cells.length, 'the pipeline chart counts the filtered plants');
  await page.screenshot({ path: join(ARTIFACTS, 'charts-filtered.png') });
  // The same bar again clears both filters.
  const again = (await layoutOf(page, 'places')).marks.find((m) => m.value !== null);
  const p2 = await markPoint(page, 'places', again);
  await page.mouse.click(p2.x, p2.y);
  await page.waitForFunction(() => document.querySelector('#filter-bar').innerText.includes('Showing all'));
  assert.equal(await page.evaluate(() => document.querySelector('#map').__dots.length), plants.filter((p) => p.latitude).length);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('keyboard: arrows move between marks (announced), Enter filters, Escape clears; a chip removes its filter', async () => {
  const { context, page } = await openCharts();
  const canvas = page.locator('#chart-pipeline');
  await canvas.focus();
  const live = page.locator('#pipeline .sr-only[aria-live]');
  await page.keyboard.press('ArrowRight');
  const first = await live.innerText();
  // Reading order: the first category (battery cells), first series with a value (announced).
  const n = plants.filter((p) => p.segment === 'battery_cells' && p.status === 'announced').length;
  const all = plants.filter((p) => p.segment === 'battery_cells').length;
  assert.equal(first, `Announced · Battery cells: ${n} plants · ${all} plants in all`);
  await page.keyboard.press('ArrowRight');
  const second = await live.innerText();
  assert.notEqual(second, first);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await live.innerText(), first);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), n);
  // A chip's × removes one filter.
  await page.getByRole('button', { name: 'Remove filter: Announced' }).click();
  const cells = plants.filter((p) => p.segment === 'battery_cells').length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), cells);
  await canvas.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#filter-bar').innerText.includes('Showing all'));
  await context.close();
});

test('legend entries toggle their series; the grouping and measure buttons redraw the chart', async () => {
  const { context, page } = await openCharts({ viewport: { width: 1280, height: 900 } });
  const l = await layoutOf(page, 'segments');
  const [series, sw] = l.legend[0];
  assert.equal(series, 0);
  await page.locator('#chart-segments').scrollIntoViewIfNeeded();
  const box = await page.locator('#chart-segments').boundingBox();
  await page.mouse.click(box.x + (sw.x + sw.w / 2) / l.scale, box.y + (sw.y + sw.h / 2) / l.scale);
  await page.waitForFunction(() => document.querySelector('#chart-segments').__layout.hidden[0] === true);
  const hidden = await layoutOf(page, 'segments');
  assert.ok(hidden.marks.every((m) => m.series !== 0 || m.value === null), 'no battery-cell piece is drawn');
  await page.getByRole('button', { name: 'By region' }).click();
  await page.waitForFunction(() => document.querySelector('#chart-places').__layout.category_labels.some(([, t]) => t === 'Europe'));
  const regions = await layoutOf(page, 'places');
  const europe = regions.category_labels.find(([, t]) => t === 'Europe')[0];
  const total = regions.marks.filter((m) => m.category === europe && m.value !== null).reduce((s, m) => s + m.value, 0);
  assert.equal(total, 46, 'Europe (incl. Türkiye) hosts 46 plants');
  await page.getByRole('button', { name: 'Investment', exact: true }).click();
  await page.waitForFunction(() => /\$/.test(document.querySelector('#chart-places').__layout.value_ticks.map((t) => t[2]).join(' ')));
  await context.close();
});

test('at 320 px and DPR 2 every chart is crisp and no two labels overlap; light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openCharts({ viewport: { width: 320, height: 700 }, deviceScaleFactor: 2, colorScheme });
    for (const id of CHARTS) {
      const s = await canvasStats(page, `#chart-${id}`);
      assert.ok(Math.abs(s.width - s.cssWidth * 2) <= 1, `${id}: ${s.width} device px for ${s.cssWidth} CSS px`);
      const l = await layoutOf(page, id);
      const boxes = [
        ...l.value_ticks.filter((t) => t[2]).map((t) => [t[2], t[3]]),
        ...l.category_labels.map(([, t, b]) => [t, b]),
        ...l.totals.map(([, t, b]) => [t, b]),
        ...l.legend.map(([, , t, b]) => [t, b]),
      ];
      assert.ok(boxes.length >= 4, `${id}: labels drawn`);
      for (const [i, [ta, a]] of boxes.entries()) {
        assert.ok(a.x >= -0.5 && a.x + a.w <= l.width + 0.5, `${id}: '${ta}' inside`);
        for (const [tb, b] of boxes.slice(i + 1)) assert.ok(!overlaps(a, b), `${id} at 320 px: '${ta}' overlaps '${tb}'`);
      }
    }
    await page.locator('#places').screenshot({ path: join(ARTIFACTS, `chart-places-320-${colorScheme}.png`) });
    await context.close();
  }
});

test('"Download PNG" saves the chart as shown at 2×, with its title and source', async () => {
  const { context, page } = await openCharts({ viewport: { width: 1280, height: 900 } });
  const css = await page.locator('#chart-places').boundingBox();
  const download = page.waitForEvent('download');
  await page.locator('#places').getByRole('button', { name: 'Download PNG' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'ev-atlas-places.png');
  const png = await readFile(await file.path());
  assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.equal(width, Math.round(css.width * 2));
  assert.ok(height > css.height * 2, `title and source above and below the chart: ${height}`);
  await context.close();
});

test('"Home vs abroad" in the full atlas: keyboard, a click filters the plants announced that year, legend toggles', async () => {
  const { context, page, record } = await openCharts({ viewport: { width: 1280, height: 900 } });
  const canvas = page.locator('#chart-home-abroad');
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const live = page.locator('#home-abroad .sr-only[aria-live]');
  assert.match(await live.innerText(), /^2022 · Invested in China: \$94 bn · source: /);
  await page.keyboard.press('End');
  assert.match(await live.innerText(), /^2024 · Invested abroad: \$16 bn · source: greenergydaily\.com/);
  await page.keyboard.press('Enter');
  const in2024 = plants.filter((p) => p.announced_year === '2024').length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), in2024);
  assert.match(await page.locator('#filter-bar').innerText(), /Announced 2024/);
  await page.waitForFunction((n) => document.querySelector('#map').__dots.length <= n, in2024);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#filter-bar').innerText.includes('Showing all'));
  // The legend switches "Invested in China" off: its bars go, the crossover note with them.
  const l = await page.evaluate(() => document.querySelector('#chart-home-abroad').__layout);
  const [, sw] = l.legend[0];
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + (sw.x + sw.w / 2) / l.scale, box.y + (sw.y + sw.h / 2) / l.scale);
  await page.waitForFunction(() => document.querySelector('#chart-home-abroad').__layout.hidden[0] === true);
  const off = await page.evaluate(() => document.querySelector('#chart-home-abroad').__layout);
  assert.ok(off.marks.every((m) => m.side === 'Abroad') && off.annotation === null);
  assert.deepEqual(record.errors, []);
  await context.close();
});
