/**
 * Vietnamese lists sort people by given name (tên), the last word of the full name, then by the rest
 * ("Trần Văn An" before "Lê Thị Bình"). Intl.Collator('vi') orders the letters as Vietnamese does
 * (a ă â … d đ …), which a plain code-point sort does not.
 */
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

/** A copy of `items` in Vietnamese order of their names; the same name in NFC and NFD keeps its input order. */
export function sortByVietnameseName<T>(items: readonly T[], name: (item: T) => string): T[] {
  // Key each name once: sorting 5,000 people would otherwise split them ~60,000 times.
  const keyed = items.map((item) => ({ item, key: nameKey(name(item)) }));
  keyed.sort((x, y) => compareKeys(x.key, y.key));
  return keyed.map((entry) => entry.item);
}
