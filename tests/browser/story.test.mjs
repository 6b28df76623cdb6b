// Story mode (`#view=story&step=N`): every step by link, with its title, its words and its citations as
// data/story.csv gives them (read here, independently of the app); Previous/Next, the progress dots, the
// keys and a swipe; the step in the address (back and forward, reload, an embed of one step); the polite
// live region; a reduced-motion run; out-of-range steps; phone and desktop screenshots, light and dark. And
// in Chinese and Portuguese (`#lang=`): a step's words, its note on the chart, the live region, the
// controls and the sources' dates in that language, as i18n/<tag>.ftl gives them, numbers written its way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openPage, waitReady, parseCsv, ROOT, ARTIFACTS } from './lib.mjs';

const env = useBrowser();
const STEPS = parseCsv(readFileSync(join(ROOT, 'data', 'story.csv'), 'utf8'));
const N = STEPS.length;
const stepOf = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('step'));
const shown = async (page, n) => {
  await page.waitForFunction((t) => document.querySelector('#story-step-title')?.textContent === t, STEPS[n - 1].title, { timeout: 20000 });
  assert.equal(await page.locator('.story-step[aria-current="step"] .story-count').innerText(), `Step ${n} of ${N}`);
};

test('the story has 8 to 10 steps, and each step by its link shows its words and its citations', async () => {
  assert.ok(N >= 8 && N <= 10, `${N} steps`);
  // (Below 960 px: the stepper, one step on the page; wide screens read it as one page, tested below.)
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 900, height: 900 } });
  for (const s of STEPS) {
    await page.goto(`${env.server.url}#view=story&step=${s.step}`);
    await shown(page, Number(s.step));
    const body = await page.locator('.story-body').innerText();
    // The words as written, but for the counts the app fills in: each {count:…} becomes a number.
    const pattern = new RegExp('^' + s.text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{count:[^}]*\}/g, '\\d+') + '$');
    assert.match(body, pattern, `step ${s.step}`);
    assert.doesNotMatch(body, /\{count:|TODO|verify/i);
    const links = await page.locator('.story-sources a').evaluateAll((as) => as.map((a) => ({ href: a.href, text: a.textContent })));
    assert.ok(links.length >= 1, `step ${s.step} cites a source`);
    for (const l of links) assert.match(l.href, /^https?:\/\//, `step ${s.step}: ${l.text}`);
    // The live region says what the chart and map now show, as the story file words it (counts filled).
    const live = await page.locator('#story-live').innerText();
    const said = new RegExp('^' + s.announce.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{count:[^}]*\}/g, '\\d+') + '$');
    assert.match(live, said, `step ${s.step}: live region`);
    assert.equal(await page.locator('#story-live').getAttribute('aria-live'), 'polite');
    assert.equal(await stepOf(page), s.step, 'the step stays in the address');
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('Previous/Next, the dots, the keys and a swipe move through the steps; back and forward too; focus stays', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 900, height: 900 }, hasTouch: true });
  await page.goto(`${env.server.url}#view=story`);
  await shown(page, 1);
  assert.equal(await page.locator('#story-prev').isDisabled(), true);
  await page.locator('#story-next').click();
  await shown(page, 2);
  assert.equal(await stepOf(page), '2');
  // The focus stays on the button the reader pressed.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'story-next');
  await page.locator('.story-nav .dot').nth(4).click();
  await shown(page, 5);
  assert.equal(await page.locator('.story-nav .dot').nth(4).getAttribute('aria-current'), 'step');
  await page.locator('body').press('ArrowRight');
  await shown(page, 6);
  await page.keyboard.press('PageUp');
  await shown(page, 5);
  await page.keyboard.press('ArrowLeft');
  await shown(page, 4);
  // Back and forward step through them.
  await page.goBack();
  await shown(page, 5);
  await page.goBack();
  await shown(page, 6);
  await page.goForward();
  await shown(page, 5);
  // A swipe to the left on the text: the next step (CDP touch events).
  const box = await page.locator('.story-text').boundingBox();
  const cdp = await context.newCDPSession(page);
  const y = box.y + 40;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width - 20, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + 100, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await shown(page, 6);
  // The last step has no Next.
  await page.goto(`${env.server.url}#view=story&step=${N}`);
  await shown(page, N);
  assert.equal(await page.locator('#story-next').isDisabled(), true);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a step drives the live chart and map: its filters, its plant, its chart', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  for (const s of STEPS) {
    await page.goto(`${env.server.url}#view=story&step=${s.step}`);
    await shown(page, Number(s.step));
    const view = new URLSearchParams(s.view);
    const chart = (view.get('view') || '').startsWith('chart:') ? view.get('view').slice(6) : null;
    if (chart) await page.waitForSelector(`.story-graphic #chart-${chart}`, { timeout: 10000 });
    if (chart === 'home-abroad' && s.annotation) {
      // The step's note is drawn on the canvas, by the step's year.
      const note = await page.waitForFunction(() => document.querySelector('.story-graphic #chart-home-abroad')?.__layout?.annotation, null, { timeout: 10000 });
      assert.equal(await note.jsonValue(), s.annotation, `step ${s.step}: the note on the chart`);
    }
    if (view.get('view') !== null && view.get('view').startsWith('chart:')) continue;
    await page.waitForSelector('.story-graphic #map', { timeout: 10000 });
    const focus = view.get('focus');
    if (focus) {
      // The step's plant is named in its tooltip, which stays inside the map and off its buttons.
      await page.waitForSelector('.story-graphic #facility-map .tooltip', { timeout: 10000 });
      // (A link to another step of the same page is a fragment change: the map moves when the step opens.)
      await page.waitForFunction(() => {
        const t = document.querySelector('#facility-map .tooltip').getBoundingClientRect();
        const m = document.querySelector('#map').getBoundingClientRect();
        return t.top >= m.top && t.bottom <= m.bottom;
      }, null, { timeout: 3000 }).catch(() => {});
      const [tip, map, buttons] = await page.evaluate(() => [
        document.querySelector('#facility-map .tooltip').getBoundingClientRect().toJSON(),
        document.querySelector('#map').getBoundingClientRect().toJSON(),
        [...document.querySelectorAll('#facility-map .map-controls button, #facility-map .map-toolbar button')].map((b) => b.getBoundingClientRect().toJSON()),
      ]);
      assert.ok(tip.top >= map.top && tip.bottom <= map.bottom, `step ${s.step}: the tooltip ${JSON.stringify(tip)} inside the map ${JSON.stringify(map)}`);
      for (const b of buttons) {
        const apart = tip.right <= b.left || b.right <= tip.left || tip.bottom <= b.top || b.bottom <= tip.top;
        assert.ok(apart, `step ${s.step}: the tooltip covers a map button`);
      }
      const name = (await import('./lib.mjs')).PLANTS.find((p) => p.id === focus).company;
      assert.match(await page.locator('#facility-map .tooltip').innerText(), new RegExp(name.split(' ')[0]));
    }
    const country = view.get('country');
    if (country) {
      // The map shows exactly the step's plants: the filter count says how many.
      const want = (await import('./lib.mjs')).PLANTS.filter((p) => country.split(',').includes(p.host_country) && (!view.get('segment') || p.segment === view.get('segment'))).length;
      await page.waitForFunction((n) => (document.querySelector('#map').__dots || []).length === n, want, { timeout: 10000 });
    }
  }
  await context.close();
});

