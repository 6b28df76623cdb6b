// The atlas by keyboard alone, in each language: open the map's plants by region and country, find the
// Hungarian battery plants (the map follows), open CATL Debrecen, reach its source, close it (the focus
// comes back), filter a chart by one of its bars and clear the filter; go back up the lists with Escape.
// No pointer event is fired on the page: a counter on the document says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, openPage, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();
const words = (tag) => Object.fromEntries(
  readFileSync(join(ROOT, 'i18n', `${tag}.ftl`), 'utf8').split('\n').map((l) => l.match(/^([a-z0-9-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
);

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a?.tagName, code: a?.dataset?.code ?? null, text: a?.innerText ?? '', inPanel: !!a?.closest('#facility-details'), source: !!a?.closest('#facility-details .sources, #facility-details ol.citations') && a.tagName === 'A' };
});

/** Presses Tab until `want` holds of the focused element (at most `max` times). */
async function tabTo(page, want, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`not reached in ${max} Tabs; at ${JSON.stringify(await focused(page))}`);
}

for (const lang of ['en', 'zh-CN', 'pt-BR']) {
  test(`keyboard only, ${lang}: regions → Hungary → CATL Debrecen → its source → back; a chart filtered and cleared`, async () => {
    const w = words(lang);
    const { context, page, record } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.server.url}#view=map&lang=${lang}`);
    await waitReady(page);
    await page.waitForSelector('#app[data-atlas="full"] #facility-map .browse > summary', { timeout: 20000 });
    await page.evaluate(() => {
      window.__pointerEvents = 0;
      for (const t of ['pointerdown', 'mousedown', 'touchstart']) document.addEventListener(t, () => window.__pointerEvents++, true);
    });
    // The lists, in the reader's words.
    const browse = page.locator('#app[data-atlas="full"] #facility-map .browse > summary');
    assert.equal(await browse.innerText(), w['browse-title']);
    await browse.focus();
    await page.keyboard.press('Enter');
    // Europe's region, then Hungary in it; the map shows Hungary's plants.
    const europe = await tabTo(page, (f) => f.code === 'europe');
    assert.ok(europe.text.startsWith(w['region-europe']), `${europe.text} names ${w['region-europe']}`);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.code === 'HU');
    await page.waitForTimeout(400);
    const hungary = await page.evaluate(() => {
      const c = document.querySelector('#map');
      return c.__dots.filter((d) => d.x >= 0 && d.x <= c.clientWidth && d.y >= 0 && d.y <= c.clientHeight).map((d) => d.id);
    });
    assert.ok(hungary.includes('F014') && hungary.length < 60, `the map shows Hungary: ${hungary.length} plants in view`);
    await page.keyboard.press('Enter');
    // Its first plant is CATL Debrecen (the largest investment); it is pointed out on the map.
    const catl = await tabTo(page, (f) => f.tag === 'BUTTON', 3);
    assert.match(catl.text, /^CATL, Debrecen/);
    await page.locator('#facility-map .tooltip').waitFor({ state: 'visible', timeout: 3000 });
    // Enter opens it; the panel has the focus; its first source link is reached by Tab.
    await page.keyboard.press('Enter');
    await page.locator('#facility-details').waitFor({ state: 'visible', timeout: 5000 });
    await page.waitForFunction(() => document.activeElement?.closest('#facility-details'), null, { timeout: 3000 });
    const source = await tabTo(page, (f) => f.source);
    assert.ok(source.inPanel);
    await page.screenshot({ path: join(ARTIFACTS, `keyboard-${lang}.png`) });
    // Escape closes it and gives the focus back to CATL Debrecen.
    await page.keyboard.press('Escape');
    await page.locator('#facility-details').waitFor({ state: 'detached', timeout: 3000 });
    assert.match((await focused(page)).text, /^CATL, Debrecen/);
    // Escape goes back up: Hungary's list closes (focus on its summary), then Europe's.
    await page.keyboard.press('Escape');
    assert.equal((await focused(page)).code, 'HU');
    await page.keyboard.press('Escape');
    assert.equal((await focused(page)).code, 'europe');
    assert.equal(await page.locator('#facility-map details.browse-group[open]').count(), 0);
    // A chart: a bar chosen with the arrow keys filters every view, Escape clears it.
    await page.locator('#chart-places').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.filter-bar .chip').length > 0, null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('.filter-bar .chip').length === 0, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__pointerEvents), 0, 'no pointer event');
    assert.deepEqual(record.errors, []);
    await context.close();
  });
}
