// Languages: the reader's language comes from the address's lang=, else the browser's languages, else
// English; the page's text, <html lang>, the title, the charts' words and numbers, the map's words and the
// notices follow it; the picker changes it (kept in the address, through a reload); an address changed from
// outside is followed; an unknown lang= is named in a notice and English is used; Chinese text is drawn on
// the canvas with the system's CJK fonts (Debian's Noto CJK here), and labels still do not overlap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openPage, useBrowser, waitReady, overlaps, ROOT, ARTIFACTS } from './lib.mjs';

const env = useBrowser();

// What the page says in each language, read from the catalog files themselves (single-line messages):
// the headline, the chart's title, the map's "All plants", and money as the language writes it.
const words = (tag) => Object.fromEntries(
  readFileSync(join(ROOT, 'i18n', `${tag}.ftl`), 'utf8').split('\n').map((l) => l.match(/^([A-Za-z0-9_-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
);
const LANGUAGES = [
  { tag: 'en', money: /\$16 bn/ },
  { tag: 'zh-CN', money: /US\$160亿/ },
  { tag: 'pt-BR', money: /US\$ 16 bi/ },
].map((l) => {
  const w = words(l.tag);
  return { ...l, w, headline: w['page-headline'], chart: w['home-abroad-title'], legend: w['map-all-plants'] };
});

async function open(hash, options = {}) {
  const { context, page, record } = await openPage(env.browser, options);
  await page.goto(`${env.server.url}${hash ? `#${hash}` : ''}`);
  await waitReady(page);
  return { context, page, record };
}

// The words of the page as a reader sees them: headline, title, the Home-vs-abroad chart's table.
async function said(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    headline: document.querySelector('h1').textContent,
    picker: document.querySelector('#lang-picker').value,
    options: [...document.querySelectorAll('#lang-picker option')].map((o) => o.value),
    chart: document.querySelector('#home-abroad h2, [id$="home_abroad"] h2, .chart h2')?.textContent ?? '',
    body: document.body.innerText,
  }));
}

for (const l of LANGUAGES) {
  test(`lang=${l.tag}: the page, the chart and the map are in the language, its numbers written its way`, async () => {
    const { context, page, record } = await open(`lang=${l.tag}`);
    await page.waitForFunction((tag) => document.documentElement.lang === tag, l.tag, { timeout: 20000 });
    if (l.tag !== 'en') await page.waitForFunction((h) => document.querySelector('h1').textContent !== h, LANGUAGES[0].headline);
    const s = await said(page);
    assert.equal(s.lang, l.tag);
    assert.equal(s.dir, 'ltr');
    assert.equal(s.picker, l.tag);
    assert.deepEqual(s.options.sort(), ['en', 'pt-BR', 'zh-CN']);
    assert.ok(l.headline && l.chart && l.legend, `${l.tag}: the catalog's words`);
    assert.equal(s.headline, l.headline);
    assert.ok(s.body.includes(l.chart), `${l.tag}: the chart's title "${l.chart}"`);
    assert.match(s.body, l.money, `${l.tag}: money as the language writes it`);
    assert.ok(s.body.includes(l.legend), `${l.tag}: the map's words`);
    assert.equal(s.body.includes('undefined'), false);
    // The full atlas's panels (a reader of another language has it at once): filters, timeline, figures.
    if (l.tag !== 'en') {
      await page.locator('#key-figures').waitFor({ timeout: 20000 });
      const panel = await page.evaluate(() => ({
        filters: document.querySelector('.filters summary').textContent,
        search: document.querySelector('#filter-q').placeholder,
        timeline: document.querySelector('#timeline').innerText,
        figures: document.querySelector('#key-figures').innerText,
        bar: document.querySelector('#filter-bar').innerText,
      }));
      assert.equal(panel.filters, l.w['filters-title']);
      assert.equal(panel.search, l.w['filter-search-placeholder']);
      assert.ok(panel.timeline.includes(l.w['timeline-all']), panel.timeline);
      for (const id of ['figure-plants', 'figure-investment', 'figure-share-note']) assert.ok(panel.figures.includes(l.w[id]), `${id}: ${panel.figures}`);
      assert.ok(panel.bar.includes(l.w['filter-count-all'].split('{')[0].trim()), panel.bar);
    }
    await page.screenshot({ path: join(ARTIFACTS, `lang-${l.tag}-desktop.png`), fullPage: false });
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}

test('the browser\'s languages choose when the address does not: pt-PT reads pt-BR, zh-TW reads English', async () => {
  for (const [locale, want] of [['pt-PT', 'pt-BR'], ['zh-CN', 'zh-CN'], ['zh-TW', 'en'], ['fr-FR', 'en']]) {
    const { context, page } = await open('', { locale });
    await page.waitForFunction((tag) => document.documentElement.lang === tag, want, { timeout: 20000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.documentElement.lang), want, locale);
    await context.close();
  }
});

test('an unknown lang= is named in a notice, in English, and the page is in English', async () => {
  const { context, page } = await open('lang=xx-YY');
  const notice = page.locator('.notice', { hasText: 'xx-YY' });
  await notice.first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await said(page)).headline, LANGUAGES[0].headline);
  await context.close();
});

test('the picker changes the language, keeps it in the address through a reload; an outside change is followed', async () => {
  const { context, page, record } = await open('');
  await page.selectOption('#lang-picker', 'zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.querySelector('h1').textContent.includes('中国'), null, { timeout: 20000 });
  assert.match(page.url(), /lang=zh-CN/);
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, { timeout: 20000 });
  assert.equal((await said(page)).headline, LANGUAGES[1].headline);
  // The host page (or the reader) changes the address: the page follows, without a reload.
  await page.evaluate(() => { location.hash = 'lang=pt-BR'; });
  await page.waitForFunction(() => document.documentElement.lang === 'pt-BR', null, { timeout: 20000 });
  assert.match((await said(page)).body, /US\$ 16 bi/);
  await page.evaluate(() => { location.hash = 'lang=en'; });
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 20000 });
  assert.equal((await said(page)).headline, LANGUAGES[0].headline);
  assert.deepEqual(record.errors, []);
  await context.close();
});

