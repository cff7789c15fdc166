import { describe, expect, it } from 'vitest';
import { guides } from './index';
import { stepSections, withGuideSteps, type TocEntry } from './table-of-contents';

const heading = (slug: string, text: string): TocEntry => ({ depth: 2, slug, text, children: [] });
const toc = [
  { depth: 2, slug: '_top', text: 'Tổng quan', children: [] },
  heading('mục-đích', 'Mục đích'),
  heading(stepSections.steps, 'Cách thực hiện'),
  heading(stepSections.check, 'Kiểm tra kết quả'),
];

describe('withGuideSteps', () => {
  const result = withGuideSteps(toc, guides['phu-luc-1'].steps, 'phu-luc-1.mdx');
  const section = (slug: string) => result.find((item) => item.slug === slug)?.children ?? [];

  it('lists every numbered step under "Cách thực hiện", by its heading id and text', () => {
    expect(section(stepSections.steps).map((item) => item.slug)).toEqual([
      'p1-b1',
      'p1-b2',
      'p1-b3',
      'p1-b4',
      'p1-b5',
      'p1-b6',
      'p1-b7',
    ]);
    expect(section(stepSections.steps)[2]).toEqual({
      depth: 3,
      slug: 'p1-b3',
      text: 'Bước 3: Cập nhật từ CSDL Quốc gia về Dân cư',
      children: [],
    });
  });

  it('lists the final check under "Kiểm tra kết quả" and leaves other sections alone', () => {
    expect(section(stepSections.check).map((item) => item.slug)).toEqual(['p1-kt']);
    expect(section('mục-đích')).toEqual([]);
  });

  it('stops the build when the page lost the section the steps belong under', () => {
    expect(() => withGuideSteps(toc.slice(0, 2), guides['phu-luc-2'].steps, 'phu-luc-2.mdx')).toThrow(
      /phu-luc-2\.mdx.*cách-thực-hiện/,
    );
  });
});
