// Accessibility, as axe-core (npm @axe-core/playwright) checks it: no violation of any impact on every
// view (the first view, the map, the full atlas's charts, the table, the sources, the story, an embed), in
// light and dark, in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useBrowser, waitReady } from './lib.mjs';

const env = useBrowser();

const VIEWS = [
  ['the first view', ''],
  ['the map', 'view=map'],
  ['the charts', 'view=chart:places'],
  ['the table', 'view=table'],
  ['the sources', 'view=sources'],
  ['the story', 'view=story'],
  ['an embed', 'view=chart:places&embed=1'],
];
const RUNS = ['en', 'zh-CN', 'pt-BR'].flatMap((lang) => ['light', 'dark'].map((colorScheme) => ({ lang, colorScheme })));

for (const { lang, colorScheme } of RUNS) {
  test(`axe: no violations on any view, ${lang}, ${colorScheme}`, async () => {
    const { context, page } = await openPage(env.browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    const found = [];
    for (const [name, hash] of VIEWS) {
      const address = [hash, lang === 'en' ? '' : `lang=${lang}`].filter(Boolean).join('&');
      await page.goto(`${env.server.url}${address ? `#${address}` : ''}`);
      await waitReady(page);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 20000 });
      // The views the full atlas draws: wait for them (the first view's take-over, the charts' layouts).
      if (hash) await page.waitForFunction(() => document.querySelector('.views, .story-page, #embed'), null, { timeout: 20000 });
      await page.waitForTimeout(300);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) {
        found.push(`${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
      await page.goto('about:blank');
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}

test('forced colours (Windows high contrast): legend keys keep their colours, a pressed button and the focus are outlined', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${env.server.url}#view=chart:places`);
  await waitReady(page);
  await page.waitForSelector('.choice[aria-pressed="true"]', { timeout: 20000 });
  const style = (selector, props) => page.$$eval(selector, (els, props) => els.map((e) => {
    const s = getComputedStyle(e);
    return Object.fromEntries(props.map((p) => [p, s[p]]));
  }), props);
  // The map's four segment keys: four different colours still (forced colours would paint them all Canvas).
  const keys = await style('#facility-map .legend .swatch', ['backgroundColor']);
  assert.equal(new Set(keys.map((k) => k.backgroundColor)).size, 4, JSON.stringify(keys));
  const pressed = await style('.choice[aria-pressed="true"]', ['outlineStyle', 'outlineWidth']);
  const unpressed = await style('.choice[aria-pressed="false"]', ['outlineStyle']);
  assert.ok(pressed.length > 0 && pressed.every((p) => p.outlineStyle === 'solid' && parseFloat(p.outlineWidth) >= 2), JSON.stringify(pressed));
  assert.ok(unpressed.length > 0 && unpressed.every((p) => p.outlineStyle === 'none'), JSON.stringify(unpressed));
  // The focus, on the map and on a chart, reached by the keyboard.
  for (const selector of ['#map', '#chart-places']) {
    await page.locator(selector).focus();
    await page.keyboard.press('Shift');
    const [f] = await style(selector, ['outlineStyle', 'outlineWidth']);
    assert.ok(f.outlineStyle === 'solid' && parseFloat(f.outlineWidth) >= 3, `${selector}: ${JSON.stringify(f)}`);
  }
  await context.close();
});
