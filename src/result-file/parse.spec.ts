import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseResultFile, writeResultFile, type ParseOptions, type ParseResult } from '.';
import { resealed, sampleDraft, SAMPLE_NOW, SAMPLE_ORGANISATION } from './test-fixtures';

const options: ParseOptions = {
  fileName: 'ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json',
  organisation: SAMPLE_ORGANISATION,
  now: SAMPLE_NOW,
};
const written = () => writeResultFile(sampleDraft());
const parse = (text: string) => parseResultFile(text, options);

function failureOf(result: ParseResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

/** The written file, parsed, changed by `change`, and sealed again with a correct checksum. */
function edited(change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(written().text) as Record<string, any>;
  change(file);
  return resealed(file);
}

describe('writing a result file', () => {
  it('writes the schema name, version, content and a sha256-jcs checksum', () => {
    const { file, text } = written();
    expect(file.schema).toBe('ket-qua-tu-danh-gia');
    expect(file.version).toBe(1);
    expect(file.checksum.algorithm).toBe('sha256-jcs');
    expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(text)).toEqual(file);
    expect(Object.keys(file)).toEqual([
      'schema',
      'version',
      'contentVersion',
      'organisation',
      'person',
      'checklist',
      'dossiers',
      'note',
      'quiz',
      'simulators',
      'exportedAt',
      'checksum',
    ]);
  });

  it('names the file ket-qua_<unit>_<name>_<date>.json in ASCII', () => {
    expect(written().fileName).toBe('ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json');
    const draft = sampleDraft();
    draft.person.name = 'Đặng Thị Ánh Đào';
    draft.exportedAt = '2026-11-29T23:30:00+07:00';
    expect(writeResultFile(draft).fileName).toBe('ket-qua_khoa-noi_dang-thi-anh-dao_2026-11-29.json');
  });

  it('writes text typed with a decomposed keyboard in NFC', () => {
    const draft = sampleDraft();
    draft.person.name = 'Nguyễn Văn Mẫu'.normalize('NFD');
    expect(writeResultFile(draft).file.person.name).toBe('Nguyễn Văn Mẫu'.normalize('NFC'));
  });

  it('refuses to write a file it would not read back (a bug in the page, not bad input)', () => {
    const draft = sampleDraft();
    draft.person.name = ' ';
    expect(() => writeResultFile(draft)).toThrow(/person\.name/);
  });
});

