import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCorrections, parseCorrections } from './schema';

const shippedText = (name: 'directive' | 'annexes') =>
  readFileSync(new URL(`../../content/source-corrections/${name}.yaml`, import.meta.url), 'utf8');

/** A shipped corrections file, parsed from its YAML text. */
function shipped(name: 'directive' | 'annexes'): unknown {
  return load(shippedText(name));
}

const good = { where: 'Công văn – trích yếu', original: 'Công dịch vụ công', corrected: 'Cổng Dịch vụ công' };

describe('source corrections', () => {
  it.each(['directive', 'annexes'] as const)('accepts the shipped %s.yaml', (name) => {
    expect(() => parseCorrections(shipped(name), `${name}.yaml`)).not.toThrow();
  });

  // The two files are kept by different pages; together they must cover the errors known from the domain
  // notes, wherever each is recorded.
  it.each([
    ['Công dịch vụ công', 'Cổng Dịch vụ công'],
    ['VNID', 'VNeID'],
    ['VNEID', 'VNeID'],
    ['Số Y tá', 'Sở Y tế'],
    ['CBCCVN', 'CBCCVC'],
    ['Kính hướng dẫn', '(bỏ)'],
    ['THÔNG BÁO TỪ HỆ THỐNG', 'một lần'],
    ['hành nghề được', 'hành nghề dược'],
    ['CDVCQG', 'CDVCQG'],
    ['Số: /TTYT-TCHC', '/TTYT-TCHC'],
  ])('records the correction of "%s" in one of the files', (original, corrected) => {
    const all = [
      ...parseCorrections(shipped('directive'), 'directive.yaml'),
      ...parseCorrections(shipped('annexes'), 'annexes.yaml'),
    ];
    expect(all.some((c) => c.original.includes(original) && c.corrected.includes(corrected))).toBe(true);
  });

  it('accepts an empty file and an optional note', () => {
    expect(parseCorrections(undefined, 'x.yaml')).toEqual([]);
    expect(parseCorrections([], 'x.yaml')).toEqual([]);
    expect(parseCorrections([{ ...good, note: 'Lý do' }], 'x.yaml')[0]?.note).toBe('Lý do');
  });

  it.each([
    ['a file that is not a list', { where: 'x' }, '(gốc)'],
    ['a missing corrected text', [{ where: good.where, original: good.original }], 'mục 1.corrected'],
    ['an empty where', [good, { ...good, where: '  ' }], 'mục 2.where'],
    ['a number instead of text', [{ ...good, original: 392 }], 'mục 1.original'],
    ['an unknown field', [{ ...good, page: '/cong-van/' }], 'mục 1'],
    [
      'a personal number in the original',
      [{ ...good, original: 'Tài khoản liên kết: 052099000001' }],
      'mục 1.original',
    ],
    ['a phone number with spaces in a note', [{ ...good, note: 'Gọi 0905 123 456' }], 'mục 1.note'],
  ])('rejects %s and names the entry', (_, raw, where) => {
    expect(() => parseCorrections(raw, 'content/source-corrections/x.yaml')).toThrow(
      new RegExp(`x\\.yaml[\\s\\S]*${where.replace(/[().]/g, '\\$&')}`),
    );
  });

  it('keeps dates and document numbers, which are not personal numbers', () => {
    const entry = { ...good, original: 'Công văn số 392/SYT-VP ngày 05/02/2024, Nghị định 59/2022/NĐ-CP' };
    expect(() => parseCorrections([entry], 'x.yaml')).not.toThrow();
  });

  it.each(['directive', 'annexes'] as const)(
    'reads the shipped %s.yaml from its YAML text, as the site does',
    (name) => {
      expect(loadCorrections(shippedText(name), `${name}.yaml`)).toEqual(
        parseCorrections(shipped(name), `${name}.yaml`),
      );
    },
  );

  it('names the file and the entry when the YAML text holds a wrong value', () => {
    const file = 'content/source-corrections/annexes.yaml';
    const broken = shippedText('annexes').replace(/^(- where: .*\n {2}original: ).*$/m, '$1123');
    expect(() => loadCorrections(broken, file)).toThrow(
      /^Danh sách sửa lỗi OCR trong content\/source-corrections\/annexes\.yaml không hợp lệ:\n {2}- mục 1\.original: /,
    );
  });

  it('names the file when the YAML text cannot be read', () => {
    expect(() => loadCorrections('- where: [', 'content/source-corrections/directive.yaml')).toThrow(
      /^Không đọc được content\/source-corrections\/directive\.yaml \(lỗi cú pháp YAML\)/,
    );
  });
});
