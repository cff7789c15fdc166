import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, withoutHiddenCharacters } from '.';

describe('hidden characters', () => {
  const twins = [
    ['zero-width space', 'Phạm\u200B Ngọc Thảo Vy'],
    ['right-to-left override', 'Lê Thị \u202EHoa'],
    ['first-strong isolate', 'Lê Thị \u2068Hoa\u2069'],
    ['soft hyphen', 'Nguyễn Văn Bì\u00ADnh'],
    ['byte-order mark', '\uFEFFTrần Văn An'],
  ] as const;

  it.each(twins)('finds and removes a %s', (_kind, text) => {
    expect(hasHiddenCharacters(text)).toBe(true);
    expect(hasHiddenCharacters(withoutHiddenCharacters(text))).toBe(false);
  });

  it('leaves Vietnamese text, composed or not, alone', () => {
    for (const text of ['Nguyễn Văn Bình', 'Nguyễn Văn Bình'.normalize('NFD'), 'Đỗ Thị Ánh']) {
      expect(hasHiddenCharacters(text)).toBe(false);
      expect(withoutHiddenCharacters(text)).toBe(text);
    }
  });
});
