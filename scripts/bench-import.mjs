// Benchmark: how long the atlas takes to read and check a 100,000-row CSV of facilities in headless
// Chromium (the `import-parse` measure: file chosen → every row checked, yields to the page included).
// Usage: node scripts/bench-import.mjs [runs=5]   (after `trunk build --release`; serves dist/ itself)
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const example = await readFile(join(ROOT, 'data', 'example-facilities.csv'), 'utf8');
const header = example.split('\n')[0];
const rows = [header];
for (let i = 0; i < 100000; i++) {
  const lat = (-30 + ((i * 7919) % 9000) / 100).toFixed(3);
  const lon = (-120 + ((i * 104729) % 24000) / 100).toFixed(3);
  rows.push(`R${i},Company ${i % 500},CN,battery_cells,US,Site ${i},${lat},${lon},operational,2022,2025-01,,,,,,,,chinese_owned,https://example.org/${i},a quote,,`);
}
const path = join(await mkdtemp(join(tmpdir(), 'ev-atlas-bench-')), 'big.csv');
await writeFile(path, rows.join('\n'));

const server = await serve(join(ROOT, 'dist'), {});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const parse = [];
const drawn = [];
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const t0 = Date.now();
  await page.setInputFiles('#data-file', path);
  await page.waitForFunction(() => /Loaded 100000/.test(document.querySelector('#your-data .import-status')?.innerText || ''), null, { timeout: 60000 });
  // One more frame: the map has drawn the new data.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  drawn.push(Date.now() - t0);
  parse.push(await page.evaluate(() => performance.getEntriesByName('import-parse').at(-1).duration));
  await context.close();
}
await browser.close();
server.close?.();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`100,000-row CSV (${(rows.join('\n').length / 1e6).toFixed(1)} MB), ${runs} runs`);
console.log(`  read + checked (import-parse): median ${median(parse).toFixed(0)} ms, all ${parse.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`  file chosen → drawn (incl. second module load on the first file): median ${median(drawn)} ms, all ${drawn.join(' ')}`);
process.exit(0);
