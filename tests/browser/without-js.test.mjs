// Where the story travels without JavaScript (issue 12, part 3): the page names a social card that is in
// the build (1200 × 630, a stable name, not in the service worker's list); with JavaScript off the page
// says the key figures of data/aggregates.csv and links plants.html, which lists every plant of
// data/facilities.csv under index.html's Content-Security-Policy; visiting plants.html never replaces the
// page the service worker keeps for offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openPage, waitReady, parseCsv, PLANTS, DIST, ROOT, ARTIFACTS } from './lib.mjs';

const env = useBrowser();
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const AGGREGATES = parseCsv(readFileSync(join(ROOT, 'data', 'aggregates.csv'), 'utf8'));
/** A stated figure of data/aggregates.csv. */
const figure = (year, series) => {
  const row = AGGREGATES.find((a) => a.year === String(year) && a.series === series && a.confidence === 'stated');
  assert.ok(row, `${year} ${series} is in data/aggregates.csv`);
  return Number(row.value);
};
/** The `content` of a `<meta>` named by `property` or `name`, as trunk's minifier writes it (quoted or not). */
const meta = (key) => {
  const tag = html.match(new RegExp(`<meta[^>]*(?:property|name)="?${key.replace(':', '\\:')}"?[^>]*>`))?.[0];
  return tag?.match(/content=(?:"([^"]*)"|([^\s>]+))/)?.slice(1).find((v) => v !== undefined);
};

test('index.html names its social card, a 1200 × 630 PNG in the build under a stable name, not cached by the worker', () => {
  assert.equal(meta('twitter:card'), 'summary_large_image');
  assert.match(meta('og:title') ?? '', /invests more abroad than at home/);
  // No og:description: crawlers take the page's own description (fewer bytes in the first view).
  assert.ok((meta('description') ?? '').length > 40, 'description');
  const image = meta('og:image');
  assert.ok(image, 'og:image');
  // Relative to the page unless the build set EV_ATLAS_PUBLIC_URL.
  const path = /^https?:/.test(image) ? image.slice(image.indexOf('/cards/') + 1) : image;
  assert.equal(path, 'cards/atlas.png');
  const file = join(DIST, path);
  assert.ok(existsSync(file), `${path} is in dist/`);
  const png = readFileSync(file);
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], 'its IHDR size');
  assert.ok(png.length > 20_000, `${png.length} B: a drawn card, not a blank one`);
  const FILES = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1]);
  assert.ok(!FILES.some((f) => f.startsWith('cards/') || f === 'plants.html'), 'the cards and plants.html are not in the worker\'s list');
  // A story step's card per step of data/story.csv, when the story is there.
  const story = join(ROOT, 'data', 'story.csv');
  if (existsSync(story)) {
    for (const s of parseCsv(readFileSync(story, 'utf8'))) assert.ok(existsSync(join(DIST, 'cards', `step-${s.step}.png`)), `cards/step-${s.step}.png`);
  }
});