const CHARTS = ['segments', 'places', 'pipeline', 'capacity'];

// Every label box a chart drew, with its text: [text, {x,y,w,h}].
async function labelBoxes(page) {
  return page.evaluate((ids) => {
    const out = {};
    const ha = document.querySelector('#chart-home-abroad').__layout;
    out['home-abroad'] = { width: document.querySelector('#chart-home-abroad').width, boxes: ha.legend.map(([, , t, b]) => [t, b]) };
    for (const id of ids) {
      const l = document.querySelector(`#chart-${id}`).__layout;
      out[id] = {
        width: l.width,
        boxes: [
          ...l.value_ticks.filter((t) => t[2]).map((t) => [t[2], t[3]]),
          ...l.category_labels.map(([, t, b]) => [t, b]),
          ...l.totals.map(([, t, b]) => [t, b]),
          ...l.legend.map(([, , t, b]) => [t, b]),
        ],
      };
    }
    return out;
  }, CHARTS);
}

test('Chinese and Portuguese on the canvas: CJK glyphs from the system fonts; no two labels overlap at 320 and 1600 px', async () => {
  for (const tag of ['zh-CN', 'pt-BR']) {
    for (const width of [320, 1600]) {
      const { context, page, record } = await open(`lang=${tag}`, { viewport: { width, height: 900 }, deviceScaleFactor: 2 });
      await page.waitForFunction((tag) => document.documentElement.lang === tag, tag, { timeout: 20000 });
      if (tag === 'zh-CN') {
        // The canvas's fallback font has the ideographs: each is a full em wide, and they differ in shape
        // (a missing glyph would be drawn as the same box for each).
        const glyphs = await page.evaluate(() => {
          const c = document.createElement('canvas');
          c.width = 40; c.height = 40;
          const ctx = c.getContext('2d');
          ctx.font = '32px system-ui, sans-serif';
          return ['国', '海'].map((ch) => {
            ctx.clearRect(0, 0, 40, 40);
            ctx.fillText(ch, 2, 32);
            return { w: ctx.measureText(ch).width, ink: [...ctx.getImageData(0, 0, 40, 40).data].filter((_, i) => i % 4 === 3).join() };
          });
        });
        assert.ok(glyphs.every((g) => g.w >= 28), `full-em ideographs: ${glyphs.map((g) => g.w)}`);
        assert.notEqual(glyphs[0].ink, glyphs[1].ink, 'two ideographs drawn differently');
      }
      // A reader of another language has the full atlas at once; its charts may still be behind the button.
      if (await page.locator('#show-charts').isVisible()) await page.locator('#show-charts').click();
      else await page.locator('#places').scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForFunction((ids) => ids.every((id) => document.querySelector(`#chart-${id}`)?.__layout), CHARTS, { timeout: 20000 });
      await page.waitForFunction((tag) => document.documentElement.lang === tag, tag, { timeout: 20000 });
      for (const [id, { width: w, boxes }] of Object.entries(await labelBoxes(page))) {
        assert.ok(boxes.length >= 2, `${tag} ${id}: labels drawn`);
        for (const [i, [ta, a]] of boxes.entries()) {
          assert.ok(a.x >= -0.5 && a.x + a.w <= w + 0.5, `${tag} ${id} at ${width} px: '${ta}' inside`);
          for (const [tb, b] of boxes.slice(i + 1)) assert.ok(!overlaps(a, b), `${tag} ${id} at ${width} px: '${ta}' overlaps '${tb}'`);
        }
      }
      await page.screenshot({ path: join(ARTIFACTS, `lang-${tag}-${width}.png`), fullPage: true });
      assert.deepEqual(record.errors, []);
      await context.close();
    }
  }
});

