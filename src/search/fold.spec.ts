import { describe, expect, it } from 'vitest';
import { foldVietnamese, markStrokedD, toSearchQuery, unmarkDeep, unmarkStrokedD } from './fold';

describe('foldVietnamese', () => {
  it('reads đ and Đ as d', () => {
    expect(foldVietnamese('đăng nhập')).toBe('dang nhap');
    expect(foldVietnamese('ĐỊNH DANH')).toBe('dinh danh');
  });

  it('drops every tone mark on every vowel', () => {
    const tones = 'a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ e é è ẻ ẽ ẹ ê ế ề ể ễ ệ i í ì ỉ ĩ ị';
    expect(foldVietnamese(tones)).toBe('a a a a a a a a a a a a a a a a a a e e e e e e e e e e e e i i i i i i');
    const more = 'o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ u ú ù ủ ũ ụ ư ứ ừ ử ữ ự y ý ỳ ỷ ỹ ỵ';
    expect(foldVietnamese(more)).toBe('o o o o o o o o o o o o o o o o o o u u u u u u u u u u u u y y y y y y');
  });

  it('ignores upper case, including on accented capitals', () => {
    expect(foldVietnamese('LẤY TỪ KHO')).toBe(foldVietnamese('lấy từ kho'));
    expect(foldVietnamese('Tái Sử Dụng')).toBe('tai su dung');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Lấy'.normalize('NFD'))).toBe(foldVietnamese('Lấy'));
  });
});

describe('the index and query rewriting', () => {
  /** Pagefind compares words with their combining marks stripped and in lower case. */
  const pagefindKey = (word: string) =>
    word
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase();

  it.each([
    ['dang nhap', 'Đăng nhập'],
    ['Đăng nhập', 'Đăng nhập'],
    ['dinh danh', 'Thông tin định danh'],
    ['DIEN TU', 'định danh điện tử'],
  ])('makes the query %j meet the indexed text %j', (query, text) => {
    const indexed = pagefindKey(markStrokedD(text));
    expect(indexed).toContain(pagefindKey(toSearchQuery(query)));
  });

  it('still lets a plain d match: "dung" finds "dụng"', () => {
    expect(pagefindKey(markStrokedD('tái sử dụng'))).toContain(pagefindKey(toSearchQuery('dung')));
  });

  it('composes a decomposed query before rewriting it', () => {
    expect(toSearchQuery('đăng'.normalize('NFD'))).toBe(markStrokedD('đăng'));
  });

  it('turns marked text back into what the page says', () => {
    const page = 'Đăng nhập bằng tài khoản định danh điện tử';
    expect(unmarkStrokedD(markStrokedD(page))).toBe(page);
  });

  it('restores đ in a percent-encoded heading address, so the link lands on the heading', () => {
    const id = 'mã-otp-gửi-về-số-điện-thoại-cũ';
    const indexed = `/hoi-dap/#${encodeURIComponent(markStrokedD(id))}`;
    expect(unmarkStrokedD(indexed)).toBe(`/hoi-dap/#${encodeURIComponent(id)}`);
  });

  it('restores every string in a search result', () => {
    const result = {
      url: '/phu-luc-1/#bước-6-đăng-nhập',
      meta: { title: markStrokedD('Đăng nhập') },
      sub_results: [{ title: markStrokedD('Định danh'), excerpt: `<mark>${markStrokedD('đăng')}</mark>` }],
      word_count: 12,
    };
    expect(unmarkDeep(result)).toEqual({
      url: '/phu-luc-1/#bước-6-đăng-nhập',
      meta: { title: 'Đăng nhập' },
      sub_results: [{ title: 'Định danh', excerpt: '<mark>đăng</mark>' }],
      word_count: 12,
    });
  });
});
