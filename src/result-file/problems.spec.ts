import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseResultFile, writeResultFile } from '.';
import { QUOTE_LENGTH, quote } from './problems';
import { resealed, sampleDraft, SAMPLE_NOW, SAMPLE_ORGANISATION } from './test-fixtures';
import { validateContent } from './validate';

const read = (text: string, fileName = 'ket-qua.json') =>
  parseResultFile(text, { fileName, organisation: SAMPLE_ORGANISATION, now: SAMPLE_NOW });
const writtenFile = () => JSON.parse(writeResultFile(sampleDraft()).text) as Record<string, any>;
const messageOf = (result: ReturnType<typeof read>) => (result.ok ? '' : result.message);

describe('quoting text from a file in a message', () => {
  it('leaves ordinary text as it is', () => {
    expect(quote('Nguyễn Văn Mẫu')).toBe('Nguyễn Văn Mẫu');
  });

  it('shows at most 80 characters, the start and the end', () => {
    const quoted = quote(`ket-qua_${'x'.repeat(1_000_000)}_2026-11-29.json`);
    expect([...quoted].length).toBe(QUOTE_LENGTH);
    expect(quoted).toMatch(/^ket-qua_x+…x+_2026-11-29\.json$/);
  });

  it('never cuts a character in two', () => {
    expect(quote('😀'.repeat(200))).toBe(`${'😀'.repeat(53)}…${'😀'.repeat(26)}`);
  });

  it('drops what would reverse or hide the page’s own text, and keeps it on one line', () => {
    expect(quote('Phạm\u200b Ngọc \u202eyV\u202c\nThảo')).toBe('Phạm Ngọc yV Thảo');
  });
});

describe('a megabyte-long field is refused at once, with a message of normal length', () => {
  it.each([
    ['note', (file: Record<string, any>) => (file['note'] = 'x'.repeat(1_000_000)), /ghi chú \(note\) dài quá 500/],
    [
      'person.name',
      (file: Record<string, any>) => (file['person'].name = ' '.repeat(1_000_000)),
      /họ và tên \(person\.name\) dài quá 100/,
    ],
    [
      'a key',
      (file: Record<string, any>) => (file['y'.repeat(1_000_000)] = 1),
      /tệp → “y+…y+” là trường không có trong mẫu tệp/,
    ],
    [
      'checklist',
      (file: Record<string, any>) => (file['checklist'] = Array.from({ length: 400_000 }, () => 0)),
      /danh sách mục \(checklist\) có quá 50 phần tử/,
    ],
  ])('%s', (_, change, message) => {
    const file = writtenFile();
    change(file);
    const text = resealed(file);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(messageOf(read(text))).toMatch(message);
    expect(messageOf(read(text)).length).toBeLessThan(300);
    const { checksum: _checksum, ...content } = JSON.parse(text) as Record<string, unknown>;
    const started = performance.now();
    expect(validateContent(content).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('a checksum algorithm of 880,000 characters (issue 14)', () => {
    const file = writtenFile();
    file['checksum'].algorithm = 'x'.repeat(880_000);
    const message = messageOf(read(JSON.stringify(file)));
    expect(message).toMatch(/cách tính mã kiểm tra “x+…x+” mà trang này không biết/);
    expect(message.length).toBeLessThan(300);
  });

  it('a file name of hundreds of characters, from a zip', () => {
    const message = messageOf(read('{}', `tep-ket-qua/${'thu-muc/'.repeat(50)}ket-qua.json`));
    expect(message).toMatch(/^Tệp “tep-ket-qua\/thu-muc\/.*….*ket-qua\.json” là tệp JSON/);
    expect(message.length).toBeLessThan(200);
  });
});
