// Benchmark: time from load to all five charts drawn, and the redraw time of all five on a container
// resize, in headless Chromium at 1280×900, DPR 1.
//   load → charts: navigation start → "Show the charts" pressed at app-ready → the full atlas has drawn
//   every chart (each canvas carries the layout it drew).
//   resize: the page's width is changed (as an embed's container would be); timed from the change to
//   every chart having drawn at its new width.
// Usage: node scripts/bench-charts.mjs [runs=5]   (after `trunk build --release`; serves dist/ itself)
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const server = await serve(join(ROOT, 'dist'), {});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const IDS = ['home-abroad', 'segments', 'places', 'pipeline', 'capacity'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = [];
const afterClick = [];
const resize = [];
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const clicked = await page.evaluate(() => performance.now());
  await page.locator('#show-charts').click();
  await page.waitForFunction((ids) => document.querySelector('#app[data-atlas=full]') && ids.every((id) => document.querySelector(`#chart-${id}`)?.__layout), IDS, { polling: 'raf' });
  const done = await page.evaluate(() => performance.now());
  load.push(done);
  afterClick.push(done - clicked);
  for (const width of ['900px', '1100px', '700px', '1000px', '']) {
    resize.push(await page.evaluate(async ({ ids, width }) => {
      const before = ids.map((id) => document.querySelector(`#chart-${id}`).__layout);
      const t = performance.now();
      document.body.style.width = width;
      await new Promise((resolve) => {
        const check = () => (ids.every((id, k) => document.querySelector(`#chart-${id}`).__layout !== before[k]) ? resolve() : setTimeout(check, 0));
        check();
      });
      return performance.now() - t;
    }, { ids: IDS, width }));
  }
  await context.close();
}
await browser.close();
server.close();
const f = (x) => x.toFixed(0);
console.log(`load → all 5 charts drawn: median ${f(median(load))} ms (${load.map(f).join(', ')}); of which "Show the charts" → drawn: median ${f(median(afterClick))} ms`);
console.log(`resize → all 5 charts redrawn: median ${median(resize).toFixed(1)} ms over ${resize.length} resizes (min ${Math.min(...resize).toFixed(1)}, max ${Math.max(...resize).toFixed(1)})`);
