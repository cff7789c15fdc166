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
 * Title weights above a heading's 7, for pages whose content is drawn in the browser and so is not in the
 * index: there the title is nearly all the index has, and "tu danh gia" opened the TCHC page (whose title
 * and text name the self-assessment files) before the self-assessment itself.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  'tu-danh-gia/': 10,
};

/** The page whose `<dt>` are defined terms, weighed like headings. */
const GLOSSARY = 'thuat-ngu/index.html';

/**
 * Starlight's "Trước / Tiếp" links under every page: they print the neighbours' titles, so "tu danh gia"
 * found the page after Tự đánh giá as well as Tự đánh giá itself.
 */
const PAGINATION = /<div class="pagination-links(?=[\s"])/g;

/**
 * The page's HTML as Pagefind should read it: the page's weight set on the element Pagefind indexes
 * (Starlight marks it `data-pagefind-body`). `page` is the built file's path, e.g. `thuat-ngu/index.html`.
 */
export function weighPage(html: string, page: string): string {
  // Only the glossary's: elsewhere a <dt> is a label on a simulated screen ("Số định danh cá nhân"),
  // which at heading weight put Phụ lục 2 first for "thong tin dinh danh".
  if (page === GLOSSARY) html = html.replace(/<dt(?=[\s>])/g, '<dt data-pagefind-weight="6"');
  html = html.replace(PAGINATION, '<div data-pagefind-ignore="all" class="pagination-links');
  const titleWeight = titleWeights[page.replace(/index\.html$/, '')];
  if (titleWeight !== undefined)
    html = html.replace(/<h1 id="_top"/, `<h1 id="_top" data-pagefind-weight="${titleWeight}"`);
  const weight = pageWeights[page.replace(/index\.html$/, '')];
  if (weight === undefined) return html;
  if (!BODY.test(html)) throw new Error(`${page}: không thấy phần data-pagefind-body để đặt trọng số tìm kiếm.`);
  return html.replace(BODY, (attribute) => `${attribute} data-pagefind-weight="${weight}"`);
}
