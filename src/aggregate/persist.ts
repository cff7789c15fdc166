/**
 * Keeps the loaded set in this browser (IndexedDB), so an accidental reload loses nothing. IndexedDB
 * rather than localStorage: 5,000 files are ~15 MB, beyond localStorage's ~5 MB, and structured clone
 * saves the parse. The saved value is versioned like the site's other stores: an unknown version is
 * dropped (the files can be loaded again) rather than misread. Nothing here leaves the computer.
 */
import type { AcceptedFile, RejectedFile } from './ingest';
import type { RosterPerson } from './roster';

export const DB_NAME = 'dvc-phu-cat:tong-hop';
const STORE = 'sets';
const KEY = 'current';
/** Bump when the saved shape changes, and teach `decodeSaved` the old one. */
export const SAVED_SET_VERSION = 1;

export interface SavedSet {
  accepted: AcceptedFile[];
  rejected: RejectedFile[];
  roster: { fileName: string; people: RosterPerson[] } | null;
}

export const EMPTY_SET: SavedSet = { accepted: [], rejected: [], roster: null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Turns whatever was saved into the current shape, or undefined when it cannot be trusted. */
export function decodeSaved(saved: unknown): SavedSet | undefined {
  if (!isRecord(saved) || saved['version'] !== SAVED_SET_VERSION || !isRecord(saved['data'])) return undefined;
  const data = saved['data'];
  const accepted = data['accepted'];
  const rejected = data['rejected'];
  if (!Array.isArray(accepted) || !Array.isArray(rejected)) return undefined;
  const okAccepted = accepted.every(
    (file) =>
      isRecord(file) &&
      typeof file['fileName'] === 'string' &&
      typeof file['checksum'] === 'string' &&
      isRecord(file['content']) &&
      isRecord(file['content']['person']),
  );
  const okRejected = rejected.every(
    (file) => isRecord(file) && typeof file['fileName'] === 'string' && typeof file['message'] === 'string',
  );
  if (!okAccepted || !okRejected) return undefined;
  const roster = data['roster'];
  const okRoster =
    roster === null || (isRecord(roster) && typeof roster['fileName'] === 'string' && Array.isArray(roster['people']));
  return {
    accepted: accepted as AcceptedFile[],
    rejected: rejected as RejectedFile[],
    roster: okRoster ? (roster as SavedSet['roster']) : null,
  };
}

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
  await run('readwrite', (store) => store.put({ version: SAVED_SET_VERSION, data: set }, KEY));
}

export async function clearSet(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}
