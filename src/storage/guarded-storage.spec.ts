import { describe, expect, it } from 'vitest';
import { guardStorage, type Backing } from './guarded-storage';

/** A storage with room for `room` characters of keys and values, like a nearly full origin quota. */
function limitedStorage(room: number): Backing & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const after = used() - (data.has(key) ? key.length + data.get(key)!.length : 0) + key.length + value.length;
      if (after > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe('guardStorage', () => {
  it('writes through while there is room, and reports nothing', () => {
    const backing = limitedStorage(100);
    const reports: number[] = [];
    const { engine } = guardStorage(backing, (unsaved) => reports.push(unsaved.size));
    engine['a'] = 'one';
    expect(backing.data.get('a')).toBe('one');
    expect(engine['a']).toBe('one');
    expect('a' in engine).toBe(true);
    expect('b' in engine).toBe(false);
    expect(reports).toEqual([]);
  });

  it('keeps a value that does not fit in memory, reads it back, and reports the key', () => {
    const backing = limitedStorage(10);
    const reports: string[][] = [];
    const guarded = guardStorage(backing, (unsaved) => reports.push([...unsaved]));
    expect(() => (guarded.engine['a'] = 'a value far too long')).not.toThrow();
    expect(guarded.engine['a']).toBe('a value far too long');
    expect('a' in guarded.engine).toBe(true);
    expect(backing.data.has('a')).toBe(false);
    expect(reports).toEqual([['a']]);
    // A later value that fits is saved again, and the problem goes away.
    guarded.engine['a'] = 'short';
    expect(backing.data.get('a')).toBe('short');
    expect(reports.at(-1)).toEqual([]);
  });

  it('survives a storage whose setItem always throws', () => {
    const backing: Backing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('refused');
      },
      removeItem: () => undefined,
    };
    const guarded = guardStorage(backing, () => undefined);
    guarded.engine['a'] = 'x';
    expect(guarded.engine['a']).toBe('x');
    delete guarded.engine['a'];
    expect('a' in guarded.engine).toBe(false);
    expect(guarded.unsaved().size).toBe(0);
  });

  it('forgets what it held in memory', () => {
    const reports: number[] = [];
    const guarded = guardStorage(limitedStorage(0), (unsaved) => reports.push(unsaved.size));
    guarded.engine['a'] = 'x';
    guarded.forget();
    expect(guarded.engine['a']).toBeUndefined();
    expect(reports).toEqual([1, 0]);
  });
});
