import { describe, expect, it } from 'vitest';
import { mergeByField, sameTimed, stampChanges, type Timed } from './field-merge';

interface Profile {
  name: string;
  staffCode: string;
  items: Record<string, { answer: string; date?: string }>;
}

const base: Profile = { name: '', staffCode: '', items: {} };

/** A tab's edit of the shared base, stamped at `now`. */
function edit(from: Timed<Profile>, change: Partial<Profile>, now: number): Timed<Profile> {
  const value = { ...from.value, ...change };
  return { value, times: stampChanges(from.value, value, from.times, now) };
}

describe('merging two tabs field by field', () => {
  const start: Timed<Profile> = { value: base, times: {} };

  it('keeps both edits when two tabs change different fields at the same instant', () => {
    const first = edit(start, { name: 'Nguyễn Văn Bình' }, 1000);
    const second = edit(start, { staffCode: 'NV-0042' }, 1000);
    const inFirst = mergeByField(first, second);
    const inSecond = mergeByField(second, first);
    expect(inFirst.value).toEqual({ name: 'Nguyễn Văn Bình', staffCode: 'NV-0042', items: {} });
    expect(sameTimed(inFirst, inSecond)).toBe(true);
  });

  it('gives a field changed by both to the later change, and both tabs agree', () => {
    const first = edit(start, { name: 'Bình' }, 1000);
    const second = edit(start, { name: 'An' }, 1005);
    expect(mergeByField(first, second).value.name).toBe('An');
    expect(mergeByField(second, first).value.name).toBe('An');
    // Same instant (a pinned clock): the two tabs still settle on one value.
    const tie = edit(start, { name: 'Chi' }, 1000);
    expect(mergeByField(first, tie).value.name).toBe(mergeByField(tie, first).value.name);
  });

  it('merges inside nested objects: two answers of different items, and two fields of one item', () => {
    const withItem = edit(start, { items: { a: { answer: 'done' } } }, 10);
    const first = edit(withItem, { items: { a: { answer: 'done', date: '05/03/2024' } } }, 20);
    const second = edit(withItem, { items: { a: { answer: 'done' }, b: { answer: 'not-yet' } } }, 20);
    expect(mergeByField(first, second).value.items).toEqual({
      a: { answer: 'done', date: '05/03/2024' },
      b: { answer: 'not-yet' },
    });
  });

  it('stamps a change after every time the tab knows of, so it beats what it replaced even on a stopped clock', () => {
    const heard: Timed<Profile> = { value: { ...base, name: 'Cũ' }, times: { '["name"]': 5000 } };
    const changed = edit(heard, { name: 'Mới' }, 1000);
    expect(changed.times['["name"]']).toBeGreaterThan(5000);
    expect(mergeByField(changed, heard).value.name).toBe('Mới');
    expect(mergeByField(heard, changed).value.name).toBe('Mới');
  });

  it('takes a saved value without times (an older release) as it is', () => {
    const saved: Timed<Profile> = { value: { ...base, name: 'Đã lưu' }, times: {} };
    const merged = mergeByField(start, saved);
    expect(merged.value).toEqual(saved.value);
    expect(sameTimed(merged, saved)).toBe(true);
  });
});
