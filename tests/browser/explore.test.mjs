// Linked exploration in the full atlas: filters set through the panel drive the map, charts, key figures
// and table together (checked against counts made here from data/facilities.csv); the exports hold
// exactly the filtered rows; the timeline plays to its last year; the table sorts, pages and opens a
// plant on the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, openPage, waitReady, parseCsv, ROOT, ARTIFACTS } from './lib.mjs';

const env = useBrowser();
const plants = parseCsv(await readFile(join(ROOT, 'data', 'facilities.csv'), 'utf8'));

async function openAtlas(path = '', options = {}) {
  const o = await openPage(env.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await o.page.goto(env.server.url + path);
  await waitReady(o.page);
  await o.page.locator('#show-charts').click();
  await o.page.waitForSelector('#filter-panel');
  return o;
}

const figure = (page, k) => page.locator('#key-figures .figure').nth(k).innerText();
const tableIds = (page) => page.evaluate(() => document.querySelector('#map').__dots.map((d) => d.id).sort());

test('"Which battery plants in Hungary are under construction, and what are they worth?" in three choices', async () => {
  const { context, page, record } = await openAtlas();
  await page.selectOption('#filter-segment', 'battery_cells');
  await page.selectOption('#filter-country', 'HU');
  await page.selectOption('#filter-status', 'under_construction');
  const want = plants.filter((p) => p.segment === 'battery_cells' && p.host_country === 'HU' && p.status === 'under_construction');
  assert.equal(want.length, 3);
  await page.waitForFunction(([n, all]) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of ${all}`), [want.length, plants.length]);
  assert.match(await figure(page, 0), new RegExp(`^${want.length}\\nplants`));
  const disclosed = want.filter((p) => p.investment_usd_millions !== '');
  const sum = disclosed.reduce((s, p) => s + Number(p.investment_usd_millions), 0);
  const money = sum >= 1000 ? `$${Number((sum / 1000).toFixed(1))} bn` : `$${Number(sum.toFixed(1))} m`;
  assert.match(await figure(page, 1), new RegExp(`^\\${money}\\nannounced investment\\n${disclosed.length} of ${want.length} disclosed`));
  assert.equal(await page.locator('#plants-table tbody tr').count(), want.length);
  assert.match(await page.locator('#table-rows').innerText(), /Rows 1–3 of 3/);
  assert.deepEqual(await tableIds(page), want.map((p) => p.id).sort());
  const chips = await page.locator('#filter-bar .chip').allInnerTexts();
  assert.deepEqual(chips.map((c) => c.replace(/\s*×$/, '')), ['Battery cells', 'Under construction', 'Hungary']);
  await page.screenshot({ path: join(ARTIFACTS, 'explore-hungary.png'), fullPage: false });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('search, ownership, disclosure and year range filter every view; nothing matching shows a way back', async () => {
  const { context, page } = await openAtlas();
  const count = (p) => plants.filter(p).length;
  const cases = [
    [async () => page.fill('#filter-q', 'debrecen'), count((p) => p.city.toLowerCase().includes('debrecen'))],
    [async () => { await page.fill('#filter-q', ''); await page.check('#filter-owned'); }, count((p) => p.ownership === 'chinese_owned')],
    [async () => page.check('#filter-disclosed'), count((p) => p.ownership === 'chinese_owned' && p.investment_usd_millions !== '')],
    [async () => { await page.selectOption('#filter-from', '2022'); await page.selectOption('#filter-to', '2023'); },
      count((p) => p.ownership === 'chinese_owned' && p.investment_usd_millions !== '' && ['2022', '2023'].includes(p.announced_year))],
  ];
  for (const [act, n] of cases) {
    await act();
    await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), n);
    assert.match(await figure(page, 0), new RegExp(`^${n}\\n`));
  }
  await page.fill('#filter-q', 'no such plant anywhere');
  await page.locator('#filter-bar .empty').waitFor();
  assert.match(await page.locator('#filter-bar .empty').innerText(), /No facility matches these filters/);
  assert.match(await figure(page, 1), /^not disclosed/);
  await page.locator('#filter-bar .empty').getByRole('button', { name: 'Show all plants' }).click();
  await page.waitForFunction((all) => document.querySelector('#filter-bar').innerText.includes(`Showing all ${all}`), plants.length);
  await context.close();
});

test("search finds a country by its name in the reader's language, with or without accents, and in English", async () => {
  const inCountry = (c) => plants.filter((p) => p.host_country === c).map((p) => p.id).sort();
  const cases = [
    ['pt-BR', 'Hungria', inCountry('HU'), 'Mostrando'],
    ['pt-BR', 'tailandia', inCountry('TH'), 'Mostrando'],
    ['pt-BR', 'Hungary', inCountry('HU'), 'Mostrando'],
    ['zh-CN', '匈牙利', inCountry('HU'), '显示'],
  ];
  for (const [lang, q, want, shown] of cases) {
    const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.server.url}#lang=${lang}`);
    await page.waitForSelector('#filter-panel', { timeout: 20000 });
    await page.fill('#filter-q', q);
    await page.waitForFunction(([n, shown]) => {
      const bar = document.querySelector('#filter-bar')?.innerText ?? '';
      return bar.includes(shown) && document.querySelector('#map').__dots.length === n;
    }, [want.length, shown], { timeout: 10000 });
    assert.ok(want.length > 0, `${lang} ${q}`);
    assert.deepEqual(await tableIds(page), want, `${lang} ${q}`);
    assert.deepEqual(record.errors, []);
    await context.close();
  }
});