test('out-of-range steps show the first or the last step and name the parameter; never a blank page', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  for (const [raw, n, says] of [['0', 1, /step=0 is before the first step/], ['99', N, new RegExp(`step=99 is past the last step \\(${N}\\)`)], ['abc', 1, /step=abc is not a step number/]]) {
    await page.goto(`${env.server.url}#view=story&step=${raw}`);
    await shown(page, n);
    assert.match(await page.locator('#address-notice').innerText(), says);
  }
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('one step embeds on its own, reloads into itself, and reads well at 320 px; reduced motion; light and dark', async () => {
  for (const [w, h, theme] of [[320, 720, 'light'], [390, 844, 'dark'], [1280, 860, 'light'], [1280, 860, 'dark']]) {
    const { context, page, record } = await openPage(env.browser, { viewport: { width: w, height: h }, colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(`${env.server.url}#view=story&step=5&embed=1`);
    await shown(page, 5);
    await waitReady(page);
    assert.equal(await page.locator('.masthead').isVisible(), false, 'the embed layout');
    await page.reload();
    await shown(page, 5);
    assert.equal(await stepOf(page), '5');
    // Nothing wider than the screen.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= w, `${w} px: the page is ${wide} px wide`);
    // Reduced motion: the next step is a cut (the new words at once).
    await page.locator('#story-next').click();
    await shown(page, 6);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => k <= N)) {
      if (w === 1280 || n <= 3 || w === 320) {
        await page.goto(`${env.server.url}#view=story&step=${n}&embed=1`);
        await shown(page, n);
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(ARTIFACTS, `story-step${n}-${w}-${theme}.png`), fullPage: true });
      }
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  }
});

