// The service worker: after one visit over http(s) the atlas reloads with the network off. Written to
// dist/sw.js by scripts/offline.sh, which fills in the build's files and a version from their contents.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `ev-atlas-${VERSION}`;
// The only files whose names do not change with their contents (scripts/hash-names.sh): always asked of
// the network first, so a new build is picked up on the next online visit.
const PLAIN = new Set(['./', 'index.html', 'manifest.webmanifest', 'icon.svg'].map((f) => new URL(f, location).pathname));
// The app's own page. Other pages beside it (plants.html, the single file) are not the app: kept under
// their own address, so that visiting one never replaces the page the atlas reloads offline.
const PAGE = new Set(['./', 'index.html'].map((f) => new URL(f, location).pathname));

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ev-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// From the network, kept in the cache under `key`; from the cache when offline.
const networkFirst = (request, key) =>
  fetch(request)
    .then((r) => {
      if (r.ok) {
        const copy = r.clone();
        caches.open(CACHE).then((c) => c.put(key, copy));
      }
      return r;
    })
    .catch(() => caches.match(key, { ignoreSearch: true }));

// The page itself (and its web manifest and icon) from the network first, from the cache when offline;
// everything else (named by its content hash, so it never changes under its name) from the cache first.
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  if (e.request.mode === 'navigate') {
    e.respondWith(networkFirst(e.request, PAGE.has(url.pathname) ? './' : url.pathname));
    return;
  }
  if (PLAIN.has(url.pathname)) {
    e.respondWith(networkFirst(e.request, url.pathname));
    return;
  }
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((hit) => hit || fetch(e.request)));
});
