import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../result-file';
import { resealed, SAMPLE_NOW } from '../result-file/test-fixtures';
import {
  addAccepted,
  checkFile,
  MAX_FILE_NAME_LENGTH,
  MAX_MESSAGE_LENGTH,
  foldPeople,
  normaliseName,
  normaliseStaffCode,
  type AcceptedFile,
} from './ingest';
import { hasHiddenCharacters } from '../hidden-characters';
import { capText } from './cap-text';
import { draftFor, handSetFiles, HAND_SET, personId, TEST_CONFIG, writePerson } from './test-fixtures';
import { writeResultFile } from '../result-file';

const accept = (fileName: string, text: string): AcceptedFile => {
  const checked = checkFile(fileName, text, TEST_CONFIG, SAMPLE_NOW);
  if (!checked.ok) throw new Error(checked.file.message);
  return checked.file;
};

describe('folding duplicate files into one person', () => {
  const files = handSetFiles().map(({ fileName, text }) => accept(fileName, text));
  const folded = foldPeople(files, 2024);

  it('folds files by person id only, and says how many it folded', () => {
    // Bình's two exports fold; Dũng's two ids (same staff code) wait for a person to decide.
    expect(folded.people).toHaveLength(7);
    expect(folded.duplicatesFolded).toBe(1);
  });

  it('keeps the newest export of a person, whatever the loading order', () => {
    for (const order of [files, [...files].reverse()]) {
      const binh = foldPeople(order, 2024).people.find((p) => p.file.content.person.id === personId(2))!;
      expect(binh.fileCount).toBe(2);
      expect(binh.file.content.exportedAt).toBe('2026-11-21T09:00:00+07:00');
    }
  });

  it('never merges a shared staff code silently: it asks, with both files side by side', () => {
    const dung = folded.review.find((c) => c.people.some((p) => p.file.content.person.name === 'Phạm Văn Dũng'))!;
    // The same two ids share both the code and the name: asked once, for both reasons.
    expect(dung.reasons.sort()).toEqual(['same-name', 'staff-code']);
    expect(dung.namesAndUnitAgree).toBe(true);
    expect(dung.people.map((p) => p.file.content.person.id).sort()).toEqual([personId(4), personId(5)]);
    expect(normaliseStaffCode(' tch-01 ')).toBe('TCH-01');
  });

  it('merges once a person chose "merge" (the new phone), the newest file winning', () => {
    const dungCase = folded.review.find((c) => c.reasons.includes('staff-code'))!;
    const merged = foldPeople(files, 2024, { [dungCase.key]: 'merge' });
    const dung = merged.people.filter((p) => p.file.content.person.name === 'Phạm Văn Dũng');
    expect(dung).toHaveLength(1);
    expect(dung[0]!.file.content.person.id).toBe(personId(5));
    expect(dung[0]!.ids).toEqual([personId(4), personId(5)]);
    expect(merged.people).toHaveLength(6);
    expect(merged.review.some((c) => c.key === dungCase.key)).toBe(false);
  });

  it('keeps people apart, and stops asking, once a person chose "apart"', () => {
    const emCase = folded.review.find((c) => c.reasons.includes('same-name') && !c.reasons.includes('staff-code'))!;
    expect(emCase.people.map((p) => p.file.content.person.id).sort()).toEqual([personId(6), personId(7)]);
    const apart = foldPeople(files, 2024, { [emCase.key]: 'apart' });
    expect(apart.people).toHaveLength(7);
    expect(apart.review.map((c) => c.key)).not.toContain(emCase.key);
  });

  it('asks again when a third person joins a decided group', () => {
    const emCase = folded.review.find((c) => c.reasons.includes('same-name') && !c.reasons.includes('staff-code'))!;
    const third = accept('c.json', writePerson({ ...HAND_SET[6]!, id: personId(30) }).text);
    const again = foldPeople([...files, third], 2024, { [emCase.key]: 'apart' });
    expect(again.review.find((c) => c.people.length === 3)).toBeDefined();
  });

  it('two people with one staff code (another unit, another name) are asked about, not merged', () => {
    // The case: Nhung of Khoa Nội (NV-0123) and a newer file of someone else typed "nv-0123 ".
    const nhung = writePerson({ ...HAND_SET[0]!, id: personId(40), name: 'Nguyễn Thị Nhung', staffCode: 'NV-0123' });
    const other = writePerson({
      ...HAND_SET[0]!,
      id: personId(41),
      name: 'Lê Thị Trùng Mã',
      unitId: 'tram-cat-hanh',
      staffCode: 'nv-0123 ',
      exportedAt: '2026-11-28T09:00:00+07:00',
    });
    const result = foldPeople([accept('a.json', nhung.text), accept('b.json', other.text)], 2024);
    expect(result.people).toHaveLength(2);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]).toMatchObject({ reasons: ['staff-code'], namesAndUnitAgree: false });
  });

  it('compares names without invisible or bidi characters, and flags them', () => {
    const real = writePerson({ ...HAND_SET[0]!, id: personId(50), name: 'Phạm Ngọc Thảo Vy' });
    const hidden = writePerson({ ...HAND_SET[0]!, id: personId(51), name: 'Phạm\u200B Ngọc Thảo Vy' });
    const result = foldPeople([accept('a.json', real.text), accept('b.json', hidden.text)], 2024);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]!.reasons).toEqual(['same-name']);
    expect(result.people.find((p) => p.key === personId(51))!.hiddenCharacters).toBe(true);
    expect(result.people.find((p) => p.key === personId(50))!.hiddenCharacters).toBe(false);
    expect(normaliseName('\u202EAn Văn\u202C  Nguyễn')).toBe('an văn nguyễn');
    expect(hasHiddenCharacters('Lê\u2066 Thị')).toBe(true);
  });

  it('does not flag the same name in two different units', () => {
    const a = writePerson({ ...HAND_SET[0]!, id: personId(20) });
    const b = writePerson({ ...HAND_SET[0]!, id: personId(21), unitId: 'tram-cat-hanh' });
    expect(foldPeople([accept('a.json', a.text), accept('b.json', b.text)], 2024).review).toEqual([]);
  });

  it('flags files that count another year', () => {
    expect(folded.otherYear.map((p) => p.file.content.person.id)).toEqual([personId(7)]);
  });

  it('matches name and unit, NFC-normalised, only for files without a person id', () => {
    const base = accept('x.json', writePerson(HAND_SET[0]!).text);
    const noId = (name: string, at: string): AcceptedFile => ({
      ...base,
      checksum: at,
      content: { ...base.content, exportedAt: at, person: { ...base.content.person, id: '', name } },
    });
    const result = foldPeople(
      [
        noId('Nguyễn Văn An'.normalize('NFD'), '2026-11-01T00:00:00+07:00'),
        noId('Nguyễn Văn An', '2026-11-02T00:00:00+07:00'),
      ],
      2024,
    );
    expect(result.people).toHaveLength(1);
    expect(result.duplicatesFolded).toBe(1);
  });

  it('drops exact copies of a file already loaded', () => {
    const set: AcceptedFile[] = [];
    const seen = new Set<string>();
    expect(addAccepted(set, files, seen)).toBe(0);
    expect(addAccepted(set, files.slice(0, 3), seen)).toBe(3);
    expect(set).toHaveLength(files.length);
  });
});

