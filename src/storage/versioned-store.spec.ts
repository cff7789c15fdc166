import { setPersistentEngine } from '@nanostores/persistent';
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  clearSavedData,
  decodeVersioned,
  droppedOnRead,
  decodeVersionedValue,
  encodeVersioned,
  readWithSchema,
  STORAGE_PREFIX,
  versionedStore,
  type SavedFormat,
} from './versioned-store';

const progressSchema = z.object({
  step: z.int().check(z.nonnegative()),
  answers: z._default(z.array(z.string()), () => []),
  notes: z._default(z.record(z.string(), z.object({ text: z.string(), at: z.string() })), () => ({})),
});

const format = {
  version: 3,
  schema: progressSchema,
  migrations: {
    // Version 1 saved the step under another name; version 2 kept answers as one comma-separated text.
    1: (data) => {
      const { current, ...rest } = data as { current?: unknown };
      return { ...rest, step: current, answers: '' };
    },
    2: (data) => {
      const { answers, ...rest } = data as { answers?: unknown };
      return { ...rest, answers: typeof answers === 'string' && answers !== '' ? answers.split(',') : [] };
    },
  },
} satisfies SavedFormat<typeof progressSchema>;

let storage: Record<string, string>;
beforeEach(() => {
  storage = {};
  setPersistentEngine(storage, { addEventListener() {}, removeEventListener() {} });
});

describe('reading a versioned saved value', () => {
  it('round-trips the current version with nothing dropped', () => {
    const value = { step: 3, answers: ['a'], notes: { s1: { text: 'x', at: '2026' } } };
    expect(decodeVersioned(encodeVersioned(3, value), format)).toEqual({ ok: true, value, dropped: [] });
  });

  it('migrates every older version, one version at a time', () => {
    expect(decodeVersioned('{"version":1,"data":{"current":4}}', format)).toEqual({
      ok: true,
      value: { step: 4, answers: [], notes: {} },
      dropped: [],
    });
    expect(decodeVersioned('{"version":2,"data":{"step":5,"answers":"a,b"}}', format)).toMatchObject({
      ok: true,
      value: { step: 5, answers: ['a', 'b'] },
    });
  });

  it('refuses a newer version, a version it has no migration for, broken JSON and foreign shapes', () => {
    expect(decodeVersioned(encodeVersioned(4, { step: 1 }), format)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(decodeVersioned(encodeVersioned(0, { step: 1 }), format)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(decodeVersioned('{"version":"3","data":{"step":1}}', format)).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeVersioned('{not json', format)).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeVersioned('"text"', format)).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeVersioned(encodeVersioned(3, 'text'), format)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses the whole value when a field without a default is wrong: nothing would be left to show', () => {
    expect(decodeVersioned(encodeVersioned(3, { step: -1 }), format)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeVersioned(encodeVersioned(3, { step: 'x', answers: ['a'] }), format)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('drops only the parts that do not fit, and says where each one was', () => {
    const decoded = decodeVersionedValue(
      {
        version: 3,
        data: { step: 2, answers: ['a', 7, 'b', null], notes: { good: { text: 't', at: 'a' }, bad: { text: 1 } } },
      },
      format,
    );
    expect(decoded).toMatchObject({
      ok: true,
      value: { step: 2, answers: ['a', 'b'], notes: { good: { text: 't', at: 'a' } } },
    });
    expect(decoded.ok && decoded.dropped.map(({ path }) => path)).toEqual([
      ['notes', 'bad', 'text'],
      // The note also lacks `at`, which it cannot do without: the whole note goes.
      ['notes', 'bad'],
      // Later items first, so dropping one does not move the other.
      ['answers', 3],
      ['answers', 1],
    ]);
  });

  it('drops keys a strict shape does not know, and leaves the caller’s value as it was', () => {
    const schema = z.partialRecord(z.enum(['a', 'b']), z.number());
    const data = { a: 1, c: 2 };
    expect(readWithSchema(schema, data)).toEqual({
      value: { a: 1 },
      dropped: [{ path: ['c'], message: expect.any(String) }],
    });
    expect(data).toEqual({ a: 1, c: 2 });
  });
});

describe('a versioned store', () => {
  const options = { ...format, initial: { step: 0, answers: [], notes: {} } };

  it('writes under the site prefix and reads back what it wrote', () => {
    const store = versionedStore('test-progress', options);
    store.set({ step: 2, answers: ['b'], notes: {} });
    expect(JSON.parse(storage[`${STORAGE_PREFIX}test-progress`]!)).toEqual({
      version: 3,
      data: { step: 2, answers: ['b'], notes: {} },
    });
    const reopened = versionedStore('test-progress', options);
    expect(reopened.get()).toEqual({ step: 2, answers: ['b'], notes: {} });
  });

  it('starts from the initial value when what was saved is unreadable', () => {
    storage[`${STORAGE_PREFIX}broken`] = '{"version":3,"data":{"step":"oops"}}';
    expect(versionedStore('broken', options).get()).toEqual({ step: 0, answers: [], notes: {} });
    expect(droppedOnRead.get()['broken']).toEqual([{ path: [], message: 'invalid' }]);
  });

  it('says which parts it dropped on reading, per store, so the page can tell the person', () => {
    storage[`${STORAGE_PREFIX}partly`] = encodeVersioned(3, { step: 1, answers: [7], notes: {} });
    expect(versionedStore('partly', options).get()).toEqual({ step: 1, answers: [], notes: {} });
    expect(droppedOnRead.get()['partly']?.map((part) => part.path)).toEqual([['answers', 0]]);
    storage[`${STORAGE_PREFIX}whole`] = encodeVersioned(3, { step: 1, answers: [], notes: {} });
    versionedStore('whole', options);
    expect(droppedOnRead.get()['whole']).toBeUndefined();
    clearSavedData();
    expect(droppedOnRead.get()).toEqual({});
  });
});
