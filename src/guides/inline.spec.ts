import { describe, expect, it } from 'vitest';
import { renderInline } from './inline';

describe('renderInline', () => {
  it('renders bold button names', () => {
    expect(renderInline('Bấm nút **[Cập nhật]**.')).toBe('Bấm nút <strong>[Cập nhật]</strong>.');
  });

  it('links a bare address and leaves the sentence dot outside', () => {
    expect(renderInline('tại địa chỉ: https://dichvucong.gov.vn. Sau đó')).toBe(
      'tại địa chỉ: <a href="https://dichvucong.gov.vn" rel="external">https://dichvucong.gov.vn</a>. Sau đó',
    );
  });

  it('escapes anything that looks like HTML', () => {
    expect(renderInline('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('leaves a lone pair of asterisks alone', () => {
    expect(renderInline('*Không dành cho')).toBe('*Không dành cho');
  });
});
