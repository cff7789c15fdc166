import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseGuide, stepIdPattern, type Guide } from './schema';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const files = {
  p1: 'content/guides/phu-luc-1.yaml',
  p2: 'content/guides/phu-luc-2.yaml',
} as const;

const shipped = {
  p1: load(read(files.p1)) as Guide,
  p2: load(read(files.p2)) as Guide,
};

/** A copy of Phụ lục 1 with one change applied. */
function withChange(change: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(shipped.p1) as Record<string, any>;
  change(copy);
  return copy;
}

describe('guide files', () => {
  it.each(['p1', 'p2'] as const)('accepts the shipped %s guide', (prefix) => {
    const guide = parseGuide(shipped[prefix], files[prefix], prefix);
    expect(guide.steps.length).toBeGreaterThan(1);
    expect(guide.steps.every((step) => stepIdPattern.test(step.id) && step.id.startsWith(`${prefix}-`))).toBe(true);
  });

  it('has the steps the source has, the check last', () => {
    const ids = (prefix: 'p1' | 'p2') => parseGuide(shipped[prefix], files[prefix]).steps.map((step) => step.id);
    expect(ids('p1')).toEqual(['p1-b1', 'p1-b2', 'p1-b3', 'p1-b4', 'p1-b5', 'p1-b6', 'p1-b7', 'p1-kt']);
    expect(ids('p2')).toEqual(['p2-b1', 'p2-b2', 'p2-b3', 'p2-b4', 'p2-kt']);
  });

  it('keeps ids unique across both guides', () => {
    const all = [...shipped.p1.steps, ...shipped.p2.steps].map((step) => step.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('words every step for the reader, with the source’s own words kept apart', () => {
    for (const step of [...shipped.p1.steps, ...shipped.p2.steps]) {
      // The source says "Thực hiện nút [Bỏ qua]"; staff are told "Bấm nút [Bỏ qua]".
      expect(step.text, step.id).not.toMatch(/Thực hiện nút/);
      expect(step.source, step.id).not.toBe(step.text);
    }
    expect(shipped.p1.steps[0]?.text).toMatch(/bấm nút \*\*\[Bỏ qua\]\*\*/);
    expect(shipped.p1.steps[0]?.source).toMatch(/Thực hiện nút \*\*\[Bỏ qua\]\*\*/);
  });

  it.each([
    ['phu-luc-1', 'p1'],
    ['phu-luc-2', 'p2'],
  ] as const)('matches the title of content/docs/%s.mdx', (page, prefix) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(read(`content/docs/${page}.mdx`))?.[1] ?? '';
    expect((load(frontmatter) as { title?: string }).title).toBe(shipped[prefix].title);
  });
});

describe('a bad guide file', () => {
  it.each([
    ['a duplicated id', (g: Record<string, any>) => (g.steps[3].id = g.steps[1].id), 'steps.3.id'],
    ['an id with diacritics', (g: Record<string, any>) => (g.steps[0].id = 'p1-bước-1'), 'steps.0.id'],
    ['an id of the other guide', (g: Record<string, any>) => (g.steps[2].id = 'p2-b9'), 'steps.2.id'],
    ['a missing title', (g: Record<string, any>) => delete g.title, 'title'],
    ['an empty step text', (g: Record<string, any>) => (g.steps[1].text = '  '), 'steps.1.text'],
    ['a step without the source’s words', (g: Record<string, any>) => delete g.steps[1].source, 'steps.1.source'],
    ['HTML in the wording', (g: Record<string, any>) => (g.steps[1].text = 'Bấm <b>Cập nhật</b>'), 'steps.1.text'],
    ['a Markdown link', (g: Record<string, any>) => (g.steps[1].tip = 'xem [đây](https://example.com)'), 'steps.1.tip'],
    [
      'a personal number',
      (g: Record<string, any>) => (g.steps[0].details[0] = 'Số 0521 9400 0297'),
      'steps.0.details.0',
    ],
    ['empty details', (g: Record<string, any>) => (g.steps[0].details = []), 'steps.0.details'],
    ['an unknown field', (g: Record<string, any>) => (g.steps[0].image = 'b1.png'), 'steps.0'],
    ['no steps', (g: Record<string, any>) => (g.steps = []), 'steps'],
  ])('rejects %s and names the field', (_, change, field) => {
    expect(() => parseGuide(withChange(change), files.p1, 'p1')).toThrow(
      new RegExp(`${field.replace(/\./g, '\\.')}\\b`),
    );
  });

  it('names the file in the message', () => {
    expect(() => parseGuide({}, files.p1)).toThrow(/content\/guides\/phu-luc-1\.yaml/);
  });

  it('rejects a file that is not a guide at all', () => {
    expect(() => parseGuide('Phụ lục 1', files.p1)).toThrow(/phu-luc-1\.yaml/);
  });
});
