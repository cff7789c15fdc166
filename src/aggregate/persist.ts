/**
 * Keeps the loaded set in this browser (IndexedDB), so an accidental reload loses nothing. IndexedDB
 * rather than localStorage: 5,000 files are ~15 MB, beyond localStorage's ~5 MB, and structured clone
 * saves the parse. The saved value is versioned like the site's other stores: an unknown version is
 * dropped (the files can be loaded again) rather than misread. Nothing here leaves the computer.
 */
import * as z from 'zod/mini';
import { decodeVersionedValue, type SavedFormat } from '../storage/versioned-store';
import type { RejectionCode } from './ingest';
import type { ResultContent } from './result-file-bridge';

export const DB_NAME = 'dvc-phu-cat:tong-hop';
const STORE = 'sets';
const KEY = 'current';

/**
 * A saved file's content was checked in full by the result-file reader before it was saved; reading it
 * back only makes sure it is still one (re-checking 5,000 files would slow every reload).
 */
const savedContent = z.looseObject({ person: z.looseObject({}) });

const savedSetSchema = z.object({
  accepted: z.array(
    z.object({
      fileName: z.string(),
      /** The file's checksum: two copies of one export have the same one. */
      checksum: z.string(),
      content: z.custom<ResultContent>((value) => savedContent.safeParse(value).success),
    }),
  ),
  rejected: z.array(
    z.object({
      fileName: z.string(),
      code: z.custom<RejectionCode>((value) => typeof value === 'string'),
      /** Vietnamese, names the file. */
      message: z.string(),
    }),
  ),
  /** "Cần người xem lại": what the office chose for each group of look-alike people (see foldPeople). */
  decisions: z._default(z.record(z.string(), z.enum(['merge', 'apart'])), {}),
  /** Off-roster replies the office added to the roster or matched to a roster name (see RosterLinks). */
  rosterLinks: z._default(z.record(z.string(), z.string()), {}),
  roster: z._default(
    z.nullable(
      z.object({
        fileName: z.string(),
        people: z.array(z.object({ name: z.string(), unitId: z.string(), staffCode: z.nullable(z.string()) })),
      }),
    ),
    null,
  ),
});
export type SavedSet = z.infer<typeof savedSetSchema>;

/** Bump the version when the saved shape changes, and add a migration from the old one. */
export const savedSetFormat = { version: 1, schema: savedSetSchema } satisfies SavedFormat<typeof savedSetSchema>;

export const EMPTY_SET: SavedSet = { accepted: [], rejected: [], decisions: {}, rosterLinks: {}, roster: null };

/**
 * The saved set in the current shape, or undefined when its files cannot be trusted. A set missing some
 * of its files, or a roster missing some people, would count wrongly without saying so: the files go
 * all together (they can be loaded again), the roster alone when only it is damaged.
 */
export function decodeSaved(saved: unknown): SavedSet | undefined {
  const decoded = decodeVersionedValue(saved, savedSetFormat);
  if (!decoded.ok || decoded.dropped.some(({ path }) => !OPTIONAL_PARTS.has(String(path[0])))) return undefined;
  const damaged = new Set(decoded.dropped.map(({ path }) => String(path[0])));
  const value = { ...decoded.value };
  // The office's choices are asked again rather than half-applied; links to a dropped roster go with it.
  if (damaged.has('decisions')) value.decisions = {};
  if (damaged.has('roster')) value.roster = null;
  if (damaged.has('roster') || damaged.has('rosterLinks')) value.rosterLinks = {};
  return value;
}

/** Parts that can be lost alone without making the files' figures wrong: they are asked for again. */
const OPTIONAL_PARTS = new Set(['roster', 'decisions', 'rosterLinks']);

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('blocked'));
  });
}

/** Whether IndexedDB works here (private windows of some browsers and some in-app browsers block it). */
export async function storageWorks(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    await runChained('readonly', [(store) => store.count()]);
    return true;
  } catch {
    return false;
  }
}

/**
 * How the set lies in the store: the set without its files under KEY, with `parts` saying how many
 * chunks of files follow under `accepted:0`, `accepted:1`, … and `rejected:0`, …. Saving or reading
 * 20,000 files as one value copies them all in one go and stops the page for a second; a chunk of
 * PART_SIZE copies in a few ms, each in its own task, all in one transaction (so a reload mid-save
 * finds the old set or the new one, never half of each). A set saved whole, before chunks, still reads.
 */
const PART_SIZE = 500;
type Part = 'accepted' | 'rejected';
const PARTS: Part[] = ['accepted', 'rejected'];

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += PART_SIZE) out.push(items.slice(start, start + PART_SIZE));
  return out;
}

/** Runs `requests` one after another in one transaction, each from the previous one's success (its own task). */
async function runChained(mode: IDBTransactionMode, requests: Array<(store: IDBObjectStore) => IDBRequest>) {
  const db = await open();
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const store = transaction.objectStore(STORE);
      const results: unknown[] = [];
      const next = (index: number) => {
        if (index >= requests.length) return;
        const request = requests[index]!(store);
        request.onsuccess = () => {
          results.push(request.result);
          next(index + 1);
        };
      };
      next(0);
      transaction.oncomplete = () => resolve(results);
      transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function loadSet(): Promise<SavedSet | undefined> {
  const [saved] = await runChained('readonly', [(store) => store.get(KEY)]);
  const parts = (saved as { parts?: Partial<Record<Part, number>> } | undefined)?.parts;
  if (!parts) return decodeSaved(saved);
  const keys = PARTS.flatMap((part) => Array.from({ length: parts[part] ?? 0 }, (_, i) => [part, `${part}:${i}`]));
  const chunksRead = await runChained(
    'readonly',
    keys.map(
      ([, key]) =>
        (store) =>
          store.get(key!),
    ),
  );
  const data = { ...(saved as { data: Record<string, unknown> }).data };
  for (const part of PARTS) data[part] = [];
  keys.forEach(([part], i) => {
    const chunk = chunksRead[i];
    // A missing chunk makes the whole set untrustworthy: decodeSaved then drops it.
    (data[part!] as unknown[]).push(...(Array.isArray(chunk) ? (chunk as unknown[]) : [null]));
  });
  return decodeSaved({ ...(saved as object), data });
}

export async function saveSet(set: SavedSet): Promise<void> {
  const accepted = chunks(set.accepted);
  const rejected = chunks(set.rejected);
  await runChained('readwrite', [
    (store) => store.clear(),
    (store) =>
      store.put(
        {
          version: savedSetFormat.version,
          data: { ...set, accepted: [], rejected: [] },
          parts: { accepted: accepted.length, rejected: rejected.length },
        },
        KEY,
      ),
    ...accepted.map((chunk, i) => (store: IDBObjectStore) => store.put(chunk, `accepted:${i}`)),
    ...rejected.map((chunk, i) => (store: IDBObjectStore) => store.put(chunk, `rejected:${i}`)),
  ]);
}

export async function clearSet(): Promise<void> {
  await runChained('readwrite', [(store) => store.clear()]);
}
