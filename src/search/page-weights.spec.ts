import { describe, expect, it } from 'vitest';
import { pageWeights, titleWeights, weighPage } from './page-weights';

const page = (body: string) =>
  `<html><body><nav>Menu</nav><main data-pagefind-body class="x">${body}</main></body></html>`;

describe('weighPage', () => {
  it('sets the weight of a reference page on the element Pagefind indexes', () => {
    const html = weighPage(page('<p>Công văn 392</p>'), 'thuat-ngu/index.html');
    expect(html).toContain(`<main data-pagefind-body data-pagefind-weight="${pageWeights['thuat-ngu/']}" class="x">`);
  });

  it('leaves the pages the reference pages explain at full weight', () => {
    expect(weighPage(page('<p>Công văn 392</p>'), 'cong-van/index.html')).toBe(page('<p>Công văn 392</p>'));
  });

  it('weighs a defined term of the glossary like a section heading, and no other page’s labels', () => {
    const list = '<dl><dt id="tthc">TTHC</dt><dd>…</dd></dl>';
    expect(weighPage(page(list), 'thuat-ngu/index.html')).toContain('<dt data-pagefind-weight="6" id="tthc">');
    expect(weighPage(page(list), 'phu-luc-2/index.html')).toBe(page(list));
  });

  it('leaves out of the index the links to the previous and next page', () => {
    const links = '<div class="pagination-links print:hidden" dir="ltr"><a>Trước Tự đánh giá</a></div>';
    expect(weighPage(page(links), 'tong-hop/index.html')).toContain(
      '<div data-pagefind-ignore="all" class="pagination-links print:hidden"',
    );
  });

  it('weighs the title of a page drawn in the browser above a heading', () => {
    const html = weighPage(page('<h1 id="_top" class="t">Tự đánh giá</h1>'), 'tu-danh-gia/index.html');
    expect(html).toContain(`<h1 id="_top" data-pagefind-weight="${titleWeights['tu-danh-gia/']}" class="t">`);
  });

  it('stops the build when a weighted page has nothing marked for indexing', () => {
    expect(() => weighPage('<main>…</main>', 'hoi-dap/index.html')).toThrow(/hoi-dap/);
  });
});
