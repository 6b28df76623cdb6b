// Bring your own data: files loaded through the real file input and through a simulated drop, in the
// full atlas that takes over the page. Checks the messages, the counts the page shows, and that a bad
// file leaves the data, the view and the open plant as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ARTIFACTS, ROOT, openPage, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();
const dir = await mkdtemp(join(tmpdir(), 'ev-atlas-data-'));
const example = await readFile(join(ROOT, 'data', 'example-facilities.csv'), 'utf8');
const [header, ...rows] = example.trim().split('\n');
const cols = header.split(',');
const col = (name) => cols.indexOf(name);

/** A copy of the example's first row with some fields replaced (simple fields only: no quoting needed). */
function row(changes) {
  const base = ['X1', 'Acme', 'CN', 'battery_cells', 'HU', 'Debrecen', '47.53', '21.63', 'operational', '2022', '2025-01', '', '', '', '', '', '', '', 'chinese_owned', 'https://example.org/a', 'a quote', '', ''];
  for (const [k, v] of Object.entries(changes)) base[col(k)] = v;
  return base.join(',');
}

async function file(name, text) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const good = await file('good.csv', example);
const XSS = '<img src=x onerror=alert(1)>';
const partly = await file('partly.csv', [
  header,
  row({ id: 'P1', company: `"${XSS}"`, host_country: 'DE', city: 'Frankfurt', latitude: '50.11', longitude: '8.68' }),
  row({ id: 'P2', latitude: '95.2' }),
  row({ id: 'P3', segment: 'rockets' }),
  row({ id: 'P4' }),
].join('\n'));
const fully = await file('fully.csv', [header, row({ id: 'B1', latitude: '95.2' }), row({ id: 'B2', status: 'maybe' })].join('\n'));
const json = await file('plants.json', JSON.stringify({ facilities: [
  { id: 'J1', company: 'Json Co', parent_country: 'CN', segment: 'components', host_country: 'MA', city: 'Tangier', latitude: 35.76, longitude: -5.83, status: 'announced', announced_year: 2024, ownership: 'chinese_owned', source_url: 'https://example.org/j', source_quote: 'q' },
] }));
const bom = await file('bom.csv', '\ufeff' + [header, row({ id: 'M1' })].join('\n'));
const empty = await file('empty.csv', '');
const png = await file('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0]));
const latin1 = await file('latin1.csv', Buffer.concat([Buffer.from(header + '\n'), Buffer.from(row({ id: 'L1', city: 'Camacari' }).replace('Camacari', 'Cama\xe7ari'), 'latin1')]));

// 100,000 valid rows spread over Europe, Asia and the Americas.
const N = 100000;
const big = [header];
for (let i = 0; i < N; i++) {
  const lat = (-30 + ((i * 7919) % 9000) / 100).toFixed(3);
  const lon = (-120 + ((i * 104729) % 24000) / 100).toFixed(3);
  big.push(row({ id: `R${i}`, latitude: lat, longitude: lon, host_country: 'US' }));
}
const bigFile = await file('big.csv', big.join('\n'));

const status = (page) => page.locator('#your-data .import-status').innerText();
const origin = (page) => page.locator('#your-data .data-origin').innerText();

async function open(browser, fragment = '') {
  const o = await openPage(browser);
  await o.page.goto(env.server.url + fragment);
  await waitReady(o.page);
  return o;
}

/** Drops `path` on the page the way a browser does: a `drop` event carrying the file. */
async function drop(page, path, name, type = 'text/csv') {
  const bytes = [...(await readFile(path))];
  await page.evaluate(({ bytes, name, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { bytes, name, type });
}

test('a good file through the file input replaces the data: counts, map and details follow it', async () => {
  const { context, page, record } = await open(env.browser);
  await page.setInputFiles('#data-file', good);
  await page.locator('#app[data-atlas="full"]').waitFor({ timeout: 10000 });
  await page.waitForFunction(() => /Loaded/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  const n = rows.length;
  assert.match(await status(page), new RegExp(`Loaded ${n} facilities from good\\.csv`));
  assert.match(await origin(page), new RegExp(`Showing ${n} facilities from good\\.csv`));
  const dots = await page.evaluate(() => document.querySelector('#map').__dots.map((d) => d.id));
  assert.deepEqual(new Set(dots), new Set(rows.map((r) => r.split(',')[0])));
  assert.equal(await page.locator('#data-file').count(), 1, 'one file picker after the take-over');
  await page.locator('#reset-data').click();
  await page.waitForFunction(() => /built-in data/.test(document.querySelector('#your-data .data-origin').innerText));
  const builtin = await page.evaluate(() => document.querySelector('#map').__dots.length);
  assert.ok(builtin > 100, `reset brings back the built-in plants (${builtin} dots)`);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a partly bad file loads its good rows, names each problem, shows markup as text, offers the rejected rows', async () => {
  const { context, page, record } = await open(env.browser);
  let alerted = false;
  page.on('dialog', async (d) => { alerted = true; await d.dismiss(); });
  await page.setInputFiles('#data-file', partly);
  await page.waitForFunction(() => /Loaded/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  const text = await status(page);
  assert.match(text, /Loaded 2 facilities from partly\.csv; 2 rows were rejected/);
  assert.match(text, /row 3, column latitude: '95\.2' is outside −90…90/);
  assert.match(text, /row 4, column segment: 'rockets'/);
  // The company with markup is on the map as literal text, never as an element.
  const dots = await page.evaluate(() => document.querySelector('#map').__dots);
  const p1 = dots.find((d) => d.id === 'P1');
  assert.ok(p1, 'P1 is drawn');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + p1.x, box.y + p1.y);
  const tip = page.locator('#facility-map .tooltip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.ok((await tip.innerText()).includes(XSS), 'the tooltip shows the company name literally');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from the file');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the 2 rejected rows/ }).click();
  const saved = await (await download).path();
  const csv = await readFile(saved, 'utf8');
  assert.match(csv, /^id,company/);
  assert.match(csv, /P2,/);
  assert.match(csv, /P3,/);
  assert.doesNotMatch(csv, /P4,/);
  assert.equal(alerted, false);
  assert.deepEqual(record.errors, []);
  await page.screenshot({ path: join(ARTIFACTS, 'data-partly-bad.png'), fullPage: true });
  await context.close();
});

test('a fully bad file, and files that are not data, change nothing: data, map view and open plant stay', async () => {
  // A link opens a plant: the map is zoomed to it and its details are open.
  const { context, page, record } = await open(env.browser, '#focus=F013');
  await page.locator('#details-root .details').waitFor({ timeout: 10000 });
  assert.match(await page.locator('#details-root .details').innerText(), /CATL/);
  const before = await page.evaluate(() => document.querySelector('#map').__dots.map((d) => [d.id, Math.round(d.x), Math.round(d.y)]).join());
  await drop(page, fully, 'fully.csv');
  await page.locator('#app[data-atlas="full"]').waitFor({ timeout: 10000 });
  await page.waitForFunction(() => /Nothing was loaded/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  const text = await status(page);
  assert.match(text, /Nothing was loaded from fully\.csv: no row is valid\. The data on screen has not changed\./);
  assert.match(text, /row 2, column latitude: '95\.2'/);
  assert.match(await origin(page), /built-in data/);
  const after = await page.evaluate(() => document.querySelector('#map').__dots.map((d) => [d.id, Math.round(d.x), Math.round(d.y)]).join());

  assert.equal(after, before, 'the map shows the same plants at the same places (same zoom and centre)');
  assert.match(await page.locator('#details-root .details').innerText(), /CATL/, 'the plant stays open');
  const cases = [
    [empty, 'empty.csv', /empty/i],
    [png, 'picture.png', /not a CSV or JSON|not text|CSV or JSON/i],
    [latin1, 'latin1.csv', /UTF-8/],
  ];
  for (const [path, name, message] of cases) {
    await drop(page, path, name);
    await page.waitForFunction((n) => (document.querySelector('#your-data .import-status')?.innerText || '').includes(`${n} was not loaded`), name);
    assert.match(await status(page), message, name);
    assert.match(await origin(page), /built-in data/, `${name} changed nothing`);
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a reader of Portuguese reads the report in Portuguese: problems, row numbers and the rejected rows', async () => {
  const lacks = await file('lacks.csv', [header.replace(',city,', ',town,'), row({ id: 'H1' })].join('\n'));
  const many = [header];
  for (let i = 0; i < 1000; i++) many.push(row({ id: `G${i}` }));
  many.push(row({ id: 'G1000', latitude: '95.2' }));
  const far = await file('far.csv', many.join('\n'));
  const { context, page, record } = await open(env.browser, '#lang=pt-BR');
  await page.locator('#app[data-atlas="full"]').waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.lang === 'pt-BR', null, { timeout: 20000 });
  const reported = (re) => page.waitForFunction((s) => new RegExp(s).test(document.querySelector('#your-data .import-status')?.innerText || ''), re.source, { timeout: 20000 });

  await page.setInputFiles('#data-file', partly);
  await reported(/carregadas de partly\.csv/);
  const text = await status(page);
  assert.match(text, /2 fábricas carregadas de partly\.csv; 2 linhas foram rejeitadas\./);
  assert.match(text, /partly\.csv, linha 3, coluna latitude: '95\.2' está fora do intervalo −90…90/);
  assert.match(text, /partly\.csv, linha 4, coluna segment: 'rockets' não é um dos valores aceitos: battery_cells/);
  assert.doesNotMatch(text, /row \d|is outside|is not one of/, 'no English is left');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Baixar as 2 linhas rejeitadas/ }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  assert.match(csv, /latitude: '95\.2' está fora do intervalo −90…90/, 'the rejected rows say their problems in Portuguese too');

  // A malformed file: its header lacks a column.
  await page.setInputFiles('#data-file', lacks);
  await reported(/Nada foi carregado de lacks\.csv/);
  assert.match(await status(page), /lacks\.csv, linha 1: o cabeçalho não tem a coluna city/);

  // Row numbers as Portuguese writes numbers.
  await page.setInputFiles('#data-file', far);
  await reported(/carregadas de far\.csv/);
  assert.match(await status(page), /1\.000 fábricas carregadas de far\.csv; 1 linha foi rejeitada\./);
  assert.match(await status(page), /far\.csv, linha 1\.002, coluna latitude: '95\.2' está fora do intervalo −90…90/);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('JSON and a CSV with a byte-order mark load like the CSV', async () => {
  const { context, page } = await open(env.browser);
  await drop(page, json, 'plants.json', 'application/json');
  await page.waitForFunction(() => /Loaded 1 facility from plants\.json/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  await page.setInputFiles('#data-file', bom);
  await page.waitForFunction(() => /Loaded 1 facility from bom\.csv/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  const ids = await page.evaluate(() => document.querySelector('#map').__dots.map((d) => d.id));
  assert.deepEqual(ids, ['M1']);
  await context.close();
});

test('a 100,000-row file loads with progress and is drawn; the parse time is reported', async () => {
  const { context, page, record } = await open(env.browser);
  await page.setInputFiles('#data-file', bigFile);
  await page.waitForFunction(() => /Loaded 100,000 facilities/.test(document.querySelector('#your-data .import-status')?.innerText || ''), null, { timeout: 60000 });
  assert.match(await origin(page), /Showing 100,000 facilities from big\.csv/);
  const ms = await page.evaluate(() => performance.getEntriesByName('import-parse').at(-1)?.duration);
  assert.ok(ms > 0, 'the parse was measured');
  console.log(`# 100,000-row file: read and checked in ${ms.toFixed(0)} ms`);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a loaded plant's details and the Sources view show the file's own sources; a non-http source is rejected", async () => {
  const { context, page, record } = await open(env.browser);
  const own = await file('own.csv', [
    header,
    row({ id: 'S1', company: 'Mine Co', source_url: 'https://example.org/my-source', source_quote: 'my quote' }),
    row({ id: 'S2', company: 'Other Co', host_country: 'DE', city: 'Frankfurt', latitude: '50.11', longitude: '8.68', source_url: 'javascript:alert(1)', source_quote: 'bad link' }),
  ].join('\n'));
  await page.setInputFiles('#data-file', own);
  await page.waitForFunction(() => /Loaded 1 facility/.test(document.querySelector('#your-data .import-status')?.innerText || ''));
  assert.match(await status(page), /row 3, column source_url: 'javascript:alert\(1\)' is not an http\(s\) URL/);
  // The full atlas lists the plants by region and country: every list opened.
  await page.$$eval('#facility-map details', (ds) => ds.forEach((d) => { d.open = true; }));
  await page.locator('#facility-map .browse button', { hasText: 'Mine Co' }).click();
  const details = page.locator('#details-root .details');
  await details.waitFor({ timeout: 5000 });
  assert.match(await details.innerText(), /Mine Co/);
  assert.match(await details.innerText(), /my quote/);
  const link = details.locator('a[href="https://example.org/my-source"]');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await page.locator('#show-sources').click();
  const sources = page.locator('#sources-root');
  await page.waitForFunction(() => /example\.org/.test(document.querySelector('#sources-root')?.innerText || ''));
  assert.equal(await sources.locator('a[href="https://example.org/my-source"]').count(), 1);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link anywhere');
  assert.deepEqual(record.errors, []);
  await context.close();
});
