import { setPersistentEngine } from '@nanostores/persistent';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  decodeVersioned,
  encodeVersioned,
  STORAGE_PREFIX,
  versionedStore,
  type VersionedStoreOptions,
} from './versioned-store';

interface Progress {
  step: number;
  answers: string[];
}

const options: VersionedStoreOptions<Progress> = {
  version: 2,
  initial: { step: 0, answers: [] },
  decode(data, version) {
    const value = data as Record<string, unknown>;
    // Version 1 saved the step under another name and no answers.
    if (version === 1 && typeof value['current'] === 'number') return { step: value['current'], answers: [] };
    if (version === 2 && typeof value['step'] === 'number' && Array.isArray(value['answers'])) {
      return { step: value['step'], answers: value['answers'].filter((a): a is string => typeof a === 'string') };
    }
    return undefined;
  },
};

let storage: Record<string, string>;
beforeEach(() => {
  storage = {};
  setPersistentEngine(storage, { addEventListener() {}, removeEventListener() {} });
});

describe('versioned saved state', () => {
  it('round-trips the current version', () => {
    const saved = encodeVersioned(2, { step: 3, answers: ['a'] });
    expect(decodeVersioned(saved, options)).toEqual({ step: 3, answers: ['a'] });
  });

  it('migrates an older version instead of dropping it', () => {
    expect(decodeVersioned(encodeVersioned(1, { current: 4 }), options)).toEqual({ step: 4, answers: [] });
  });

  it('refuses a newer version, broken JSON and foreign shapes', () => {
    expect(decodeVersioned(encodeVersioned(3, { step: 1, answers: [] }), options)).toBeUndefined();
    expect(decodeVersioned('{not json', options)).toBeUndefined();
    expect(decodeVersioned('"text"', options)).toBeUndefined();
    expect(decodeVersioned(encodeVersioned(2, { step: 'x' }), options)).toBeUndefined();
  });

  it('a store writes under the site prefix and reads back what it wrote', () => {
    const store = versionedStore('test-progress', options);
    store.set({ step: 2, answers: ['b'] });
    expect(JSON.parse(storage[`${STORAGE_PREFIX}test-progress`]!)).toEqual({
      version: 2,
      data: { step: 2, answers: ['b'] },
    });
    const reopened = versionedStore('test-progress', options);
    expect(reopened.get()).toEqual({ step: 2, answers: ['b'] });
  });

  it('a store starts from the initial value when what was saved is unreadable', () => {
    storage[`${STORAGE_PREFIX}broken`] = '{"version":2,"data":{"step":"oops"}}';
    expect(versionedStore('broken', options).get()).toEqual({ step: 0, answers: [] });
  });
});
