/**
 * Vietnamese accent folding for search.
 *
 * Pagefind already matches words typed without tone marks ("lay" finds "Lấy"): it compares words with
 * their combining marks removed. It cannot do the same for đ/Đ, which are letters of their own with no
 * decomposition, so "dang nhap" would never find "Đăng nhập". We rewrite đ as d + U+0335 (combining
 * short stroke overlay) in the text Pagefind indexes and in every query: Pagefind then strips the overlay
 * like any other mark, so "dang", "đang" and "Đăng" all meet. Results are turned back before display.
 */

const STROKE = '\u0335';
const STROKED_D = /[đĐ]/g;
const MARKED_D = new RegExp(`([dD])${STROKE}`, 'g');
/** The same in a percent-encoded address: Pagefind encodes a heading id such as "đăng-nhập" in its URL. */
const ENCODED_MARKED_D = /([dD])%CC%B5/gi;

/** Rewrites đ/Đ as d/D + stroke overlay, for text that goes into the index. */
export function markStrokedD(text: string): string {
  return text.replace(STROKED_D, (letter) => (letter === 'đ' ? 'd' : 'D') + STROKE);
}

/** Turns the overlay back into đ/Đ, for text shown to the reader and addresses they follow. */
export function unmarkStrokedD(text: string): string {
  return text
    .replace(MARKED_D, (_, letter: string) => (letter === 'd' ? 'đ' : 'Đ'))
    .replace(ENCODED_MARKED_D, (_, letter: string) => (letter === 'd' ? '%C4%91' : '%C4%90'));
}

/**
 * Prepares what the reader typed for Pagefind. Text typed with a "decomposed Unicode" keyboard setting
 * (common with Unikey) is composed first so it compares equal to the NFC text of the site.
 */
export function toSearchQuery(typed: string): string {
  return markStrokedD(typed.normalize('NFC'));
}

/** Applies `unmarkStrokedD` to every string inside a search result, whatever its shape. */
export function unmarkDeep<T>(value: T): T {
  if (typeof value === 'string') return unmarkStrokedD(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => unmarkDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unmarkDeep(item)])) as T;
  }
  return value;
}

/**
 * The key two words are compared by once every accent is ignored: tone and vowel marks dropped,
 * đ read as d, case ignored. This is the equivalence the site promises its readers.
 */
export function foldVietnamese(text: string): string {
  return markStrokedD(text)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}