describe('reading a result file', () => {
  it('reads back exactly what was written', () => {
    const { text, file } = written();
    const result = parse(text);
    expect(result).toMatchObject({
      ok: true,
      checksum: file.checksum.value,
      fileName: options.fileName,
    });
    if (!result.ok) return;
    const { checksum: _checksum, ...content } = file;
    expect(result.content).toEqual(content);
  });

  it('accepts the same file re-indented or with its keys in another order', () => {
    const file = JSON.parse(written().text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    expect(parse(JSON.stringify(reordered)).ok).toBe(true);
    expect(parse(`\uFEFF${JSON.stringify(file)}`).ok).toBe(true);
  });

  it('catches a one-character edit anywhere in the content', () => {
    const { text } = written();
    expect(text).toContain('"bestScore": 13');
    for (const [from, to] of [
      ['"bestScore": 13', '"bestScore": 14'],
      ['Nguyễn Văn Mẫu', 'Nguyễn Văn Mấu'],
      ['"answer": "not-done"', '"answer": "done"'.padEnd('"answer": "not-done"'.length, ' ')],
      ['2024-03-05', '2024-03-06'],
    ] as const) {
      const failure = failureOf(parse(text.replace(from, to)));
      expect(failure.code).toBe('bad-checksum');
      expect(failure.message).toContain(options.fileName);
      expect(failure.message).toMatch(/không khớp/);
    }
  });

  it('does not read a version 1 file whose checksum is missing or of another kind', () => {
    const file = JSON.parse(written().text) as Record<string, unknown>;
    delete file['checksum'];
    expect(failureOf(parse(JSON.stringify(file))).code).toBe('bad-checksum');
    file['checksum'] = { algorithm: 'md5', value: 'a'.repeat(64) };
    expect(failureOf(parse(JSON.stringify(file))).message).toMatch(/md5/);
  });
});

describe('bad input gets a clear Vietnamese message naming the file', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['not JSON', 'Đây là một tệp văn bản', 'not-json', /không phải JSON/],
    ['an empty file', '  \n', 'not-json', /trống/],
    ['JSON of another kind', '{"name":"Nguyễn Văn Mẫu"}', 'wrong-schema', /không phải tệp kết quả tự đánh giá/],
    ['a JSON array', '[1,2,3]', 'wrong-schema', /không phải tệp kết quả tự đánh giá/],
    ['a newer unknown version', edited((f) => (f['version'] = 2)), 'newer-version', /phiên bản mới hơn.*phiên bản 2/],
    ['a version that is not a number', edited((f) => (f['version'] = '1')), 'invalid', /version/],
    [
      'a version older than any the site has handed out',
      edited((f) => (f['version'] = 0)),
      'invalid',
      /phiên bản tệp \(version\) phải là một trong “1”/,
    ],
    [
      'a broken checksum',
      written().text.replace('Khoa Nội tổng hợp', 'Khoa Nội tổng hợp 2'),
      'bad-checksum',
      /đã bị sửa hoặc hỏng/,
    ],
    [
      'another organisation',
      edited((f) => (f['organisation'] = { name: 'Trung tâm Y tế huyện Mẫu Sơn', parent: 'Sở Y tế tỉnh Mẫu' })),
      'other-organisation',
      /đơn vị khác.*Mẫu Sơn/,
    ],
    [
      'the same name under another Sở',
      edited((f) => (f['organisation'].parent = 'Sở Y tế tỉnh Mẫu')),
      'other-organisation',
      /đơn vị khác/,
    ],
    [
      'a unit not in the list',
      edited((f) => (f['person'].unitId = 'khoa-mau')),
      'unknown-unit',
      /“khoa-mau”.*không có trong danh sách/,
    ],
    [
      'a date in the future',
      edited((f) => (f['checklist'][0].date = '2026-11-30')),
      'future-date',
      /30\/11\/2026.*vneid-muc-2.*tương lai/,
    ],
    [
      'an export time in the future',
      edited((f) => (f['exportedAt'] = '2026-11-30T00:00:00+07:00')),
      'future-date',
      /exportedAt/,
    ],
    [
      'a quiz date in the future',
      edited((f) => (f['quiz'].completedAt = '2027-01-01T08:00:00+07:00')),
      'future-date',
      /quiz\.completedAt/,
    ],
    ['a missing field', edited((f) => delete f['person'].unitId), 'invalid', /person.*unitId.*bị thiếu/],
    ['an extra field', edited((f) => (f['password'] = 'x')), 'invalid', /password.*không có trong mẫu/],
    ['an unknown answer', edited((f) => (f['checklist'][0].answer = 'yes')), 'invalid', /checklist\[0\]\.answer/],
    [
      'a day that does not exist',
      edited((f) => (f['checklist'][0].date = '2024-02-30')),
      'invalid',
      /checklist\[0\]\.date/,
    ],
    ['an instant without a time zone', edited((f) => (f['exportedAt'] = '2026-11-29T09:00:00')), 'invalid', /múi giờ/],
    ['an empty name', edited((f) => (f['person'].name = '  ')), 'invalid', /họ và tên.*không được để trống/],
    ['a bad person id', edited((f) => (f['person'].id = 'nguyen-van-mau')), 'invalid', /person\.id/],
    ['duplicated items', edited((f) => f['checklist'].push({ ...f['checklist'][0] })), 'invalid', /lặp/],
    ['more reuses than dossiers', edited((f) => (f['dossiers'].reusedDigitised = 9)), 'invalid', /lớn hơn số hồ sơ/],
    ['a fractional count', edited((f) => (f['dossiers'].submittedOnline = 2.5)), 'invalid', /số nguyên/],
    ['a quiz pass that the score does not reach', edited((f) => (f['quiz'].bestScore = 3)), 'invalid', /quiz\.passed/],
    ['a quiz score above the maximum', edited((f) => (f['quiz'].bestScore = 17)), 'invalid', /quiz\.bestScore/],
    [
      'a simulator pass before the simulator exists',
      edited(
        (f) =>
          (f['simulators'][0].test = {
            bestScore: 10,
            maxScore: 10,
            passed: true,
            completedAt: '2026-11-28T10:00:00+07:00',
          }),
      ),
      'invalid',
      /mô phỏng chưa có/,
    ],
    ['a CCCD number in the note', edited((f) => (f['note'] = 'CCCD 052099000111')), 'personal-number', /CCCD.*note/],
    [
      'a phone number in a reason',
      edited((f) => (f['checklist'][2].reason = 'gọi 0900 000 000')),
      'personal-number',
      /điện thoại/,
    ],
  ];

  it.each(cases)('%s', (_, text, code, message) => {
    const failure = failureOf(parse(text));
    expect(failure.code).toBe(code);
    expect(failure.fileName).toBe(options.fileName);
    expect(failure.message).toContain(`“${options.fileName}”`);
    expect(failure.message).toMatch(message);
  });

  it('a file over 1 MB, before even reading it as JSON', () => {
    const huge = `{"schema":"ket-qua-tu-danh-gia","padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    const failure = failureOf(parse(huge));
    expect(failure.code).toBe('too-large');
    expect(failure.message).toMatch(/quá giới hạn 1,0 MB/);
  });

  it('counts bytes, not characters: Vietnamese text near the limit', () => {
    const nearLimit = 'ệ'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 10);
    expect(failureOf(parse(nearLimit)).code).toBe('too-large');
  });

  it('never throws, whatever it is given', () => {
    for (const text of [
      'null',
      '0',
      '"x"',
      '{"schema":"ket-qua-tu-danh-gia"}',
      '{"schema":"ket-qua-tu-danh-gia","version":1,"checksum":null}',
      '{"schema":"ket-qua-tu-danh-gia","version":0}',
    ]) {
      expect(() => parse(text)).not.toThrow();
      expect(parse(text).ok).toBe(false);
    }
  });
});

describe('speed', () => {
  it('reads a thousand files in well under a few seconds', () => {
    const { text } = written();
    const started = performance.now();
    for (let i = 0; i < 1000; i++) parse(text);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
