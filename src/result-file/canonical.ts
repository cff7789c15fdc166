/**
 * Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, numbers and string escapes as ECMAScript's JSON.stringify writes them. One addition:
 * every string (keys too) is put in Unicode NFC first, so text typed with a "decomposed" Vietnamese
 * keyboard (Unikey "tổ hợp") and the same text in NFC give the same checksum.
 */

export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no NaN or Infinity');
      // ECMAScript's number serialisation is exactly what RFC 8785 prescribes (and -0 becomes 0).
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((item) => canonicalize(item === undefined ? null : item)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key.normalize('NFC'), item] as const)
        // Plain `<` compares UTF-16 code units, the order RFC 8785 asks for (not localeCompare).
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalize(item)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`Canonical JSON cannot hold a ${typeof value}`);
  }
}

/** A deep copy with every string (and key) in NFC, so what is written is what the checksum covers. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normalizeStrings(item)]),
    ) as T;
  }
  return value;
}
