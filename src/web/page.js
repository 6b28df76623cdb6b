// The page's own script, put before trunk's loader by scripts/csp-boot.sh (one external file: the CSP
// allows no inline script or style), and before the single file's loader by scripts/single-file.mjs.
// 0. The second module is loaded by a dynamic import() of its hashed name (src/web/first/lazy.rs): defined
//    here, before the first view starts, so that the first view has no JS snippet (a file without a
//    content hash in its name).
window.__evAtlasImport = (path) => import(new URL(path, document.baseURI).href);
// 1. Tooltips carry their position as data-x / data-y (CSS px); it is set here through the CSSOM, as the
//    policy forbids style attributes.
new MutationObserver(() => {
  for (const t of document.querySelectorAll('.tooltip[data-x]')) {
    t.style.left = `${t.dataset.x}px`;
    t.style.top = `${t.dataset.y}px`;
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
