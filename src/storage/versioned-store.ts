/**
 * Saved progress that survives reloads, two open tabs and new releases: each store is one JSON value in
 * localStorage, wrapped as `{ version, data }`, whose shape is a zod schema. Reading migrates older
 * versions, then checks the data against the schema; a part that does not fit is dropped (its default,
 * or nothing, takes its place) and reported, so one bad field does not cost the person the rest. What
 * cannot be read at all falls back to the store's initial value rather than breaking the page. Every
 * write can fail: where storage is blocked (privacy settings, some in-app browsers) or full, the stores
 * live on in memory and `storageProblem` says why, so the page can say progress will not be kept.
 */
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import * as z from 'zod/mini';
import { mergeByField, sameTimed, stampChanges, type FieldTimes, type Timed } from './field-merge';
import { guardStorage, type GuardedStorage } from './guarded-storage';

/** Prefix of every key this site writes, so "clear my data" can find them all. */
export const STORAGE_PREFIX = 'dvc-phu-cat:';

/** localStorage itself, or null where the browser refuses it altogether. */
function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Reading proves access; a probe write could fail only because the quota is full, which is not "blocked".
    storage.getItem(`${STORAGE_PREFIX}probe`);
    return storage;
  } catch {
    return null;
  }
}

const storage = typeof window === 'undefined' ? null : openStorage();

/** Whether this browser lets the site keep anything across reloads at all. */
export const storageAvailable = storage !== null;

/**
 * Why progress is not being kept, for the pages to say so: `blocked` when the browser refuses storage
 * (privacy settings, some in-app browsers), `full` when a write failed (the quota is full); null while
 * everything is saved. The stores keep working in memory either way.
 */
export type StorageProblem = 'blocked' | 'full';

const problem = atom<StorageProblem | null>(typeof window !== 'undefined' && !storageAvailable ? 'blocked' : null);
export const storageProblem: ReadableAtom<StorageProblem | null> = problem;

let guarded: GuardedStorage | null = null;
if (storage) {
  guarded = guardStorage(storage, (unsaved) => problem.set(unsaved.size > 0 ? 'full' : null));
  setPersistentEngine(guarded.engine, windowPersistentEvents);
} else if (typeof window !== 'undefined') {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
}

/** How a saved value is read: its current version and shape, and how to bring older versions up to date. */
export interface SavedFormat<Schema extends z.ZodMiniType> {
  /** The current version of the saved shape; bump it when the shape changes, and add a migration. */
  version: number;
  /** The current shape. Fields that may be missing or reset carry their default in the schema. */
  schema: Schema;
  /** For each older version still readable: turns data saved at that version into the next version's. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}

export interface VersionedStoreOptions<Schema extends z.ZodMiniType> extends SavedFormat<Schema> {
  initial: z.output<Schema>;
  /**
   * `fields`: a save heard from another tab is merged field by field, the later change of each field
   * winning (src/storage/field-merge.ts), so two tabs editing different fields at once both keep their
   * edit. Without it the whole value of the latest save wins, for values whose parts only make sense
   * together (a quiz attempt, a simulator run).
   */
  merge?: 'fields';
}

/** A part of the saved data that did not fit the schema and was left out. */
export interface DroppedPart {
  /** Where it was, from the top of the data (`['items', 'vneid-muc-2', 'answer']`). */
  path: readonly PropertyKey[];
  message: string;
}

export type Decoded<T> =
  | { ok: true; value: T; dropped: readonly DroppedPart[] }
  | { ok: false; reason: 'unreadable' | 'unknown-version' | 'invalid' };

/**
 * A part kept whole or not at all: anything wrong inside it drops all of it, where keeping the rest
 * would leave something that no longer adds up (a simulator run whose steps and position disagree).
 */
export function wholeOrNothing<Output, Input>(schema: z.ZodMiniType<Output, Input>) {
  return z.pipe(
    z.custom<Input>((value) => schema.safeParse(value).success, 'does not fit as a whole'),
    schema,
  );
}

type Container = Record<PropertyKey, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function lookUp(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function remove(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = lookUp(data, path.slice(0, -1));
  const key = path.at(-1)!;
  if (!isContainer(parent)) return false;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (key >= parent.length) return false;
    parent.splice(key, 1);
    return true;
  }
  if (!Object.hasOwn(parent, key)) return false;
  delete (parent as Record<PropertyKey, unknown>)[key];
  return true;
}

/** The part to drop for one issue: the field itself, or, when the field is missing, what should hold it. */
function partsToDrop(data: unknown, issue: z.core.$ZodIssue): PropertyKey[][] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  const path = [...issue.path];
  while (path.length > 0 && lookUp(data, path) === undefined) path.pop();
  return [path];
}

