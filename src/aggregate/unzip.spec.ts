import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_NOW } from '../result-file/test-fixtures';
import { HAND_SET, personId, TEST_CONFIG, writePerson } from './test-fixtures';
import { checkBytes, checkZip, decodeResultText, unzipResultFiles } from './unzip';

const good = (n: number) => writePerson({ ...HAND_SET[0]!, id: personId(n) });

/** UTF-16 with its byte-order mark, as Notepad saves "Unicode" (LE) or "Unicode big endian". */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('the one encoding policy', () => {
  const text = good(1).text;

  it('reads UTF-8 with or without a BOM, and UTF-16 with one, picked or zipped alike', () => {
    expect(decodeResultText(strToU8(text))).toBe(text);
    expect(decodeResultText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]))).toBe(text);
    expect(decodeResultText(utf16(text, true))).toBe(text);
    expect(decodeResultText(utf16(text, false))).toBe(text);
    expect(checkBytes('a.json', utf16(text, true), TEST_CONFIG, SAMPLE_NOW).ok).toBe(true);
    const zip = zipSync({ 'a.json': utf16(text, true), 'b.json': strToU8(good(2).text) });
    expect(checkZip('k.zip', zip, TEST_CONFIG, SAMPLE_NOW).map((r) => r.ok)).toEqual([true, true]);
  });

  it('refuses anything else (Windows-1258, Latin-1) with a message naming the file', () => {
    const latin1 = new Uint8Array([...strToU8('{"name":"'), 0xe0, 0xe1, ...strToU8('"}')]);
    expect(decodeResultText(latin1)).toBeNull();
    const checked = checkBytes('cu.json', latin1, TEST_CONFIG, SAMPLE_NOW);
    expect(checked).toMatchObject({ ok: false, file: { code: 'not-text' } });
    expect(checked.file.fileName).toBe('cu.json');
    expect(!checked.ok && checked.file.message).toContain('“cu.json” không phải văn bản UTF-8');
  });
});

describe('opening a zip', () => {
  it('checks every entry, skips clutter, refuses a nested zip', () => {
    const zip = zipSync({
      'ket-qua/a.json': strToU8(good(1).text),
      'ket-qua/b.json': strToU8(good(2).text),
      '__MACOSX/ket-qua/._a.json': strToU8('x'),
      'ket-qua/trong.zip': zipSync({ 'c.json': strToU8(good(3).text) }),
    });
    const results = checkZip('k.zip', zip, TEST_CONFIG, SAMPLE_NOW);
    expect(results.map((r) => [r.file.fileName, r.ok])).toEqual([
      ['k.zip/ket-qua/a.json', true],
      ['k.zip/ket-qua/b.json', true],
      ['k.zip/ket-qua/trong.zip', false],
    ]);
  });

  it('stops an entry at the file limit by what really inflates, and says its real sizes', () => {
    // 24 MB of zeros packs into ~24 KB: the zip says 24 MB, and inflating stops just past 1 MB.
    const zip = zipSync(
      { 'bom.json': new Uint8Array(24 * 1024 * 1024), 'a.json': strToU8(good(1).text) },
      { level: 1 },
    );
    const started = performance.now();
    const results = checkZip('k.zip', zip, TEST_CONFIG, SAMPLE_NOW);
    expect(performance.now() - started).toBeLessThan(500);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const message = !results[0]!.ok ? results[0]!.file.message : '';
    expect(message).toContain('tệp nén ghi kích thước 24 MB');
    expect(message).toContain('quá giới hạn 1 MB');
    expect(message).not.toMatch(/nặng 1,0 MB/);
  });

  it('stops at the total unpacked bytes and at the number of entries, keeping what came before', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) files[`f${i}.json`] = new Uint8Array(900 * 1024);
    const zip = zipSync(files, { level: 1 });
    const tooMuch = unzipResultFiles('k.zip', zip, {
      maxEntries: 1000,
      maxTotalBytes: 5 * 1024 * 1024,
      maxEntryBytes: 1024 * 1024,
    });
    expect(tooMuch.stopped).toMatchObject({ code: 'zip-limit' });
    expect(tooMuch.stopped!.message).toContain('vượt quá 5 MB');
    expect(tooMuch.entries.length).toBeLessThan(12);
    const many = unzipResultFiles('k.zip', zip, {
      maxEntries: 5,
      maxTotalBytes: 1e9,
      maxEntryBytes: 1024 * 1024,
    });
    expect(many.entries).toHaveLength(5);
    expect(many.stopped!.message).toContain('có hơn 5 tệp');
  });

  it('refuses a file that is not a zip', () => {
    const results = checkZip('k.zip', strToU8('not a zip at all'), TEST_CONFIG, SAMPLE_NOW);
    expect(results).toHaveLength(1);
    expect(!results[0]!.ok && results[0]!.file.message).toContain('không giải nén được');
  });
});
