import { describe, expect, it } from 'vitest';
import { bestSubResultsFirst, wordCount } from './sub-results';

const section = (url: string, ...scores: number[]) => ({
  url,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('bestSubResultsFirst', () => {
  it('puts the section with the strongest matches first', () => {
    const sections = [section('/p/#p1-b1', 1, 1), section('/p/#p1-b3', 50, 50), section('/p/#p1-b4', 10)];
    expect(bestSubResultsFirst(sections, '/p/', 3).map((s) => s.url)).toEqual(['/p/#p1-b3', '/p/#p1-b4', '/p/#p1-b1']);
  });

  it('ranks a section by its strongest matches, so a heading hit beats many passing mentions', () => {
    const heading = section('/p/#p2-b3', 9802, 9802, 9802, 1);
    const longFigures = section('/p/#p2-b4', ...Array<number>(60).fill(200));
    expect(bestSubResultsFirst([longFigures, heading], '/p/', 3).map((s) => s.url)).toEqual(['/p/#p2-b3', '/p/#p2-b4']);
  });

  it('counts one strongest match per word of the query, so the heading naming every word wins', () => {
    const stepOne = section('/p/#p1-b1', 9802, 9802, 9802, 200);
    const stepSix = section('/p/#p1-b6', 9802, 9802, 9802, 9802);
    expect(bestSubResultsFirst([stepOne, stepSix], '/p/', 4)[0]?.url).toBe('/p/#p1-b6');
    expect(wordCount('  dang nhap  bang vneid ')).toBe(4);
  });

  it("keeps the page's own section (the text above the first heading) first", () => {
    const sections = [section('/p/', 1), section('/p/#p1-b1', 1), section('/p/#p1-b3', 99)];
    expect(bestSubResultsFirst(sections, '/p/', 3).map((s) => s.url)).toEqual(['/p/', '/p/#p1-b3', '/p/#p1-b1']);
  });

  it('keeps page order between equal sections and copes with none', () => {
    const sections = [section('/p/#a', 5), section('/p/#b', 5), { url: '/p/#c' }];
    expect(bestSubResultsFirst(sections, '/p/', 3).map((s) => s.url)).toEqual(['/p/#a', '/p/#b', '/p/#c']);
    expect(bestSubResultsFirst([], '/p/', 3)).toEqual([]);
  });
});
