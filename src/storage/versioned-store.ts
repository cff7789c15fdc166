/**
 * Saved progress that survives reloads, two open tabs and new releases: each store is one JSON value in
 * localStorage, wrapped as `{ version, data }`. Reading goes through the store's own `decode`, which
 * validates and migrates older versions; anything it cannot read falls back to the initial value
 * rather than breaking the page. Where storage is blocked (privacy settings, some in-app browsers) the
 * stores live in memory and `storageAvailable` is false, so the page can say progress will not be kept.
 */
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

/** Prefix of every key this site writes, so "clear my data" can find them all. */
export const STORAGE_PREFIX = 'dvc-phu-cat:';

function probeStorage(): boolean {
  try {
    const probe = `${STORAGE_PREFIX}probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** Whether progress is kept across reloads in this browser. */
export const storageAvailable = typeof window !== 'undefined' && probeStorage();

if (typeof window !== 'undefined' && !storageAvailable) {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
}

export interface VersionedStoreOptions<T> {
  /** The current version of the saved shape; bump it when the shape changes. */
  version: number;
  initial: T;
  /**
   * Turns saved data of any known version into the current shape, or returns undefined when it cannot
   * (unknown version, hand-edited garbage). Must not trust anything in `data`.
   */
  decode: (data: unknown, version: number) => T | undefined;
}

export function encodeVersioned<T>(version: number, data: T): string {
  return JSON.stringify({ version, data });
}

/** Reads a saved string, returning undefined for anything unreadable. */
export function decodeVersioned<T>(raw: string, options: VersionedStoreOptions<T>): T | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { version, data } = parsed as { version?: unknown; data?: unknown };
    if (typeof version !== 'number' || !Number.isInteger(version) || version > options.version) return undefined;
    return options.decode(data, version);
  } catch {
    return undefined;
  }
}

/** A persistent, versioned nanostores atom under `STORAGE_PREFIX + name`. */
export function versionedStore<T>(name: string, options: VersionedStoreOptions<T>): WritableAtom<T> {
  return persistentAtom<T>(`${STORAGE_PREFIX}${name}`, options.initial, {
    encode: (value) => encodeVersioned(options.version, value),
    decode: (raw) => decodeVersioned(raw, options) ?? options.initial,
  });
}

/** Removes everything this site saved in this browser ("Xóa dữ liệu của tôi"). */
export function clearSavedData(): void {
  if (!storageAvailable) return;
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}
