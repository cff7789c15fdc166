/**
 * Vietnamese lists sort people by given name (tên), the last word of the full name, then by the rest
 * ("Trần Văn An" before "Lê Thị Bình"). Intl.Collator('vi') orders the letters as Vietnamese does
 * (a ă â … d đ …), which a plain code-point sort does not.
 */
import { runSteps, ticker, type Steps } from './steps';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

interface NameKey {
  given: string;
  rest: string;
  /** The whole name, composed, for the last tie-break. */
  full: string;
}

/**
 * Names arrive composed (NFC) or decomposed (NFD, e.g. typed on a Mac) in the same batch of files; the
 * collator treats both alike, but the exact tie-break compares code points, so it must see one form.
 */
function nameKey(fullName: string): NameKey {
  const full = fullName.normalize('NFC').trim();
  const words = full.split(/\s+/);
  const given = words.pop() ?? '';
  return { given, rest: words.join(' '), full };
}

/** Tên, then họ and tên đệm, then exactly (so the order is total: "Lê Ành" before "Lê Ánh"). */
function compareKeys(x: NameKey, y: NameKey): number {
  return (
    collator.compare(x.given, y.given) ||
    collator.compare(x.rest, y.rest) ||
    (x.full < y.full ? -1 : x.full > y.full ? 1 : 0)
  );
}

/**
 * A copy of `items` in Vietnamese order of their names; the same name in NFC and NFD keeps its input
 * order. A merge sort that can pause: runs of 256 sorted by the engine, then merged pairwise (stable).
 */
export function* sortByVietnameseNameSteps<T>(items: readonly T[], name: (item: T) => string): Steps<T[]> {
  const tick = ticker();
  // Key each name once: sorting 5,000 people would otherwise split them ~60,000 times.
  type Keyed = { item: T; key: NameKey };
  const keyed: Keyed[] = [];
  for (const item of items) {
    keyed.push({ item, key: nameKey(name(item)) });
    if (tick()) yield;
  }
  const before = (x: Keyed, y: Keyed) => compareKeys(x.key, y.key) < 0;
  let runs: Keyed[][] = [];
  for (let start = 0; start < keyed.length; start += 256) {
    runs.push(keyed.slice(start, start + 256).sort((x, y) => compareKeys(x.key, y.key)));
    yield;
  }
  while (runs.length > 1) {
    const merged: Keyed[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i]!;
      const b = runs[i + 1];
      if (!b) {
        merged.push(a);
        continue;
      }
      const out: Keyed[] = [];
      let x = 0;
      let y = 0;
      // Ties take from the earlier run: the sort stays stable.
      while (x < a.length && y < b.length) {
        out.push(before(b[y]!, a[x]!) ? b[y++]! : a[x++]!);
        if (tick()) yield;
      }
      while (x < a.length) out.push(a[x++]!);
      while (y < b.length) out.push(b[y++]!);
      merged.push(out);
    }
    runs = merged;
  }
  return (runs[0] ?? []).map((entry) => entry.item);
}

export function sortByVietnameseName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return runSteps(sortByVietnameseNameSteps(items, name));
}
