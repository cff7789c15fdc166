import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRequirements } from './schema';

const file = 'content/directive/requirements.yaml';
const shippedText = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** The shipped YAML text with one line changed; fails loudly if the line is not there any more. */
function withLine(pattern: RegExp, replacement: string): string {
  const changed = shippedText.replace(pattern, replacement);
  expect(changed).not.toBe(shippedText);
  return changed;
}

describe('the directive requirements', () => {
  it('reads the shipped file: the three requirements in order, each with its target and guide', () => {
    expect(loadRequirements(shippedText).map(({ number, target, guide }) => ({ number, target, guide }))).toEqual([
      { number: 1, target: 'onlineServicesAndPayment', guide: '/huong-dan-them/nop-ho-so-thanh-toan-truc-tuyen/' },
      { number: 2, target: 'vneidLevel2', guide: '/phu-luc-1/' },
      { number: 3, target: 'digitisedReuse', guide: '/phu-luc-2/' },
    ]);
  });

  it.each([
    ['an unknown target', withLine(/target: vneidLevel2/, 'target: vneid'), 'mục 2.target'],
    ['a guide link without a leading slash', withLine(/guide: \/phu-luc-2\//, 'guide: phu-luc-2/'), 'mục 3.guide'],
    ['an empty title', withLine(/title: Nộp hồ sơ.*$/m, "title: ''"), 'mục 1.title'],
    ['a number written as text', withLine(/number: 3/, 'number: ba'), 'mục 3.number'],
  ])('names the file and the field for %s', (_, text, field) => {
    expect(() => loadRequirements(text)).toThrow(
      new RegExp(
        `^Các yêu cầu của công văn trong content/directive/requirements\\.yaml không hợp lệ:\\n {2}- ${field.replace(/\./g, '\\.')}: `,
      ),
    );
  });

  it('names the file when a requirement is missing', () => {
    expect(() => loadRequirements(shippedText.slice(0, shippedText.indexOf('- id: tai-su-dung')))).toThrow(
      /requirements\.yaml không hợp lệ:\n {2}- \(gốc\): phải có đúng 3 yêu cầu/,
    );
  });

  it('names the file when the YAML text cannot be read', () => {
    expect(() => loadRequirements(withLine(/^- id: vneid-muc-2$/m, '- id: [vneid-muc-2'))).toThrow(
      /^Không đọc được content\/directive\/requirements\.yaml \(lỗi cú pháp YAML\)/,
    );
  });
});
