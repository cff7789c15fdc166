import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../result-file';
import { resealed, SAMPLE_NOW } from '../result-file/test-fixtures';
import { addAccepted, checkFile, foldPeople, normaliseStaffCode, type AcceptedFile } from './ingest';
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

  it('counts each person once and says how many files it folded', () => {
    expect(folded.people).toHaveLength(6);
    expect(folded.duplicatesFolded).toBe(2);
  });

  it('keeps the newest export of a person, whatever the loading order', () => {
    for (const order of [files, [...files].reverse()]) {
      const binh = foldPeople(order, 2024).people.find((p) => p.file.content.person.id === personId(2))!;
      expect(binh.fileCount).toBe(2);
      expect(binh.file.content.exportedAt).toBe('2026-11-21T09:00:00+07:00');
    }
  });

  it('matches by staff code when the person id changed (a new phone)', () => {
    const dung = folded.people.filter((p) => p.file.content.person.name === 'Phạm Văn Dũng');
    expect(dung).toHaveLength(1);
    expect(dung[0]!.file.content.person.id).toBe(personId(5));
    expect(normaliseStaffCode(' tch-01 ')).toBe('TCH-01');
  });

  it('flags the same name with different ids in one unit, without merging', () => {
    expect(folded.sameName).toHaveLength(1);
    expect(folded.sameName[0]!.unitId).toBe('tram-cat-hanh');
    expect(folded.sameName[0]!.people.map((p) => p.file.content.person.id).sort()).toEqual([personId(6), personId(7)]);
  });

  it('does not flag the same name in two different units', () => {
    const a = writePerson({ ...HAND_SET[0]!, id: personId(20) });
    const b = writePerson({ ...HAND_SET[0]!, id: personId(21), unitId: 'tram-cat-hanh' });
    expect(foldPeople([accept('a.json', a.text), accept('b.json', b.text)], 2024).sameName).toEqual([]);
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
