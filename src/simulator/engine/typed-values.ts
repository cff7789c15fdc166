/**
 * What a person is told about a wrong value in a field once they confirm it: the one difference that
 * matters when there is one (letter case, spaces around it, a slip in the made-up number), so they know
 * what to correct, instead of only "not right".
 */
import { hasPersonalNumber, typoOfMadeUpNumber } from '../../personal-data';

export const typedValueText = {
  caseInSecret: 'Mật khẩu phân biệt chữ hoa, chữ thường: gõ từng chữ đúng như trong thẻ “dữ liệu giả định”.',
  caseInField: 'Chữ hoa, chữ thường chưa đúng: gõ đúng như trong thẻ “dữ liệu giả định”.',
  spaces: 'Có dấu cách thừa ở đầu hoặc cuối ô: xóa dấu cách đó đi.',
  madeUpTypo: (number: string) => `Số này khác số trên thẻ dữ liệu giả định: ${number}. Sửa lại từng chữ số cho đúng.`,
} as const;

/** The values of a run that look like personal numbers: the made-up person's own (the persona card's). */
export function madeUpNumbers(values: Record<string, string>): string[] {
  return Object.values(values).filter(hasPersonalNumber);
}

/**
 * What is wrong with `value` where `expected` was due, when it is one of the differences a person
 * would want named; undefined otherwise. `secret`: a password or OTP field.
 */
export function typedValueMistake(
  value: string,
  expected: string,
  madeUp: readonly string[],
  secret: boolean,
): string | undefined {
  const trimmed = value.trim();
  if (trimmed === expected) return typedValueText.spaces;
  if (trimmed.toLowerCase() === expected.toLowerCase()) {
    const caseText = secret ? typedValueText.caseInSecret : typedValueText.caseInField;
    return trimmed === value ? caseText : `${caseText} ${typedValueText.spaces}`;
  }
  if (madeUp.includes(expected) && typoOfMadeUpNumber(value, [expected])) return typedValueText.madeUpTypo(expected);
  return undefined;
}
