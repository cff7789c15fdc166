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

  it('sorts a list longer than one run of the merge sort in order, keeping equal names in input order', () => {
    const family = ['Nguyễn', 'Trần', 'Lê', 'Đặng', 'Bùi'];
    const given = ['An', 'Ánh', 'Ành', 'Bình', 'Đào', 'Dũng', 'Yến'];
    // 2,000 people (runs of 256 merged several times), many sharing a name.
    const people = Array.from({ length: 2000 }, (_, i) => ({
      index: i,
      name: `${family[(i * 7) % family.length]} Thị ${given[(i * 13) % given.length]}`,
    }));
    const out = sortByVietnameseName(people, (person) => person.name);
    expect(out).toHaveLength(2000);
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const key = (name: string) => [name.split(' ').pop()!, name.split(' ').slice(0, -1).join(' '), name] as const;
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [key(out[i - 1]!.name), key(out[i]!.name)];
      const order =
        collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
      expect(order).toBeLessThanOrEqual(0);
      if (order === 0) expect(out[i - 1]!.index).toBeLessThan(out[i]!.index);
    }
  });
});