test('on a wide screen the story reads as one page: scrolling to a step shows it, a link scrolls to it, the switch goes to the stepper', async () => {
  const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#view=story&step=2`);
  await shown(page, 2);
  await page.waitForSelector('.story.scrolly');
  assert.equal(await page.locator('#story-mode').getAttribute('aria-pressed'), 'true', 'one page is how a wide screen reads it');
  assert.equal(await page.locator('.story.scrolly .story-step').count(), N, 'every step on the page');
  const current = () => page.evaluate(() => document.querySelector('.story-step[aria-current="step"] h2')?.textContent);
  // The step shown is brought to the middle of the window.
  await page.waitForFunction(() => {
    const r = document.querySelector('#step-2').getBoundingClientRect();
    return r.top <= innerHeight / 2 && r.bottom >= innerHeight / 2;
  }, null, { timeout: 5000 });
  // The reader scrolls to step 6: it is shown, and the address says so.
  await page.evaluate(() => document.querySelector('#step-6').scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('step') === '6', null, { timeout: 5000 });
  assert.equal(await current(), STEPS[5].title);
  // The graphic stays in view while the words scroll.
  const graphic = await page.locator('.story-graphic').boundingBox();
  assert.ok(graphic.y >= 0 && graphic.y < 50, `the graphic sticks: y = ${graphic.y}`);
  // A link to another step scrolls there.
  await page.evaluate(() => { location.hash = 'view=story&step=3'; });
  await page.waitForFunction(() => {
    const r = document.querySelector('#step-3').getBoundingClientRect();
    return r.top <= innerHeight / 2 && r.bottom >= innerHeight / 2;
  }, null, { timeout: 5000 });
  assert.equal(await current(), STEPS[2].title);
  // Back to the stepper, on the step the address says (the switch stays in reach: pressing it scrolls nowhere).
  await page.locator('#story-mode').click();
  await shown(page, 3);
  assert.equal(await stepOf(page), '3');
  assert.equal(await page.locator('.story-step').count(), 1);
  assert.deepEqual(record.errors, []);
  await context.close();
});

// A catalog's story words (`story-<n>-<field> = …`, one line each), read here from i18n/<tag>.ftl: each
// `{ "{count:…}" }` (a Fluent string literal) is the app's placeholder.
const wordsOf = (tag) => {
  const words = {};
  for (const line of readFileSync(join(ROOT, 'i18n', `${tag}.ftl`), 'utf8').split('\n')) {
    const m = line.match(/^story-(\d+)-(title|text|annotation|announce) = (.*)$/);
    if (m) (words[m[1]] ??= {})[m[2]] = m[3].replace(/\{ "(\{count:[^}]*\})" \}/g, '$1');
  }
  return words;
};
// The words as a pattern, each count a number.
const asPattern = (words) => new RegExp('^' + words.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{count:[^}]*\}/g, '\\d+') + '$');

