/**
 * The parts of a Pagefind search result this site reorders. A sub-result is the text under one heading
 * that has an id (on a guide page, one step); Pagefind lists them in page order.
 */
export interface SubResult {
  url: string;
  weighted_locations?: ReadonlyArray<{ balanced_score: number }>;
}

/**
 * How many of a section's strongest matches count. A step whose heading names the query ("Lấy từ kho" in
 * "Bước 3: Nộp trực tuyến, chọn Lấy từ kho") scores about fifty times a word of running text; summing
 * every match instead would put first the longest section, the one whose figures repeat the words.
 */
const STRONGEST = 3;

const relevance = (sub: SubResult) =>
  (sub.weighted_locations ?? [])
    .map((location) => location.balanced_score)
    .sort((a, b) => b - a)
    .slice(0, STRONGEST)
    .reduce((total, score) => total + score, 0);

/**
 * Puts the best-matching sections first, so the first link under a page's title is the step the query
 * names ("cap nhat cccd" → Bước 3), not the first step that happens to mention a word of it. Pagefind's
 * UI keeps the order it is given (it only drops all but the three with most matches), and a section for
 * the text above the first heading (the page's own address) stays first, where the UI expects it.
 */
export function bestSubResultsFirst<T extends SubResult>(subResults: readonly T[], pageUrl: string): T[] {
  const [first, ...rest] = subResults;
  if (first && first.url === pageUrl) return [first, ...bestSubResultsFirst(rest, '\0')];
  return [...subResults].sort((a, b) => relevance(b) - relevance(a));
}
