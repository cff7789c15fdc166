/**
 * localStorage as the persistent stores see it, made safe to write: a write that throws (the origin's
 * quota is full — another application on the same site can fill it —, or a browser that refuses for its
 * own reasons) keeps the value in memory instead, so the page goes on working with what the person did,
 * and says that saving failed. A later write of the same key that succeeds puts it back on disk.
 */

/** The part of `Storage` this needs, so a test can hand in a storage that throws. */
export type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface GuardedStorage {
  /** A record for `setPersistentEngine`: reads, `in`, writes and `delete` by key. */
  engine: Record<string, string>;
  /** Keys whose latest value lives only in memory because writing it failed. */
  unsaved: () => ReadonlySet<string>;
  /** Forgets the in-memory values (after the saved data was removed). */
  forget: () => void;
}

export function guardStorage(backing: Backing, onChange: (unsaved: ReadonlySet<string>) => void): GuardedStorage {
  const memory = new Map<string, string>();
  const unsaved = () => new Set(memory.keys());
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backing.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const engine = new Proxy<Record<string, string>>(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_target, key, value: unknown) => {
        if (typeof key !== 'string') return false;
        const before = memory.size;
        try {
          backing.setItem(key, String(value));
          memory.delete(key);
        } catch {
          memory.set(key, String(value));
        }
        if (memory.size !== before || memory.has(key)) onChange(unsaved());
        return true;
      },
      deleteProperty: (_target, key) => {
        if (typeof key !== 'string') return false;
        const had = memory.delete(key);
        try {
          backing.removeItem(key);
        } catch {
          // Nothing to undo: the key is gone from memory, and a storage that cannot remove cannot hold it either.
        }
        if (had) onChange(unsaved());
        return true;
      },
    },
  );
  return {
    engine,
    unsaved,
    forget: () => {
      if (memory.size === 0) return;
      memory.clear();
      onChange(unsaved());
    },
  };
}
