import { describe, expect, it } from 'vitest';
import { decodeSaved, SAVED_SET_VERSION } from './persist';

describe('the saved set', () => {
  it('reads the current version', () => {
    const data = {
      accepted: [{ fileName: 'a.json', checksum: 'x', content: { person: {} } }],
      rejected: [{ fileName: 'b.txt', code: 'not-json', message: 'm' }],
      roster: null,
    };
    expect(decodeSaved({ version: SAVED_SET_VERSION, data })).toEqual(data);
  });

  it('drops an unknown version or a damaged value instead of misreading it', () => {
    expect(
      decodeSaved({ version: SAVED_SET_VERSION + 1, data: { accepted: [], rejected: [], roster: null } }),
    ).toBeUndefined();
    expect(decodeSaved({ version: SAVED_SET_VERSION, data: { accepted: [{}], rejected: [] } })).toBeUndefined();
    expect(decodeSaved(undefined)).toBeUndefined();
  });

  it('keeps the files when only the roster is damaged', () => {
    expect(decodeSaved({ version: SAVED_SET_VERSION, data: { accepted: [], rejected: [], roster: 'x' } })).toEqual({
      accepted: [],
      rejected: [],
      roster: null,
    });
  });
});
