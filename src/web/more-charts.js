// See index.html, "More charts". External, not inline: the CSP.
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
