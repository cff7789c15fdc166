/**
 * The parts of a Pagefind search result this site reorders. A sub-result is the text under one heading
 * that has an id (on a guide page, one step); Pagefind lists them in page order.
 */
export interface SubResult {
  url: string;
  weighted_locations?: ReadonlyArray<{ balanced_score: number }>;
}

/**
 * A section's relevance: its `strongest` best matches, one per word of the query. A step whose heading
 * names the query ("Lấy từ kho" in "Bước 3: Nộp trực tuyến, chọn Lấy từ kho") scores about fifty times a
 * word of running text; summing every match instead would put first the longest section, the one whose
 * figures repeat the words, and counting fewer than the query's words would tie "Bước 6: Chọn Đăng nhập
 * bằng VNeID" with "Bước 1: Đăng nhập bằng tài khoản…" for "dang nhap bang vneid".
 */
const relevance = (sub: SubResult, strongest: number) =>
  (sub.weighted_locations ?? [])
    .map((location) => location.balanced_score)
    .sort((a, b) => b - a)
    .slice(0, strongest)
    .reduce((total, score) => total + score, 0);

/**
 * Puts the best-matching sections first, so the first link under a page's title is the step the query
 * names ("cap nhat cccd" → Bước 3), not the first step that happens to mention a word of it. Pagefind's
 * UI keeps the order it is given (it only drops all but the three with most matches), and a section for
 * the text above the first heading (the page's own address) stays first, where the UI expects it.
 */
export function bestSubResultsFirst<T extends SubResult>(
  subResults: readonly T[],
  pageUrl: string,
  queryWords: number,
): T[] {
  const [first, ...rest] = subResults;
  if (first && first.url === pageUrl) return [first, ...bestSubResultsFirst(rest, '\0', queryWords)];
  const strongest = Math.max(1, queryWords);
  return [...subResults].sort((a, b) => relevance(b, strongest) - relevance(a, strongest));
}

/** How many words a query has, for `bestSubResultsFirst`. */
export const wordCount = (query: string) => query.trim().split(/\s+/u).filter(Boolean).length;
