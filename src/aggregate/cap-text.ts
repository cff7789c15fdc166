/**
 * Bounds on text that came from a file, before it is shown, saved or exported: a hostile file can put a
 * megabyte into any string, and every place that shows one should cost the same as for a normal file.
 */

/** Cuts text from outside to `max` characters (whole code points), marking the cut with "…". */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Half of a surrogate pair at the cut would be invalid text in an export.
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