test('"Download CSV" and "Download JSON" hold exactly the filtered rows, with their sources', async () => {
  const { context, page } = await openAtlas();
  await page.selectOption('#filter-region', 'europe');
  await page.selectOption('#filter-segment', 'vehicle_assembly');
  const europe = new Set(['HU', 'DE', 'ES', 'PL', 'RS', 'TR', 'FR', 'SE', 'GB', 'SK', 'PT', 'RU', 'AT', 'CZ', 'BY', 'FI', 'IT', 'NL', 'BE', 'RO', 'BG', 'GR', 'NO', 'DK', 'IE', 'SI', 'HR', 'LT', 'LV', 'EE', 'LU', 'CH', 'UA', 'MD', 'BA', 'ME', 'MK', 'AL', 'XK', 'IS', 'MT', 'CY']);
  const want = plants.filter((p) => europe.has(p.host_country) && p.segment === 'vehicle_assembly').map((p) => p.id).sort();
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), want.length);
  const csvDownload = page.waitForEvent('download');
  await page.locator('#download-csv').click();
  const csv = parseCsv(await readFile(await (await csvDownload).path(), 'utf8'));
  assert.deepEqual(csv.map((r) => r.id).sort(), want);
  const NUMERIC = ['latitude', 'longitude', 'announced_year', 'investment_value', 'investment_usd_millions', 'capacity_value', 'chinese_share_pct'];
  // Working notes stay in the project's file: an export writes that column empty.
  const INTERNAL = ['internal_notes'];
  for (const row of csv) {
    const original = plants.find((p) => p.id === row.id);
    assert.deepEqual(Object.keys(row), Object.keys(original), 'the data file\'s columns, in its order');
    for (const [k, v] of Object.entries(original)) {
      // Numbers as numbers (the file may write "1.50" where the export writes "1.5").
      const same = INTERNAL.includes(k) ? row[k] === '' : NUMERIC.includes(k) && v !== '' ? Number(row[k]) === Number(v) : row[k] === v.trim();
      assert.ok(same, `${row.id} ${k}: exported '${row[k]}', the data file has '${v}'`);
    }
  }
  const jsonDownload = page.waitForEvent('download');
  await page.locator('#download-json').click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8'));
  assert.deepEqual(json.facilities.map((r) => r.id).sort(), want);
  assert.ok(json.facilities.every((r) => r.source_url.startsWith('http') && r.source_quote.length > 0));
  await context.close();
});

test('the timeline plays to its last year and stops; every view shows the plants up to the year', async () => {
  const { context, page } = await openAtlas();
  const slider = page.locator('#timeline-year');
  const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
  const years = plants.map((p) => Number(p.announced_year)).filter((y) => y > 0);
  assert.equal(min, Math.min(...years));
  assert.equal(max, Math.max(...years));
  // Keyboard: the slider moves a year with the arrow keys.
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction((y) => document.querySelector('#timeline').innerText.includes(`Up to ${y}`), min);
  const upTo = (y) => plants.filter((p) => p.announced_year !== '' && Number(p.announced_year) <= y).length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), upTo(min));
  await slider.fill(String(max - 2));
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), upTo(max - 2));
  assert.match(await figure(page, 0), new RegExp(`^${upTo(max - 2)}\\n`));
  await page.locator('#timeline-play').click();
  await page.waitForFunction((y) => document.querySelector('#timeline').innerText.includes(`Up to ${y}`), max, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('#timeline-play').getAttribute('aria-pressed') === 'false', null, { timeout: 5000 });
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), upTo(max));
  await page.getByRole('button', { name: 'All years' }).click();
  await page.waitForFunction((all) => document.querySelector('#filter-bar').innerText.includes(`Showing all ${all}`), plants.length);
  await context.close();
});

