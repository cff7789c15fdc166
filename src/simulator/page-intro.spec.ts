import { describe, expect, it } from 'vitest';
import { renderIntro } from './page-intro';

describe('a simulator page’s opening paragraph', () => {
  it('links inside the site under the base path, in bold where marked, with everything else escaped', () => {
    expect(renderIntro('Luyện tập [Phụ lục 1](/phu-luc-1/) với **dữ liệu giả định** <b>', '/dvc/')).toBe(
      'Luyện tập <a href="/dvc/phu-luc-1/">Phụ lục 1</a> với <strong>dữ liệu giả định</strong> &lt;b&gt;',
    );
    expect(renderIntro('[Luyện tập](/luyen-tap/)', '/')).toBe('<a href="/luyen-tap/">Luyện tập</a>');
  });
});