/** Deeper parts and later array items first, so removing one does not move another. */
function laterFirst(a: PropertyKey[], b: PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/**
 * Checks data against a schema, dropping what does not fit one part at a time until the rest does.
 * Undefined when nothing of it can be kept (the top level itself is wrong).
 */
export function readWithSchema<Schema extends z.ZodMiniType>(
  schema: Schema,
  data: unknown,
): { value: z.output<Schema>; dropped: DroppedPart[] } | undefined {
  const dropped: DroppedPart[] = [];
  let working = data;
  let copied = false;
  for (;;) {
    const result = schema.safeParse(working);
    if (result.success) return { value: result.data, dropped };
    if (!copied) {
      // Repairs happen on a copy: the caller's value (an IndexedDB record, a test's fixture) stays as it was.
      working = structuredClone(working);
      copied = true;
    }
    const parts = result.error.issues.flatMap((issue) =>
      partsToDrop(working, issue).map((path) => ({ path, message: issue.message })),
    );
    if (parts.some(({ path }) => path.length === 0)) return undefined;
    parts.sort((a, b) => laterFirst(a.path, b.path));
    let removed = false;
    for (const part of parts) {
      if (remove(working, part.path)) {
        dropped.push(part);
        removed = true;
      }
    }
    // Every round removes something, so this ends; a schema that refuses data without naming a part would not.
    if (!removed) return undefined;
  }
}

/** Reads a saved `{ version, data }` value (already parsed from JSON, or from IndexedDB). */
export function decodeVersionedValue<Schema extends z.ZodMiniType>(
  saved: unknown,
  format: SavedFormat<Schema>,
): Decoded<z.output<Schema>> {
  if (!isContainer(saved)) return { ok: false, reason: 'unreadable' };
  const { version, data } = saved as { version?: unknown; data?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'unreadable' };
  if (version > format.version) return { ok: false, reason: 'unknown-version' };
  let current = data;
  for (let from = version; from < format.version; from += 1) {
    const migrate = format.migrations?.[from];
    if (!migrate) return { ok: false, reason: 'unknown-version' };
    current = migrate(current);
  }
  const read = readWithSchema(format.schema, current);
  return read ? { ok: true, ...read } : { ok: false, reason: 'invalid' };
}

const fieldTimesSchema = z.record(z.string(), z.number().check(z.nonnegative()));

/** The change times of the fields a saved value carries beside its data; none when missing or unreadable. */
function savedTimes(raw: string): FieldTimes {
  try {
    const times = fieldTimesSchema.safeParse((JSON.parse(raw) as { times?: unknown }).times);
    return times.success ? times.data : {};
  } catch {
    return {};
  }
}

/** Reads a saved string as `versionedStore` wrote it. */
export function decodeVersioned<Schema extends z.ZodMiniType>(
  raw: string,
  format: SavedFormat<Schema>,
): Decoded<z.output<Schema>> {
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return decodeVersionedValue(saved, format);
}

export function encodeVersioned(version: number, data: unknown, times?: FieldTimes): string {
  return JSON.stringify(times ? { version, data, times } : { version, data });
}

const dropped = atom<Readonly<Record<string, readonly DroppedPart[]>>>({});

/**
 * What reading saved data had to leave out, per store name (as given to `versionedStore`), so a page
 * can say which of the person's answers could not be kept. A store read back whole has no entry.
 */
export const droppedOnRead: ReadableAtom<Readonly<Record<string, readonly DroppedPart[]>>> = dropped;

function noteDropped(name: string, parts: readonly DroppedPart[]): void {
  const { [name]: _previous, ...others } = dropped.get();
  dropped.set(parts.length > 0 ? { ...others, [name]: parts } : others);
}

/** A persistent, versioned nanostores atom under `STORAGE_PREFIX + name`. */
export function versionedStore<Schema extends z.ZodMiniType>(
  name: string,
  options: VersionedStoreOptions<Schema>,
): WritableAtom<z.output<Schema>> {
  type Value = z.output<Schema>;
  const merging = options.merge === 'fields';
  // The value as this tab last saved or heard it, with when each field changed.
  let known: Timed<Value> = { value: options.initial, times: {} };
  const store = persistentAtom<Value>(`${STORAGE_PREFIX}${name}`, options.initial, {
    encode: (value) => {
      if (!merging) return encodeVersioned(options.version, value);
      known = { value, times: stampChanges(known.value, value, known.times, Date.now()) };
      return encodeVersioned(options.version, value, known.times);
    },
    decode: (raw) => {
      const decoded = decodeVersioned(raw, options);
      noteDropped(name, decoded.ok ? decoded.dropped : [{ path: [], message: decoded.reason }]);
      if (!decoded.ok) return options.initial;
      if (!merging) return decoded.value;
      const theirs: Timed<Value> = { value: decoded.value, times: savedTimes(raw) };
      const merged = mergeByField(known, theirs);
      const checked = readWithSchema(options.schema, merged.value);
      known = checked ? { value: checked.value, times: merged.times } : theirs;
      // This tab's later fields are not in what was saved: save the merge, or a reload would lose them.
      // The other tab merges it to the same value and stops there.
      if (!sameTimed(known, theirs)) queueMicrotask(() => store.set(known.value));
      return known.value;
    },
  });
  return store;
}

/** Removes everything this site saved in this browser ("Xóa dữ liệu của tôi"). */
export function clearSavedData(): void {
  guarded?.forget();
  dropped.set({});
  if (!storage) return;
  for (const key of Object.keys(storage)) {
    if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
  }
}