test('an embed keeps its language: its head, source line and "Open full atlas" (which keeps lang=) in Chinese', async () => {
  const zh = LANGUAGES[1];
  const { context, page, record } = await open('view=chart:places&embed=1&lang=zh-CN', { viewport: { width: 600, height: 700 } });
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.querySelector('#embed'), null, { timeout: 20000 });
  await page.waitForFunction((k) => document.querySelector('#embed h1')?.textContent === k, zh.w['page-kicker'], { timeout: 20000 });
  const foot = await page.locator('#embed .embed-foot').innerText();
  assert.ok(foot.includes(zh.w['embed-sources'].split('{')[0]), foot);
  const link = page.getByRole('link', { name: zh.w['embed-open'] });
  assert.match(await link.getAttribute('href'), /lang=zh-CN/);
  assert.doesNotMatch(await link.getAttribute('href'), /embed=1/);
  assert.deepEqual(record.errors, []);
  await context.close();
});

// The full atlas's other views in the reader's language: the table, a plant's details, the Sources view,
// "Share or embed this view" and a data import's report. Each label is compared with the catalog's own
// words, and the English of the same messages must be gone.
// Whether `text` has `words` as words of their own (not "Segment" in "Segmento").
const saysWord = (text, words) => new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);
const CSV_HEADER = readFileSync(join(ROOT, 'data', 'facilities.csv'), 'utf8').split('\n')[0];
const CSV_GOOD = readFileSync(join(ROOT, 'data', 'facilities.csv'), 'utf8').split('\n')[1];
for (const l of LANGUAGES.slice(1)) {
  test(`lang=${l.tag}: the table, a plant's details, the sources, sharing and a data import speak the language`, async () => {
    const en = LANGUAGES[0].w;
    const w = l.w;
    const { context, page, record } = await open(`view=table&lang=${l.tag}`, { viewport: { width: 1280, height: 900 } });
    await page.waitForFunction((t) => document.querySelector('#table-title')?.textContent === t, w['table-title'], { timeout: 20000 });
    // The table: every header, the pager, the buttons; the countries by their names in the language.
    const table = await page.evaluate(() => ({
      headers: [...document.querySelectorAll('#plants-table thead th')].map((th) => th.querySelector('button').firstChild.textContent),
      buttons: [...document.querySelectorAll('#table .table-actions button')].map((b) => b.textContent),
      text: document.querySelector('#table').innerText,
      first: document.querySelector('#plants-table tbody th button').title,
      countries: [...document.querySelectorAll('#plants-table tbody tr')].map((tr) => tr.children[2].textContent),
    }));
    const columns = ['company', 'site', 'country', 'segment', 'status', 'announced', 'investment', 'capacity'].map((c) => `column-${c}`);
    assert.deepEqual(table.headers, columns.map((id) => w[id]));
    for (const id of ['table-download-csv', 'table-download-json', 'table-previous', 'table-next']) assert.ok(table.buttons.includes(w[id]), `${id}: ${table.buttons}`);
    assert.equal(table.first, w['table-show-on-map']);
    // The country column: each cell one of the language's country names, none the English one.
    const names = Object.keys(w).filter((id) => id.startsWith('country-'));
    assert.ok(names.length >= 40 && table.countries.length === 50, `${names.length} names, ${table.countries.length} rows`);
    for (const c of table.countries) {
      const id = names.find((n) => w[n] === c);
      assert.ok(id, `"${c}" is a country name of ${l.tag}`);
      if (en[id] !== c) assert.ok(!names.some((n) => en[n] === c), `"${c}" is English`);
    }
    for (const id of [...columns, 'table-download-csv', 'table-title']) {
      if (en[id] !== w[id]) assert.equal(saysWord(table.text, en[id]), false, `${id}: "${en[id]}" left in English`);
    }
    assert.match(table.text, l.tag === 'zh-CN' ? /US\$[\d.,]+亿/ : /US\$ [\d.,]+ (bi|mi)/, 'money the language\'s way');
    // "Share or embed this view".
    assert.equal(await page.locator('#share summary').innerText(), w['share-title']);
    // A plant's details, opened from the table.
    await page.locator('#plants-table tbody th button').first().click();
    await page.locator('#facility-details dl').waitFor({ timeout: 20000 });
    const details = await page.evaluate(() => ({
      labels: [...document.querySelectorAll('#facility-details dt')].map((d) => d.textContent),
      sources: document.querySelector('#facility-details h4').textContent,
      close: document.querySelector('#facility-details .close').getAttribute('aria-label'),
      backs: [...document.querySelectorAll('#facility-details .backs')].map((b) => b.textContent),
      plant: [...document.querySelectorAll('#facility-details > .accessed')].map((p) => p.textContent).pop(),
    }));
    const rows = ['status', 'ownership', 'partner', 'announced', 'production', 'investment', 'capacity', 'location'].map((r) => `details-${r}`);
    assert.deepEqual(details.labels, rows.map((id) => w[id]));
    assert.equal(details.sources, w['details-sources']);
    assert.equal(details.close, w['details-close']);
    assert.ok(details.backs.length > 0 && details.backs.every((b) => b.startsWith(w['details-gives'].split('{')[0])), details.backs.join(' | '));
    assert.ok(details.plant.startsWith(w['details-plant'].split('{')[0]), details.plant);
    await page.screenshot({ path: join(ARTIFACTS, `lang-${l.tag}-details-1280.png`) });
    // The Sources view.
    await page.locator('#show-sources').click();
    await page.waitForFunction((t) => document.querySelector('#sources-title')?.textContent === t, w['sources-title'], { timeout: 20000 });
    const sources = await page.evaluate(() => ({
      subtitle: document.querySelector('#sources .subtitle').textContent,
      heads: [...document.querySelectorAll('#sources h3')].map((h) => h.textContent),
    }));
    assert.ok(sources.subtitle.startsWith(w['sources-subtitle'].split('{')[0]), sources.subtitle);
    assert.equal(sources.subtitle.includes('Dataset version'), false);
    assert.ok(sources.heads[0].startsWith(w['sources-figures'].split('{')[0]), sources.heads[0]);
    assert.ok(sources.heads[1].startsWith(w['sources-plants'].split('{')[0]), sources.heads[1]);
    // A data import with one good and one bad row: the report and its problem in the language.
    const bad = CSV_GOOD.replace(/^F001,/, 'P9,').replace(',operational,', ',soon,');
    await page.setInputFiles('#data-file', { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(`${CSV_HEADER}\n${CSV_GOOD}\n${bad}\n`) });
    await page.waitForFunction(() => document.querySelector('#your-data .problems li'), null, { timeout: 20000 });
    const report = await page.evaluate(() => ({
      text: document.querySelector('#your-data .import-status').innerText,
      problem: document.querySelector('#your-data .problems li').textContent,
      buttons: [...document.querySelectorAll('#your-data .import-status button')].map((b) => b.textContent),
      origin: document.querySelector('#your-data .data-origin').textContent,
      title: document.querySelector('#your-data-title').textContent,
    }));
    const where = w['problem-row-column'].replace('{ $file }', 'mine.csv').replace('{ $row }', '3').replace('{ $column }', 'status').split('{')[0];
    assert.ok(report.problem.startsWith(where), `${report.problem} starts with ${where}`);
    assert.ok(report.buttons.includes(w['import-dismiss']), report.buttons.join(' | '));
    assert.equal(report.title, w['your-data-title']);
    for (const english of ['Loaded', 'rejected', 'Dismiss', 'Download the', ', row ', 'Showing']) {
      assert.equal(saysWord(`${report.text} ${report.origin}`, english), false, `"${english}" left in English: ${report.text}`);
    }
    await page.locator('#your-data').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `lang-${l.tag}-import-1280.png`) });
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}

