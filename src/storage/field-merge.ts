/**
 * Two tabs saving one store at nearly the same instant: each wrote the whole value from its own copy,
 * so whichever landed second put back the other's old fields and one edit was lost. Here a saved value
 * carries, per field, when it was last changed, and a tab that hears of the other's save keeps, field by
 * field, whichever change is later. A field is a leaf of the value's plain objects (a text, a count, an
 * item's answer); an array or an empty object is one field. Pure data, no storage.
 */

/** When each field was last changed, by its path (`JSON.stringify` of the keys from the top). */
export type FieldTimes = Readonly<Record<string, number>>;

/** A value with the change times of its fields, as one tab knows it. */
export interface Timed<T> {
  value: T;
  times: FieldTimes;
}

type Plain = Record<string, unknown>;

const isObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlain = (value: unknown): value is Plain => isObject(value) && Object.keys(value).length > 0;

/** The value's fields by path; a value that is not a non-empty plain object is one field at the top. */
function fields(value: unknown, path: string[] = [], into = new Map<string, unknown>()): Map<string, unknown> {
  if (!isPlain(value)) {
    if (value !== undefined) into.set(JSON.stringify(path), value);
    return into;
  }
  for (const [key, child] of Object.entries(value)) fields(child, [...path, key], into);
  return into;
}

function build(leaves: ReadonlyMap<string, unknown>): unknown {
  const entries = [...leaves].map(([key, value]) => [JSON.parse(key) as string[], value] as const);
  // Shallow fields first, so a deeper one lands inside what they made rather than being overwritten.
  entries.sort((a, b) => a[0].length - b[0].length);
  let root: unknown;
  for (const [path, value] of entries) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    if (!isObject(root)) root = {};
    let node = root as Plain;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      node = isObject(next) ? next : (node[key] = {});
    }
    node[path.at(-1)!] = value;
  }
  return root;
}

/** JSON with object keys sorted: the same value gives the same text whatever order its keys were built in. */
function text(value: unknown): string {
  return (
    JSON.stringify(value, (_key, node: unknown) =>
      isObject(node) ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : node,
    ) ?? ''
  );
}
const same = (a: unknown, b: unknown) => text(a) === text(b);

/** The latest time in `times`, 0 when none. */
export function latestTime(times: FieldTimes): number {
  return Math.max(0, ...Object.values(times));
}

/**
 * The times after this tab changed `before` into `after`: every field that differs is stamped `now`,
 * or just after the latest time this tab knows of, so a change always beats the value it replaced.
 */
export function stampChanges(before: unknown, after: unknown, times: FieldTimes, now: number): FieldTimes {
  const old = fields(before);
  const changed = fields(after);
  const stamp = Math.max(now, latestTime(times) + 1);
  const next: Record<string, number> = { ...times };
  for (const path of new Set([...old.keys(), ...changed.keys()])) {
    if (!same(old.get(path), changed.get(path))) next[path] = stamp;
  }
  return next;
}

/**
 * The two tabs' values merged field by field: the later change of each field wins (a field one side
 * never stamped counts as oldest). Equal times with different values are settled by the values
 * themselves, so both tabs settle on the same result.
 */
export function mergeByField<T>(mine: Timed<T>, theirs: Timed<T>): Timed<T> {
  const myFields = fields(mine.value);
  const theirFields = fields(theirs.value);
  const leaves = new Map<string, unknown>();
  const times: Record<string, number> = {};
  for (const path of new Set([
    ...myFields.keys(),
    ...theirFields.keys(),
    ...Object.keys(mine.times),
    ...Object.keys(theirs.times),
  ])) {
    const myTime = mine.times[path] ?? 0;
    const theirTime = theirs.times[path] ?? 0;
    const [my, their] = [myFields.get(path), theirFields.get(path)];
    const takeMine = myTime > theirTime || (myTime === theirTime && myTime > 0 && text(my) > text(their));
    const value = takeMine ? my : their;
    if (value !== undefined) leaves.set(path, value);
    const time = Math.max(myTime, theirTime);
    if (time > 0) times[path] = time;
  }
  // A removed field keeps its time, so the removal still beats the older value the other tab holds.
  return { value: build(leaves) as T, times };
}

/** Whether two timed values are the same, times included: nothing to write back. */
export function sameTimed<T>(a: Timed<T>, b: Timed<T>): boolean {
  return same(a.value, b.value) && same(a.times, b.times);
}