test('with JavaScript off the page says the key figures and links plants.html, which lists every plant', async () => {
  const { context, page, record } = await openPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  const words = await page.locator('.masthead').innerText();
  const figures = [
    `~$${figure(2024, 'overseas_ev_investment_total')} bn was invested abroad`,
    `$${figure(2024, 'domestic_ev_investment_total')} bn at home`,
    `$${figure(2022, 'domestic_ev_investment_total')} bn in 2022`,
    `$${figure(2023, 'domestic_ev_investment_total')} bn in 2023`,
    `${figure(2024, 'overseas_battery_share_of_overseas_investment')}% of the money abroad went to battery plants`,
  ];
  for (const f of figures) assert.ok(words.includes(f), `the page says "${f}": ${words}`);
  await page.screenshot({ path: join(ARTIFACTS, 'without-js-index.png') });
  await page.getByRole('link', { name: 'Every plant' }).click();
  await page.waitForURL(/plants\.html$/);
  assert.equal(await page.locator('h1').innerText(), 'Every plant in the atlas');
  const rows = page.locator('#plants-table tbody tr');
  assert.equal(await rows.count(), PLANTS.length, 'one row per plant of data/facilities.csv');
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.id, tr.querySelector('th').textContent, tr.querySelector('td:last-child a')?.href ?? null]));
  const byId = new Map(shown.map(([id, company, href]) => [id, { company, href }]));
  for (const p of PLANTS) {
    const row = byId.get(p.id);
    assert.ok(row, `${p.id} is listed`);
    assert.equal(row.company, p.company, `${p.id}: the company as in the data, & and quotes included`);
    assert.equal(row.href, p.source_url ? new URL(p.source_url).href : null, `${p.id}: its first source`);
  }
  const text = await page.locator('body').innerText();
  assert.ok(text.includes('Dataset version'), 'the dataset version');
  for (const p of PLANTS.filter((p) => p.internal_notes.length > 30)) assert.ok(!text.includes(p.internal_notes), `${p.id}: a working note is shown`);
  await page.screenshot({ path: join(ARTIFACTS, 'without-js-plants.png') });
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('plants.html runs under index.html\'s policy with its styles and no violation', async () => {
  const policy = (h) => h.match(/http-equiv="?Content-Security-Policy"?[^>]*content="([^"]*)"|content="([^"]*)"[^>]*http-equiv="?Content-Security-Policy"?/)?.slice(1).find(Boolean);
  const plants = readFileSync(join(DIST, 'plants.html'), 'utf8');
  // Less the hash of index.html's one inline stylesheet (scripts/inline-css.mjs): plants.html has none.
  assert.equal(policy(plants)?.replaceAll('&#39;', "'"), policy(html)?.replace(/ 'sha256-[A-Za-z0-9+/=]+'/, ''), 'the same policy as index.html');
  assert.ok(!/<script|\sstyle=/.test(plants), 'no script and no style attribute');
  const { context, page, record } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(`${env.server.url}plants.html`);
  const styled = await page.evaluate(() => [getComputedStyle(document.querySelector('table')).borderCollapse, getComputedStyle(document.querySelector('.kicker')).textTransform]);
  assert.deepEqual(styled, ['collapse', 'uppercase'], 'the build\'s stylesheets apply');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('after the service worker has the atlas, visiting plants.html does not replace the page it reloads offline', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitReady(page);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 30000 });
  await page.goto(`${env.server.url}plants.html`);
  assert.equal(await page.locator('h1').innerText(), 'Every plant in the atlas');
  await context.setOffline(true);
  await page.goto(env.server.url);
  await waitReady(page);
  assert.ok(await page.locator('#app').count(), 'the atlas, not plants.html');
  await page.goto(`${env.server.url}plants.html`);
  assert.equal(await page.locator('h1').innerText(), 'Every plant in the atlas', 'plants.html, as last seen');
  await context.close();
});

test('each story step is shared by its own page: its card (1200 × 630), its words and sources, then the step in the atlas', async () => {
  const steps = parseCsv(readFileSync(join(ROOT, 'data', 'story.csv'), 'utf8'));
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const s of steps) {
    const path = `story/step-${s.step}.html`;
    const text = readFileSync(join(DIST, path), 'utf8');
    const content = (key) => text.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
    assert.equal(content('og:image'), `../cards/step-${s.step}.png`, path);
    const png = readFileSync(join(DIST, 'cards', `step-${s.step}.png`));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `cards/step-${s.step}.png`);
    assert.equal(content('og:title'), s.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'), path);
    assert.ok(!worker.includes(path), `${path} is not in the worker's list`);
  }
  // For a reader whose browser does not follow the refresh, the page is the step: its title, words,
  // sources and a link to it in the atlas.
  const s = steps[4];
  const text = readFileSync(join(DIST, `story/step-${s.step}.html`), 'utf8');
  assert.ok(text.includes(`<h1>${s.title}</h1>`), 'its title');
  assert.match(text, /<ol class="citations">\n<li><a href="https:\/\//, 'its sources');
  assert.ok(text.includes(`<a href="../index.html#view=story&amp;step=${s.step}">Read this step in the atlas`), 'its link');
  // A reader opening the shared link lands on the step in the atlas, and its share link is that page.
  const reader = await openPage(env.browser, { serviceWorkers: 'block' });
  await reader.page.goto(`${env.server.url}story/step-${s.step}.html`);
  await reader.page.waitForFunction((t) => document.querySelector('#story-step-title')?.textContent === t, s.title, { timeout: 20000 });
  assert.ok(reader.page.url().endsWith(`index.html#view=story&step=${s.step}`), reader.page.url());
  await reader.page.locator('#share summary').click();
  // (Read as one page, scrolling down to the share box shows later steps: the link is of the step shown.)
  await reader.page.waitForTimeout(300);
  const now = await reader.page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('step'));
  assert.equal(await reader.page.locator('#share-link').inputValue(), `${env.server.url}story/step-${now}.html`);
  assert.deepEqual(reader.record.errors, []);
  await reader.context.close();
});
