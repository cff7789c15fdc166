/**
 * Brings the part of the simulator a person needs next into view, below the site's header and the
 * pinned task bar and above the bottom of the visible viewport (which shrinks while an on-screen
 * keyboard is up). One scroll, the least that does it: `first` (a new screen's heading), when out of
 * view, is put at the top if it can be, but never at the cost of `must` (the next control, or the field
 * being typed in). Inside an open modal dialog (drawn over the viewport, scrolling on its own) the same
 * rule scrolls the dialog instead, below what it pins at its top (`data-pinned`, its status line).
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

/** The band inside a modal dialog: below its pinned part, above its bottom edge and the visible viewport's. */
function dialogBand(dialog: HTMLDialogElement): { top: number; bottom: number } {
  const box = dialog.getBoundingClientRect();
  const pinned = dialog.querySelector<HTMLElement>('[data-pinned]');
  const top = pinned ? Math.max(box.top, pinned.getBoundingClientRect().bottom) : box.top;
  return { top: top + GAP, bottom: Math.min(box.bottom, bandBottom() + GAP) - GAP };
}

export function reveal(bar: HTMLElement | null, first: HTMLElement | null, must: HTMLElement | null): void {
  const dialog = (must ?? first)?.closest('dialog');
  const inDialog = dialog?.matches(':modal') ? dialog : null;
  const { top, bottom } = inDialog ? dialogBand(inDialog) : { top: bandTop(bar), bottom: bandBottom() };
  // A dialog's title sits above its pinned status line: it is at the top already when the dialog opens.
  const heading = inDialog ? undefined : first?.getBoundingClientRect();
  // A heading already in the band stays where it is (on a wide screen the instruction is just above it).
  let delta = heading && (heading.top < top || heading.bottom > bottom) ? heading.top - top : 0;
  if (must) {
    const box = must.getBoundingClientRect();
    // Too far down: lift it to the bottom edge; too far up (or taller than the band): its top to the top edge.
    if (box.bottom - delta > bottom) delta = box.bottom - bottom;
    if (box.top - delta < top) delta = box.top - top;
  }
  if (Math.abs(delta) < 1) return;
  (inDialog ?? window).scrollBy({ top: delta, behavior: reducedMotion() ? 'instant' : 'smooth' });
}
