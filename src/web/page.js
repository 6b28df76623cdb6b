// The page's own script, put before trunk's loader by scripts/csp-boot.sh (one external file: the CSP
// allows no inline script or style), and before the single file's loader by scripts/single-file.mjs.
// 0. What can go wrong (README, "What can go wrong"), for both modules. Defined here, before the first view
//    starts, so that neither module has a JS snippet (a file without a content hash in its name).
//    A fault is said where the thing that could not load would have been, with a way on: Reload when the
//    host now serves a newer build (this page's loader is no longer in its page), else Try again.
const el = (tag, cls = '', text = '') => Object.assign(document.createElement(tag), { className: cls, textContent: text });
// This build's loader (boot-<hash>.js, this very file), by which a newer build's page is told from ours.
const loader = import.meta.url.replace(/.*\//, '');
const boot = /^boot/.test(loader) ? loader : '';
// The words, in the reader's language once the app has started (window.__evAtlasWords, formatted from the
// catalog by src/web/shared/lang.rs), in English before: the same as i18n/en.ftl (tests/catalogs.rs).
const T = (id, en) => window.__evAtlasWords?.[id] || en;
const PART = { 'facility-map': 'The detailed map', 'show-charts': 'The other charts', 'details-root': "The plant's details", 'sources-root': 'The sources', 'lang-picker': 'The language', 'plant-lists': 'The lists of plants' };
const SAY = {
  newer: () => [T('fault-newer', 'A newer version of the atlas has been published, and this part is only in it.'), T('fault-reload', 'Reload')],
  failed: (box) => [T(`fault-failed/${box}`, `${PART[box] || 'This part'} could not be loaded. The rest of the page still works.`), T('fault-retry', 'Try again')],
  slow: (box) => [T(`fault-slow/${box}`, `${PART[box] || 'This part'} is taking long to load.`), T('fault-retry', 'Try again')],
};
const newer = () =>
  boot ? fetch(location.pathname, { cache: 'no-store' }).then((r) => r.text()).then((t) => !t.includes(boot), () => false) : Promise.resolve(false);
const say = (box, what, retry) => {
  const at = document.getElementById(box);
  if (!at) return;
  at.previousElementSibling?.matches('.fault') && at.previousElementSibling.remove();
  if (!what) return;
  const [text, label] = SAY[what](box);
  const p = el('p', 'fault', `${text} `);
  p.setAttribute('role', 'alert');
  const b = p.appendChild(el('button', 'choice', label));
  b.type = 'button';
  b.onclick = () => (what === 'newer' ? location.reload() : (p.remove(), retry()));
  at.before(p);
};
// attempt(box, job, done): runs the promise `job()` until it gives a value, which goes to `done` once.
const attempt = (box, job, done) => {
  let over = false;
  const go = () => {
    const slow = setTimeout(() => say(box, 'slow', go), 10000);
    job().then(
      (v) => (clearTimeout(slow), say(box), over || ((over = true), done(v))),
      async (e) => (clearTimeout(slow), console.warn(`could not load what #${box} needs:`, e), say(box, (await newer()) ? 'newer' : 'failed', go)),
    );
  };
  go();
};
const files = () => window.__evAtlasFiles || {};
const url = (path, n) => {
  const u = new URL(files()[path] || path, document.baseURI);
  if (n && u.protocol.startsWith('http')) u.search = `retry=${n}`;
  return u.href;
};
// The second module (src/web/first/lazy.rs calls these): imported once, by its hashed name; after a failed
// import the next try asks for it anew (a failed import is remembered under its URL).
let second, tries = 0, taking = false;
const load = () =>
  (second ||= import(url('extras/extras.js', tries)).then(async (m) => (await m.default(), m)).catch((e) => {
    second = null;
    tries++;
    throw e;
  }));
window.__evAtlasRun = (name, args, box) => {
  // The full atlas takes over once (unless a file comes with it): after a failed try, its notice's Try
  // again is the way on, so that a second click never runs a second take-over beside the first.
  if (name === 'take_over' && !args[0]) {
    if (taking) return;
    taking = true;
  }
  attempt(box, load, (m) => m[name](...args));
};
window.__evAtlasCall = (name) => second?.then((m) => m[name]());
// A data file or the finer basemap: its bytes once they arrived whole. The name carries the first 16 hex
// digits of the file's SHA-256 (scripts/hash-names.sh): a truncated or damaged body is caught by it.
window.__evAtlasFetch = (path, box) =>
  new Promise((done) =>
    attempt(
      box,
      async () => {
        const u = url(path);
        const r = await fetch(u);
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        const b = await r.arrayBuffer();
        const want = /-([0-9a-f]{16})\.\w+$/.exec(u)?.[1];
        const got = want && crypto.subtle && [...new Uint8Array(await crypto.subtle.digest('SHA-256', b))];
        if (got && !got.map((x) => x.toString(16).padStart(2, '0')).join('').startsWith(want)) throw new Error(`${path} arrived damaged`);
        return new Uint8Array(b);
      },
      done,
    ),
  );
// A panic or an uncaught error: a notice at the top of the page (it covers nothing) with Reload and a
// report to copy; window.__benchError for tests and benchmarks. A browser without WebAssembly is told so.
window.__evAtlasFatal = (message) => {
  window.__benchError ||= message;
  if (document.getElementById('fatal')) return;
  const d = el('section', 'fatal');
  d.id = 'fatal';
  d.setAttribute('role', 'alert');
  d.append(el('h2', '', T('fault-stopped', 'Something went wrong, and the atlas stopped.')), el('p', '', T('fault-stopped-detail', 'Reloading the page usually helps. If it happens again, please send us this report:')));
  const report = d.appendChild(el('textarea', '', `Overseas EV Atlas ${boot || 'single file'}\n${location.href}\n${navigator.userAgent}\n${message}`));
  report.readOnly = true;
  report.setAttribute('aria-label', T('fault-report', 'Report'));
  const p = d.appendChild(el('p'));
  for (const [label, act] of [[T('fault-reload', 'Reload'), () => location.reload()], [T('fault-copy', 'Copy the report'), () => (report.select(), navigator.clipboard?.writeText(report.value))]]) {
    const b = p.appendChild(el('button', 'choice', label));
    b.type = 'button';
    b.onclick = act;
  }
  document.body.prepend(d);
};
if (!window.WebAssembly) {
  const p = el('p', 'fatal', 'This browser cannot run the interactive atlas (it has no WebAssembly). The key figures are above, and ');
  p.append(Object.assign(el('a', '', 'every plant is listed here'), { href: 'plants.html' }), '.');
  document.getElementById('app')?.append(p);
}
// ("ResizeObserver loop …" is no failure: the browser says it left a resize for the next frame.)
addEventListener('error', (e) => window.WebAssembly && !/^ResizeObserver loop/.test(e.message) && (e.error instanceof WebAssembly.RuntimeError || e.filename?.startsWith(location.origin)) && __evAtlasFatal(String(e.error || e.message)));
// 1. Tooltips carry their position as data-x / data-y (CSS px); it is set here through the CSSOM, as the
//    policy forbids style attributes.
//    It stays inside its box: above the point, else below it, else beside it (narrowed to the room there),
//    else below it past the box; never over the point it describes or the map's controls.
new MutationObserver(() => {
  for (const t of document.querySelectorAll('.tooltip[data-x]')) {
    const box = t.parentElement, x = +t.dataset.x, y = +t.dataset.y, W = box.clientWidth, H = box.clientHeight;
    t.style.maxWidth = '';
    let w = t.offsetWidth, h = t.offsetHeight;
    const c = box.querySelector('.map-controls');
    // Where the controls begin, on the rows from `top` down `h`.
    const end = (top) => (c && top < c.offsetTop + c.offsetHeight && top + h > c.offsetTop ? c.offsetLeft - 4 : W);
    let mode = y - h >= 0 ? 'above' : y + 16 + h <= H ? 'below' : 'side', left, top;
    if (mode === 'side') {
      const right = end(0) - x - 12, room = Math.max(right, x - 12);
      if (room < 160) mode = 'below';
      else {
        t.style.maxWidth = `${Math.min(room, 260)}px`;
        w = t.offsetWidth; h = t.offsetHeight;
        top = Math.max(0, Math.min(y - h / 2, H - h));
        left = (right >= w ? x + 12 : x - 12 - w) + w / 2;
        if (h > H) mode = 'below';
      }
    }
    if (mode !== 'side') {
      top = mode === 'above' ? y - h : y + 16;
      left = Math.max(w / 2, Math.min(x, end(top) - w / 2));
    }
    t.classList.toggle('below', mode !== 'above');
    t.style.left = `${left}px`;
    t.style.top = `${mode === 'above' ? y : top}px`;
  }
}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-x', 'data-y'] });
// 2. "More charts" (index.html): press "Show the charts" when the reader scrolls there by hand.
(() => {
  const s = document.getElementById('more-charts');
  if (!s || !('IntersectionObserver' in window)) return;
  const ev = ['wheel', 'touchmove', 'keydown'];
  const arm = (e) => {
    if (e.defaultPrevented || !document.documentElement.dataset.ready) return;
    ev.forEach((t) => removeEventListener(t, arm));
    const o = new IntersectionObserver((es) => {
      if (es.some((x) => x.isIntersecting)) {
        o.disconnect();
        document.getElementById('show-charts')?.click();
      }
    });
    o.observe(s);
  };
  ev.forEach((t) => addEventListener(t, arm, { passive: true }));
})();
// 3. Offline: a few seconds after the page has loaded, a service worker keeps this build's files (http(s)
//    only: from a file there is nothing to fetch anyway).
if (location.protocol.startsWith('http')) {
  const keep = () => setTimeout(() => navigator.serviceWorker?.register('sw.js').catch(() => {}), 3000);
  if (document.readyState === 'complete') keep();
  else addEventListener('load', keep);
}
// 4. A fragment changed from outside while the first view is shown (the reader edits the address, the host
//    page sets the frame's fragment): the full atlas opens it like a link. Once the atlas has taken over,
//    the button is gone and the atlas listens itself.
addEventListener('hashchange', () => document.getElementById('show-charts')?.click());