// The longest run of a message's own words between its placeholders: what it says whatever the numbers.
const fixedPart = (message) => message.split(/\{[^}]*\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0];

// The four charts of the full atlas: their title, legend (drawn on the canvas), summary (said by the canvas
// and written under it) and choices, each from the language's catalog, and no English title among them.
test('the four charts of the full atlas in Chinese and Portuguese: titles, legends, summaries and choices', async () => {
  const en = LANGUAGES[0].w;
  const segments = ['battery_cells', 'battery_materials', 'vehicle_assembly', 'components'].map((s) => `segment-${s}`);
  const statuses = ['announced', 'under_construction', 'operational', 'paused', 'cancelled'].map((s) => `status-${s}`);
  // (chart, its legend's messages, the message its summary is made from with the shipped data)
  const expected = [
    ['segments', segments, 'segments-summary-peak-segment'],
    ['places', segments, 'places-lead-count'],
    ['pipeline', statuses, 'pipeline-summary-coming'],
    ['capacity', ['status-operational', 'capacity-pipeline'], 'capacity-summary'],
  ];
  for (const l of LANGUAGES.slice(1)) {
    const { context, page, record } = await open(`lang=${l.tag}&view=chart:segments`, { viewport: { width: 1280, height: 900 } });
    await page.waitForFunction((ids) => ids.every((id) => document.querySelector(`#chart-${id}`)?.__layout), CHARTS, { timeout: 20000 });
    await page.waitForFunction((t) => document.querySelector('#segments h2')?.textContent === t, l.w['segments-title'], { timeout: 20000 });
    const shown = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
      const figure = document.querySelector(`figure#${id}`);
      return [id, {
        title: figure.querySelector('h2').textContent,
        legend: document.querySelector(`#chart-${id}`).__layout.legend.map(([, , t]) => t),
        label: document.querySelector(`#chart-${id}`).getAttribute('aria-label'),
        summary: figure.querySelector('.summary').textContent,
        text: figure.innerText,
      }];
    })), CHARTS);
    for (const [id, legend, summary] of expected) {
      const s = shown[id];
      assert.equal(s.title, l.w[`${id}-title`], `${l.tag} ${id}: title`);
      assert.deepEqual(s.legend, legend.map((m) => l.w[m]), `${l.tag} ${id}: legend`);
      const part = fixedPart(l.w[summary]);
      assert.ok(part.length >= 4 && s.summary.includes(part), `${l.tag} ${id}: summary "${s.summary}" says "${part}"`);
      assert.ok(s.label.startsWith(s.summary), `${l.tag} ${id}: the canvas says its summary`);
      for (const m of [`${id}-title`, 'chart-source-plants', legend[0]]) {
        assert.ok(!s.text.includes(en[m]), `${l.tag} ${id}: English "${en[m]}" left in ${s.text}`);
      }
    }
    // The choices are in the language, and choosing one changes the chart.
    for (const m of ['places-by-country', 'places-by-region', 'places-measure-count', 'places-measure-money', 'capacity-battery', 'capacity-vehicles']) {
      assert.equal(await page.getByRole('button', { name: l.w[m], exact: true }).count(), 1, `${l.tag}: the choice "${l.w[m]}"`);
    }
    await page.getByRole('button', { name: l.w['places-by-region'], exact: true }).click();
    await page.waitForFunction((t) => document.querySelector('#places .subtitle').textContent === t, l.w['places-subtitle-count-region'], { timeout: 10000 });
    await page.getByRole('button', { name: l.w['capacity-vehicles'], exact: true }).click();
    await page.waitForFunction((t) => document.querySelector('#capacity .subtitle').textContent.includes(t), l.w['capacity-kind-vehicles'], { timeout: 10000 });
    await page.screenshot({ path: join(ARTIFACTS, `lang-${l.tag}-charts.png`), fullPage: true });
    assert.deepEqual(record.errors, []);
    await context.close();
  }
});