describe('rejecting files, each with its name and a Vietnamese reason', () => {
  const good = writePerson(HAND_SET[0]!);
  const reject = (text: string, name = 'tep.json') => {
    const checked = checkFile(name, text, TEST_CONFIG, SAMPLE_NOW);
    if (checked.ok) throw new Error('expected a rejection');
    expect(checked.file.fileName).toBe(name);
    expect(checked.file.message).toContain(`“${name}”`);
    return checked.file;
  };
  const edited = (change: (file: Record<string, any>) => void) => {
    const file = JSON.parse(good.text) as Record<string, any>;
    change(file);
    return resealed(file);
  };

  it('accepts a good file', () => {
    expect(checkFile('a.json', good.text, TEST_CONFIG, SAMPLE_NOW).ok).toBe(true);
  });
  it('not JSON', () => expect(reject('<html>không phải</html>').code).toBe('not-json'));
  it('another schema', () => expect(reject('{"schema":"khac","version":1}').code).toBe('wrong-schema'));
  it('an unknown (newer) version', () => expect(reject(edited((f) => (f['version'] = 9))).code).toBe('newer-version'));
  it('a broken checksum', () => {
    const broken = good.text.replace('"submittedOnline": 4', '"submittedOnline": 40');
    const rejected = reject(broken);
    expect(rejected.code).toBe('bad-checksum');
    expect(rejected.message).toMatch(/mã kiểm tra/);
  });
  it('another organisation', () =>
    expect(reject(edited((f) => (f['organisation'].name = 'Trung tâm Y tế huyện Tây Sơn'))).code).toBe(
      'other-organisation',
    ));
  it('a unit not in the settings', () =>
    expect(reject(edited((f) => (f['person'].unitId = 'khoa-mat'))).code).toBe('unknown-unit'));
  it('an over-size file', () => expect(reject(' '.repeat(MAX_FILE_BYTES + 1)).code).toBe('too-large'));
  it('a date in the future', () => {
    const future = writeResultFile({ ...draftFor(HAND_SET[0]!), exportedAt: '2026-12-25T09:00:00+07:00' });
    expect(reject(future.text).code).toBe('future-date');
  });
  it('keeps a hostile name as data, to be shown as text', () => {
    const hostile = writePerson({ ...HAND_SET[0]!, name: '<img src=x onerror=alert(1)>' });
    const checked = checkFile('x.json', hostile.text, TEST_CONFIG, SAMPLE_NOW);
    expect(checked.ok && checked.file.content.person.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('what a rejected file leaves behind', () => {
  it('is its code and a bounded message, never its text, however long the file’s fields', () => {
    const file = JSON.parse(writePerson(HAND_SET[0]!).text) as Record<string, unknown>;
    (file['checksum'] as { algorithm: string }).algorithm = 'x'.repeat(880_000);
    const checked = checkFile(`${'d/'.repeat(500)}a.json`, JSON.stringify(file), TEST_CONFIG, SAMPLE_NOW);
    expect(checked.ok).toBe(false);
    expect(checked.file.fileName.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(!checked.ok && checked.file.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(JSON.stringify(checked).length).toBeLessThan(2_000);
  });

  it('cuts on whole characters', () => {
    expect(capText('ab😀cd', 4)).toBe('ab…');
    expect(capText('abc', 3)).toBe('abc');
  });
});
