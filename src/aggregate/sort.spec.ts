import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, sortByVietnameseName } from './sort';

describe('sorting people as Vietnamese lists do', () => {
  it('sorts by given name (the last word), then the rest', () => {
    const names = ['Trần Văn Đức', 'Lê Thị Bình', 'Nguyễn Văn Ánh', 'Trần Văn An', 'Đỗ Thị Dung', 'Ai Văn An'];
    expect(sortByVietnameseName(names, (n) => n)).toEqual([
      'Ai Văn An',
      'Trần Văn An',
      'Nguyễn Văn Ánh',
      'Lê Thị Bình',
      'Đỗ Thị Dung',
      'Trần Văn Đức',
    ]);
  });

  it('puts đ after d and compares decomposed text as composed', () => {
    expect(compareVietnameseNames('Lê Đạt', 'Lê Dung')).toBeGreaterThan(0);
    expect(compareVietnameseNames('Lê Ánh'.normalize('NFD'), 'Lê Ánh')).not.toBeLessThan(-1);
    expect(sortByVietnameseName(['B Ơn', 'A On', 'C Ôn'], (n) => n)).toEqual(['A On', 'C Ôn', 'B Ơn']);
  });
});