for (const { tag, steps } of [
  {
    tag: 'zh-CN',
    steps: [
      { n: 1, count: '第1步，共9步', sources: '来源', numbers: ['US$160亿', 'US$150亿', '80%'], date: /，2025年8月17日/, next: '下一步 →' },
      { n: 5, count: '第5步，共9步', sources: '来源', numbers: ['55亿雷亚尔', '15万辆', '5万辆'], date: /，2025年10月/ },
    ],
  },
  {
    tag: 'pt-BR',
    steps: [
      { n: 2, count: 'Etapa 2 de 9', sources: 'Fontes', numbers: ['US$ 94 bi', 'US$ 90 bi', '49%', '36,5%'], date: /, 17 de agosto de 2025/, next: 'Próxima →' },
      { n: 5, count: 'Etapa 5 de 9', sources: 'Fontes', numbers: ['R$ 5,5 bilhões', '150.000', '50.000'], date: /, outubro de 2025/ },
    ],
  },
]) {
  test(`lang=${tag}: a step's words, note, live region, controls and sources are in the language, its numbers written its way`, async () => {
    const words = wordsOf(tag);
    assert.equal(Object.keys(words).length, N, `i18n/${tag}.ftl translates every step`);
    const { context, page, record } = await openPage(env.browser, { viewport: { width: 900, height: 900 } });
    for (const s of steps) {
      const w = words[s.n];
      await page.goto(`${env.server.url}#view=story&step=${s.n}&lang=${tag}`);
      await page.waitForFunction((t) => document.querySelector('#story-step-title')?.textContent === t, w.title, { timeout: 20000 });
      assert.notEqual(w.title, STEPS[s.n - 1].title, 'not the English title');
      assert.equal(await page.locator('.story-step[aria-current="step"] .story-count').innerText(), s.count);
      const body = await page.locator('.story-body').innerText();
      assert.match(body, asPattern(w.text), `step ${s.n}: the words of i18n/${tag}.ftl, counts filled`);
      assert.doesNotMatch(body, /\{count:|\$\d+ bn/);
      for (const n of s.numbers) assert.ok(body.includes(n), `step ${s.n}: "${n}" in ${body}`);
      assert.match(await page.locator('#story-live').innerText(), asPattern(w.announce), `step ${s.n}: the live region`);
      assert.equal(await page.locator('.story-sources > p').innerText(), s.sources);
      const cited = await page.locator('.story-sources a').allInnerTexts();
      assert.ok(cited.some((c) => s.date.test(c)), `step ${s.n}: a source's date as the language writes it: ${cited}`);
      if (s.next) assert.equal(await page.locator('#story-next').innerText(), s.next);
      if (w.annotation) {
        assert.equal(await page.locator('.story-annotation').innerText(), w.annotation);
        if (new URLSearchParams(STEPS[s.n - 1].view).get('view') === 'chart:home-abroad') {
          // The note drawn on the canvas is the translated one (on one or two lines).
          const note = await page.waitForFunction((a) => {
            const got = document.querySelector('.story-graphic #chart-home-abroad')?.__layout?.annotation;
            return got && got.replace(/\s/g, '') === a.replace(/\s/g, '') && got;
          }, w.annotation, { timeout: 10000 });
          assert.ok(await note.jsonValue());
        }
      }
    }
    // The reader changes the language: the step is read again in the new one, where it is.
    const other = tag === 'zh-CN' ? 'pt-BR' : 'zh-CN';
    const last = steps[steps.length - 1].n;
    await page.evaluate(([n, l]) => { location.hash = `view=story&step=${n}&lang=${l}`; }, [last, other]);
    await page.waitForFunction((t) => document.querySelector('#story-step-title')?.textContent === t, wordsOf(other)[last].title, { timeout: 20000 });
    assert.match(await page.locator('.story-body').innerText(), asPattern(wordsOf(other)[last].text));
    await page.evaluate((n) => { location.hash = `view=story&step=${n}&lang=en`; }, last);
    await shown(page, last);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}
