// Shared set-up for the browser tests: serve dist/ on loopback, launch Debian's Chromium headless through
// playwright-core, and record console errors and every request a page makes.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function startServer(options = {}) {
  return serve(DIST, { ...options, routes: { '/fixtures/': join(ROOT, 'tests', 'browser', 'fixtures'), ...(options.routes || {}) } });
}

export async function launch() {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Any request that is not to loopback goes to a closed local port and fails.
      '--proxy-server=http://127.0.0.1:9',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

/** A new page that records console errors, page errors and the origin of every request. */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') record.errors.push(m.text());
  });
  page.on('pageerror', (e) => record.errors.push(String(e)));
  context.on('request', (r) => record.requests.push(r.url()));
  return { context, page, record };
}

/** Waits until the page (or frame) has marked `app-ready`; returns the mark's time in ms. */
export async function waitReady(frame, timeout = 20000) {
  await frame.waitForFunction(
    () => performance.getEntriesByName('app-ready').length > 0 || window.__benchError,
    null,
    { timeout },
  );
  const error = await frame.evaluate(() => window.__benchError || null);
  if (error) throw new Error(`the app reported a fatal error: ${error}`);
  return frame.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
}

/**
 * Reads a canvas back and describes its pixels: how many differ from the top-left (background) pixel,
 * and how many distinct colours there are (quantised).
 */
export async function canvasStats(frame, selector) {
  return frame.evaluate((sel) => {
    const c = document.querySelector(sel);
    if (!c) return null;
    const ctx = c.getContext('2d');
    const { width, height } = c;
    const data = ctx.getImageData(0, 0, width, height).data;
    const bg = [data[0], data[1], data[2]];
    let differing = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 24) differing++;
      colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    }
    const rect = c.getBoundingClientRect();
    return {
      width,
      height,
      cssWidth: rect.width,
      cssHeight: rect.height,
      clientWidth: c.clientWidth,
      clientHeight: c.clientHeight,
      differing,
      share: differing / (width * height),
      colours: colours.size,
    };
  }, selector);
}

/** Counts pixels of a canvas close to an sRGB colour (hex). */
export async function countColour(frame, selector, hex, tolerance = 30) {
  return frame.evaluate(
    ([sel, hex, tol]) => {
      const c = document.querySelector(sel);
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - want[0]) + Math.abs(d[i + 1] - want[1]) + Math.abs(d[i + 2] - want[2]) <= tol) n++;
      }
      return n;
    },
    [selector, hex, tolerance],
  );
}

export function foreignRequests(requests, origin) {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** One loopback server and one browser for a test file: `env.server.url`, `env.browser`. */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The rows of a CSV text as objects by header (RFC 4180 quoting), for counting independently of the app. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])));
}

/** Whether two {x0,y0,x1,y1} or {x,y,w,h} boxes overlap. */
/** The plants of the shipped data file, read here (independently of the app). */
export const PLANTS = parseCsv(readFileSync(join(ROOT, 'data', 'facilities.csv'), 'utf8'));
/** Every source of every plant (data/sources.csv), read here. */
export const SOURCES = parseCsv(readFileSync(join(ROOT, 'data', 'sources.csv'), 'utf8'));

export function overlaps(a, b) {
  const box = (r) => ('w' in r ? { x0: r.x, y0: r.y, x1: r.x + r.w, y1: r.y + r.h } : r);
  const [p, q] = [box(a), box(b)];
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}
