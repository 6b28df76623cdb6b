// Presses "Show the charts" when the reader scrolls to the placeholder section (index.html), so the full
// atlas draws the other charts without a click. It watches only once the reader has scrolled by hand
// (wheel, touch or keys that were not the map's own), after the first view is drawn: a link that
// scrolls to the map, or an empty page at load, does not load the rest. External, not inline: the CSP.
(() => {
  const section = document.getElementById('more-charts');
  if (!section || !('IntersectionObserver' in window)) return;
  const events = ['wheel', 'touchmove', 'keydown'];
  const arm = (e) => {
    if (e.defaultPrevented || !document.documentElement.dataset.ready) return;
    events.forEach((t) => removeEventListener(t, arm));
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((x) => x.isIntersecting)) {
        seen.disconnect();
        document.getElementById('show-charts')?.click();
      }
    });
    seen.observe(section);
  };
  events.forEach((t) => addEventListener(t, arm, { passive: true }));
})();
