/**
 * How much a page's words count in search, against 1 for every other page. The glossary, the FAQ and the
 * source-text page repeat, by design, the words of the pages they explain: at full weight they came first
 * for the directive's numbers, the signer and the guides' screens. Measured with the query table in
 * `expected-results.ts` (`npm run bench`); keys are page paths from the site's root.
 */
export const pageWeights: Readonly<Record<string, number>> = {
  'thuat-ngu/': 0.5,
  'hoi-dap/': 0.85,
  'tai-lieu-goc/': 0.3,
};

const BODY = /\bdata-pagefind-body\b(="[^"]*")?/;

/**
 * The page's HTML as Pagefind should read it: the page's weight set on the element Pagefind indexes
 * (Starlight marks it `data-pagefind-body`). `page` is the built file's path, e.g. `thuat-ngu/index.html`.
 */
export function weighPage(html: string, page: string): string {
  html = html.replace(/<dt(?=[\s>])/g, '<dt data-pagefind-weight="6"');
  const weight = pageWeights[page.replace(/index\.html$/, '')];
  if (weight === undefined) return html;
  if (!BODY.test(html)) throw new Error(`${page}: không thấy phần data-pagefind-body để đặt trọng số tìm kiếm.`);
  return html.replace(BODY, (attribute) => `${attribute} data-pagefind-weight="${weight}"`);
}
