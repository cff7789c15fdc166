import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { persona } from '../simulator/portals/persona';
import {
  discardDrafts,
  editDraft,
  flushDrafts,
  holdsDraft,
  refusedFields,
  releaseDraft,
  SAVE_DELAY_MS,
  type DraftField,
} from './drafts';

let saved: string[];
const field = (id = 'td-ghi-chu'): DraftField => ({ id, label: 'Ghi chú', save: (value) => saved.push(value) });

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  discardDrafts();
});
afterEach(() => vi.useRealTimers());

describe('drafts', () => {
  it('saves once typing pauses, the last text only', () => {
    for (const text of ['Đ', 'Đa', 'Đã']) editDraft(field(), text);
    expect(saved).toEqual([]);
    expect(holdsDraft('td-ghi-chu')).toBe(true);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual(['Đã']);
    expect(holdsDraft('td-ghi-chu')).toBe(false);
  });

  it('saves at once when flushed (leaving the field, the page, or exporting)', () => {
    editDraft(field('a'), 'một');
    editDraft(field('b'), 'hai');
    flushDrafts();
    expect(saved).toEqual(['một', 'hai']);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual(['một', 'hai']);
  });

  it('never saves a number typed slowly, not even the prefix typed before it was recognisable', () => {
    const cccd = persona.idNumber;
    for (let length = 1; length <= cccd.length; length++) {
      editDraft(field(), `Liên hệ ${cccd.slice(0, length)}`);
      // 90 ms a key is well inside the pause that saves.
      vi.advanceTimersByTime(90);
    }
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved.join('|')).not.toMatch(/\d/);
    expect(saved.at(-1)).toBe('Liên hệ ');
    expect(refusedFields.get()).toEqual([
      { id: 'td-ghi-chu', label: 'Ghi chú', message: expect.stringMatching(/CCCD/) },
    ]);
    expect(holdsDraft('td-ghi-chu')).toBe(true);
  });

  it('overwrites a prefix saved during a pause as soon as the number is complete', () => {
    // Eight digits are not yet a number; the ninth makes it one.
    editDraft(field(), persona.idNumber.slice(0, 8));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual([persona.idNumber.slice(0, 8)]);
    editDraft(field(), persona.idNumber.slice(0, 9));
    expect(saved.at(-1)).toBe('');
  });

  it('lifts the refusal once the number is removed, and forgets a field that left the page', () => {
    editDraft(field(), '0905123456');
    editDraft(field(), 'Gọi phòng TCHC');
    expect(refusedFields.get()).toEqual([]);
    editDraft(field('b'), '0905123456');
    releaseDraft('b');
    expect(refusedFields.get()).toEqual([]);
  });

  it('discards without saving when the state is replaced', () => {
    editDraft(field(), 'cũ');
    discardDrafts();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual([]);
    expect(holdsDraft('td-ghi-chu')).toBe(false);
  });
});
