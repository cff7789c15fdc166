import { describe, expect, it } from 'vitest';
import { pageWeights, weighPage } from './page-weights';

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

  it('weighs a defined term like a section heading', () => {
    expect(weighPage(page('<dl><dt id="tthc">TTHC</dt><dd>…</dd></dl>'), 'x/index.html')).toContain(
      '<dt data-pagefind-weight="6" id="tthc">',
    );
  });

  it('stops the build when a weighted page has nothing marked for indexing', () => {
    expect(() => weighPage('<main>…</main>', 'hoi-dap/index.html')).toThrow(/hoi-dap/);
  });
});
