// Benchmark: filter → every view redrawn, with 100,000 plants (`?n=100000`) in the full atlas, headless
// Chromium at 1280×900. Each step picks a segment in the filter panel (as a reader does) and is timed
// in the page from the change to the next frame after it was handled: the selection, the map, the five
// charts, the key figures and the table are all redrawn in that one task.
// Usage: node scripts/bench-filter.mjs [runs=3]   (after `trunk build --release`; serves dist/ itself)
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 3);
const server = await serve(join(ROOT, 'dist'), {});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = [];
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}?n=100000`);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 30000 });
  await page.locator('#show-charts').click();
  await page.waitForSelector('#filter-panel', { timeout: 30000 });
  await page.waitForFunction(() => /100,000/.test(document.querySelector('#table-rows')?.innerText || ''), null, { timeout: 30000 });
  for (const value of ['battery_cells', 'vehicle_assembly', '', 'components', 'battery_materials', '']) {
    times.push(await page.evaluate(async (value) => {
      const rows = document.querySelector('#table-rows').innerText;
      const select = document.querySelector('#filter-segment');
      const t = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => {
          // The table, the charts and the map are redrawn in the one task that handles the change: once
          // the table's count has changed, the next frame shows them all.
          if (document.querySelector('#table-rows').innerText !== rows) requestAnimationFrame(() => resolve());
          else setTimeout(check, 0);
        };
        check();
      });
      return performance.now() - t;
    }, value));
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`filter → every view redrawn, 100,000 plants: median ${median(times).toFixed(0)} ms over ${times.length} changes (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
