import { isDeckPage } from './site-search';

/**
 * What a page may cost a phone before anyone touches it: its own JS, CSS and fonts in gzip kilobytes, per kind
 * of page (issue 16). `goal` is where the site must get to; `budget` is what the build may weigh today: the goal
 * where it is met, else the figure measured when the budget was set plus a small margin, so pages only get lighter.
 * Lower a budget whenever a change makes its pages lighter; never raise one without saying why in the commit.
 */
export interface PageKind {
  /** Shown in the test names and the summary. */
  readonly label: string;
  readonly budgetKB: number;
  readonly goalKB: number;
}

export const PAGE_KINDS = {
  reading: { label: 'trang đọc', budgetKB: 60, goalKB: 60 },
  // The practice hub is a reading page with a progress badge per scenario (a Preact island each). At its goal
  // since Pagefind's UI loads only when the search box is used (issue 16: 66.2 KB before, 40.2 KB after).
  practiceHub: { label: 'danh sách bài luyện tập', budgetKB: 60, goalKB: 60 },
  simulator: { label: 'trang mô phỏng', budgetKB: 95, goalKB: 95 },
  selfAssessment: { label: 'tự đánh giá', budgetKB: 105, goalKB: 105 },
  // Back at its goal since Pagefind's UI loads only when the search box is used (issue 16: 105.1 KB before,
  // 79.4 KB after).
  aggregation: { label: 'tổng hợp', budgetKB: 105, goalKB: 105 },
  trainerDeck: { label: 'trình chiếu', budgetKB: 80, goalKB: 80 },
} as const satisfies Record<string, PageKind>;

export type PageKindName = keyof typeof PAGE_KINDS;

/** The kind of a page from its path relative to the site's base ("", "luyen-tap/lay-tu-kho/", …). */
export function pageKindOf(path: string): PageKindName {
  if (isDeckPage(path)) return 'trainerDeck';
  if (path === 'luyen-tap/') return 'practiceHub';
  if (/^luyen-tap\/[^/]+\/$/.test(path)) return 'simulator';
  if (path === 'tu-danh-gia/') return 'selfAssessment';
  if (path === 'tong-hop/') return 'aggregation';
  return 'reading';
}