test('the table sorts by a column, pages through 100,000 synthetic plants, and a row opens its plant on the map', async () => {
  const { context, page } = await openAtlas('?n=100000');
  await page.waitForFunction(() => /Rows 1–50 of 100,000/.test(document.querySelector('#table-rows')?.innerText || ''), null, { timeout: 20000 });
  assert.equal(await page.locator('#plants-table tbody tr').count(), 50, 'one page in the page');
  await page.locator('#plants-table').getByRole('button', { name: 'Next →' }).count();
  await page.locator('#table').getByRole('button', { name: 'Next →' }).click();
  await page.waitForFunction(() => /Rows 51–100 of 100,000/.test(document.querySelector('#table-rows').innerText));
  await page.locator('#plants-table').getByRole('button', { name: 'Company' }).click();
  const first = await page.locator('#plants-table tbody tr th').first().innerText();
  const names = await page.locator('#plants-table tbody tr th').allInnerTexts();
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())), 'sorted by company');
  assert.equal(await page.locator('#plants-table th[aria-sort="ascending"]').innerText(), 'Company ▲');
  await page.locator('#plants-table tbody tr th button').first().click();
  await page.locator('#facility-map .tooltip').waitFor({ state: 'visible', timeout: 5000 });
  assert.ok((await page.locator('#facility-map .tooltip').innerText()).startsWith(first.split('\n')[0]));
  await context.close();
});

test('a link with filters reopens exactly that view; the address follows the reader; back and forward step through', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#segment=battery_cells&status=under_construction&country=HU`);
  await page.waitForSelector('#app[data-atlas=full] #filter-panel', { timeout: 20000 });
  await page.waitForFunction((all) => document.querySelector('#filter-bar')?.innerText.includes(`Showing 3 of ${all}`), plants.length);
  assert.equal(await page.locator('#filter-segment').inputValue(), 'battery_cells');
  assert.deepEqual(await tableIds(page), ['F014', 'F028', 'F030']);
  // The reader widens the selection: a new history entry, written to the address.
  await page.selectOption('#filter-status', '');
  await page.waitForFunction(() => location.hash === '#segment=battery_cells&country=HU');
  const hu = plants.filter((p) => p.segment === 'battery_cells' && p.host_country === 'HU').length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), hu);
  await page.goBack();
  await page.waitForFunction((all) => document.querySelector('#filter-bar').innerText.includes(`Showing 3 of ${all}`), plants.length);
  assert.equal(await page.locator('#filter-status').inputValue(), 'under_construction');
  await page.goForward();
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), hu);
  // The address it shows opens the same view in a fresh page.
  const link = page.url();
  const second = await context.newPage();
  await second.goto(link);
  await second.waitForFunction((n) => document.querySelector('#filter-bar')?.innerText.includes(`Showing ${n} of`), hu, { timeout: 20000 });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a link it cannot fully understand says what it ignored and applies the rest', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#segment=rockets&foo=bar&country=HU&years=1800-1801`);
  const notice = page.locator('#address-notice');
  await notice.waitFor({ timeout: 20000 });
  const text = await notice.innerText();
  assert.match(text, /segment=rockets/);
  assert.match(text, /foo is not a parameter/);
  assert.match(text, /years/);
  const n = plants.filter((p) => p.host_country === 'HU').length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), n);
  await context.close();
});

test('on a phone the filters fold under one line, the map and charts come first, and open with a tap', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  await page.goto(env.server.url);
  await waitReady(page);
  await page.locator('#show-charts').click();
  await page.waitForSelector('#filter-panel', { state: 'attached' });
  assert.equal(await page.locator('details.filters').getAttribute('open'), null, 'folded');
  const map = await page.locator('#map').boundingBox();
  const figures = await page.locator('#key-figures').boundingBox();
  assert.ok(figures.y < map.y, 'the key figures come before the map');
  await page.locator('details.filters > summary').tap();
  await page.selectOption('#filter-segment', 'components');
  const n = plants.filter((p) => p.segment === 'components').length;
  await page.waitForFunction((n) => document.querySelector('#filter-bar').innerText.includes(`Showing ${n} of`), n);
  assert.match(await page.locator('details.filters > summary').innerText(), /1 active/);
  await page.screenshot({ path: join(ARTIFACTS, 'explore-phone-dark.png') });
  await context.close();
});

test('a link asking for the dark theme on a light system gives a dark page and dark canvases', async () => {
  const { context, page } = await openPage(env.browser, { colorScheme: 'light' });
  await page.goto(`${env.server.url}#theme=dark`);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(20, 23, 27)');
  await page.waitForFunction(() => {
    const c = document.querySelector('#map');
    const p = c.getContext('2d').getImageData(2, 2, 1, 1).data;
    return p[0] < 60 && p[1] < 60 && p[2] < 60;
  });
  await context.close();
});
