import { describe, expect, it } from 'vitest';
import { decodeSaved, savedSetFormat } from './persist';

const VERSION = savedSetFormat.version;

/** A saved set as saveSet stores it (version 1): one accepted file, one refused, a roster. */
const savedSet = () => ({
  version: 1,
  data: {
    accepted: [
      {
        fileName: 'ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json',
        checksum: 'ab12',
        content: { person: { id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Nguyễn Văn Mẫu', unitId: 'khoa-noi' } },
      },
    ],
    rejected: [{ fileName: 'b.txt', code: 'not-json-file', message: 'Tệp b.txt không phải tệp kết quả.' }],
    decisions: { [`${'0'.repeat(8)}-a,${'0'.repeat(8)}-b`]: 'merge' as 'merge' | 'apart' },
    rosterLinks: {} as Record<string, string>,
    roster: {
      fileName: 'nhan-su.csv',
      people: [
        { name: 'Nguyễn Văn Mẫu', unitId: 'khoa-noi', staffCode: 'NV-012' },
        { name: 'Trần Thị Thử', unitId: 'khoa-ngoai', staffCode: null },
      ],
    },
  },
});

describe('the saved set', () => {
  it('reads what version 1 saved, and round-trips', () => {
    const saved = savedSet();
    expect(decodeSaved(saved)).toEqual(saved.data);
    expect(decodeSaved({ version: VERSION, data: decodeSaved(saved) })).toEqual(saved.data);
    // A set saved before the review decisions and roster links existed reads with none.
    expect(decodeSaved({ version: VERSION, data: { accepted: [], rejected: [], roster: null } })).toEqual({
      accepted: [],
      rejected: [],
      decisions: {},
      rosterLinks: {},
      roster: null,
    });
  });

  it('drops an unknown version or a damaged value instead of misreading it', () => {
    expect(decodeSaved({ ...savedSet(), version: VERSION + 1 })).toBeUndefined();
    expect(decodeSaved({ version: VERSION, data: { accepted: [{}], rejected: [] } })).toBeUndefined();
    expect(decodeSaved(undefined)).toBeUndefined();
    expect(decodeSaved('set')).toBeUndefined();
  });

  it('drops every file rather than some: a report missing files would count wrongly without saying so', () => {
    const withoutPerson = savedSet();
    withoutPerson.data.accepted.push({ fileName: 'x.json', checksum: 'cd34', content: {} as never });
    expect(decodeSaved(withoutPerson)).toBeUndefined();
    const numberedChecksum = savedSet();
    (numberedChecksum.data.accepted[0] as { checksum: unknown }).checksum = 1234;
    expect(decodeSaved(numberedChecksum)).toBeUndefined();
    const codeless = savedSet();
    (codeless.data.rejected[0] as { code: unknown }).code = 404;
    expect(decodeSaved(codeless)).toBeUndefined();
  });

  it('keeps the files when only the roster is damaged, and drops the whole roster then', () => {
    const files = {
      accepted: savedSet().data.accepted,
      rejected: savedSet().data.rejected,
      decisions: { 'a,b': 'merge' as const },
      rosterLinks: {},
    };
    expect(decodeSaved({ version: VERSION, data: { ...files, roster: 'x' } })).toEqual({ ...files, roster: null });
    const badPerson = savedSet();
    (badPerson.data.roster.people[1] as { unitId: unknown }).unitId = 3;
    badPerson.data.decisions = { 'a,b': 'merge' };
    expect(decodeSaved(badPerson)).toEqual({ ...files, roster: null });
  });

  it('asks the review questions again when the saved decisions are damaged, keeping the files', () => {
    const damaged = savedSet();
    (damaged.data as Record<string, unknown>)['decisions'] = { 'a,b': 'maybe' };
    expect(decodeSaved(damaged)).toEqual({ ...savedSet().data, decisions: {} });
  });
});
