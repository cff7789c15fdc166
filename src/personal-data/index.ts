/**
 * The one rule for "this looks like somebody's real number". Under the Luật Bảo vệ dữ liệu cá nhân
 * (91/2025/QH15, in force from 01/01/2026) and Nghị định 356/2025/NĐ-CP, which replaced Nghị định
 * 13/2023/NĐ-CP that day, a số định danh and a phone number are personal data; so the site never
 * keeps a CCCD/số định danh, an old CMND or a phone number. Free text (a note, a reason, a staff code, a
 * value typed into a simulator) is checked where the person types it and when a file is read, and the
 * editors' content (guide wording, source corrections) at build time, since the source's screenshots
 * hold numbers that may belong to a real person.
 */

export type PersonalNumberKind = 'id-number' | 'phone';

/**
 * Digits possibly split by spaces, dots or hyphens ("0905 123 456", "052.099.000.111"). Nine digits
 * or more: CMND has 9, phones 10 (11 with 84), CCCD and số định danh 12, BHXH 10.
 */
const DIGIT_RUN = /(?:\+\s?)?\d(?:[\s.-]?\d){8,}/g;

/** Dates ("05.03.2024", "2024-03-05") are not personal numbers, even two in a row. */
const DATES = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})\b/g;

/** The kind of the first personal number found in `text`, or undefined when there is none. */
export function findPersonalNumber(text: string): PersonalNumberKind | undefined {
  for (const match of text.replace(DATES, ' ').matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/\D/g, '');
    const phoneLike = /^0[1-9]\d{8,9}$/.test(digits) || /^84[1-9]\d{8,9}$/.test(digits) || match[0].startsWith('+');
    // A 12-digit number starting with 0 is a CCCD (province codes 001–096), not a phone.
    if (phoneLike && digits.length <= 11) return 'phone';
    return 'id-number';
  }
  return undefined;
}

/** Whether `text` holds anything that looks like a personal number. */
export const hasPersonalNumber = (text: string): boolean => findPersonalNumber(text) !== undefined;

/** Edits a slip of the finger makes: one or two digits wrong, or a digit missing or doubled. */
const TYPO_EDITS = 2;

/**
 * The made-up number (a simulator persona's số định danh) that `text` is a slip of the finger away
 * from, or undefined. Measured against the made-up number's beginning too, so a number being typed
 * with a slip in it is recognised before it is complete. Such a value is the made-up person's, not
 * somebody's real number: the guard lets it through so that the person can be told what to correct.
 */
export function typoOfMadeUpNumber(text: string, madeUp: readonly string[]): string | undefined {
  const typed = text.replace(/\D/g, '');
  if (typed === '' || /[^\d\s.-]/.test(text.trim())) return undefined;
  return madeUp.find((number) => editsFromBeginningOf(typed, number.replace(/\D/g, '')) <= TYPO_EDITS);
}

/** Fewest insertions, deletions and substitutions turning `typed` into some beginning of `target` (Levenshtein). */
function editsFromBeginningOf(typed: string, target: string): number {
  let row = Array.from({ length: target.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= target.length; j += 1) {
      const substitution = row[j - 1]! + (typed[i - 1] === target[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}
