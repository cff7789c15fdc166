import { describe, expect, it } from 'vitest';
import { sortByVietnameseName } from './sort';

const sorted = (names: string[]) => sortByVietnameseName(names, (name) => name);
const decomposed = (name: string) => name.normalize('NFD');

describe('sorting people as Vietnamese lists do', () => {
  it('sorts by given name (the last word), then the rest', () => {
    const names = ['Trần Văn Đức', 'Lê Thị Bình', 'Nguyễn Văn Ánh', 'Trần Văn An', 'Đỗ Thị Dung', 'Ai Văn An'];
    expect(sorted(names)).toEqual([
      'Ai Văn An',
      'Trần Văn An',
      'Nguyễn Văn Ánh',
      'Lê Thị Bình',
      'Đỗ Thị Dung',
      'Trần Văn Đức',
    ]);
  });

  it('orders the letters as the Vietnamese alphabet does: d before đ, o before ô before ơ', () => {
    expect(sorted(['Lê Đạt', 'Lê Dung'])).toEqual(['Lê Dung', 'Lê Đạt']);
    expect(sorted(['B Ơn', 'A On', 'C Ôn'])).toEqual(['A On', 'C Ôn', 'B Ơn']);
  });

  it('reads a name with extra spaces by its words', () => {
    expect(sorted(['  Trần   Văn  Bình ', 'Lê Văn An'])).toEqual(['Lê Văn An', '  Trần   Văn  Bình ']);
  });

  it('breaks ties between names that differ only by tone the same way, composed or not', () => {
    const composedOrder = ['Lê Anh', 'Lê Ành', 'Lê Ánh'];
    expect(sorted(['Lê Ánh', 'Lê Ành', 'Lê Anh'])).toEqual(composedOrder);
    // A name typed on a device that stores it decomposed (NFD) takes the same place as its composed twin.
    expect(sorted([decomposed('Lê Ánh'), 'Lê Ành', 'Lê Anh'])).toEqual(['Lê Anh', 'Lê Ành', decomposed('Lê Ánh')]);
  });

  it('takes the same name composed and decomposed for one name, keeping their input order', () => {
    const people = [
      { file: 'a.json', name: 'Phạm Thị Ánh' },
      { file: 'b.json', name: decomposed('Phạm Thị Ánh') },
    ];
    expect(sortByVietnameseName(people, (person) => person.name).map((person) => person.file)).toEqual([
      'a.json',
      'b.json',
    ]);
    expect(sortByVietnameseName([...people].reverse(), (person) => person.name).map((person) => person.file)).toEqual([
      'b.json',
      'a.json',
    ]);
  });
});
