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

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Whether IndexedDB works here (private windows of some browsers and some in-app browsers block it). */
export async function storageWorks(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    await run('readonly', (store) => store.count());
    return true;
  } catch {
    return false;
  }
}

export async function loadSet(): Promise<SavedSet | undefined> {
  const saved = await run<unknown>('readonly', (store) => store.get(KEY));
  return decodeSaved(saved);
}

export async function saveSet(set: SavedSet): Promise<void> {
  await run('readwrite', (store) => store.put({ version: savedSetFormat.version, data: set }, KEY));
}

export async function clearSet(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}
