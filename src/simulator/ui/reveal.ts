/**
 * Brings the part of the simulator a person needs next into view, below the site's header and the
 * pinned task bar and above the bottom of the visible viewport (which shrinks while an on-screen
 * keyboard is up). One scroll, the least that does it: `first` (a new screen's heading), when out of
 * view, is put at the top if it can be, but never at the cost of `must` (the next control, or the field
 * being typed in).
 */
const GAP = 8;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The top of the free band: below the page's fixed header (the root's scroll padding), or a pinned bar. */
function bandTop(bar: HTMLElement | null): number {
  const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  if (!bar || getComputedStyle(bar).position !== 'sticky') return header;
  // Once stuck, the bar sits at its `top` (below the header); its own height comes on top of that.
  return (parseFloat(getComputedStyle(bar).top) || 0) + bar.offsetHeight + GAP;
}

function bandBottom(): number {
  const visible = window.visualViewport;
  return (visible ? visible.offsetTop + visible.height : window.innerHeight) - GAP;
}

export function reveal(bar: HTMLElement | null, first: HTMLElement | null, must: HTMLElement | null): void {
  const top = bandTop(bar);
  const bottom = bandBottom();
  const heading = first?.getBoundingClientRect();
  // A heading already in the band stays where it is (on a wide screen the instruction is just above it).
  let delta = heading && (heading.top < top || heading.bottom > bottom) ? heading.top - top : 0;
  if (must) {
    const box = must.getBoundingClientRect();
    // Too far down: lift it to the bottom edge; too far up (or taller than the band): its top to the top edge.
    if (box.bottom - delta > bottom) delta = box.bottom - bottom;
    if (box.top - delta < top) delta = box.top - top;
  }
  if (Math.abs(delta) < 1) return;
  window.scrollBy({ top: delta, behavior: reducedMotion() ? 'instant' : 'smooth' });
}
