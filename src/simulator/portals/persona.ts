/**
 * The made-up person every simulated screen shows. The source's screenshots carry numbers that may
 * belong to a real person; the site never shows those. These numbers are invented, and every screen
 * that shows them also says "dữ liệu giả định".
 */

/**
 * The province code the made-up numbers start with. A số định danh cá nhân (CCCD) starts with the code
 * of the province where the birth was registered, 001 to 096 (Thông tư 59/2021/TT-BCA; the source's
 * screenshots show 052, Bình Định, a real code). 000 is no province's code, so the persona's number
 * keeps the real 12-digit shape yet cannot be anyone's, and a reader who knows the shape sees it is
 * made up.
 */
export const FICTITIOUS_PROVINCE_CODE = '000';

/** The persona's birth year and gender, which the number's 4th digit and its two year digits encode. */
const BIRTH_DATE = '15/06/1999';
const GENDER = 'Nữ';

/**
 * The 4th digit of a số định danh: the century of birth and the gender (Thông tư 59/2021/TT-BCA):
 * 0/1 for a man/woman born 1900–1999, 2/3 for 2000–2099, and so on by century.
 */
export function centuryGenderDigit(birthYear: number, gender: 'Nam' | 'Nữ'): string {
  const century = Math.floor(birthYear / 100) - 19;
  return String(century * 2 + (gender === 'Nữ' ? 1 : 0));
}

const birthYear = Number(BIRTH_DATE.slice(-4));

export const persona = {
  name: 'Nguyễn Thị Mai',
  /**
   * Số định danh cá nhân: province code, century/gender digit, the last two digits of the birth year,
   * then six digits of the person's own: `000 1 99 001234` for a woman born in 1999, province 000.
   */
  idNumber: `${FICTITIOUS_PROVINCE_CODE}${centuryGenderDigit(birthYear, GENDER)}${String(birthYear).slice(-2)}001234`,
  /** The old 9-digit CMND, which began with a province's code too: 000 again, so it is no one's. */
  oldIdNumber: `${FICTITIOUS_PROVINCE_CODE}990123`,
  birthDate: BIRTH_DATE,
  gender: GENDER,
  /** Masked on purpose: a phone number in the right shape would look like someone's real number. */
  phone: '09•• ••• •••',
  /** example.com is reserved for examples, so this address can reach nobody. */
  email: 'mai.nguyen@example.com',
  birthPlace: 'Huyện Phù Cát, tỉnh Bình Định',
  hometown: 'Huyện Phù Cát, tỉnh Bình Định',
  address: 'Thôn Giả Định, xã Cát Hanh, huyện Phù Cát, tỉnh Bình Định',
  /** When the two accounts were linked in the Phụ lục 1 story (after the directive, before 01/07/2024). */
  linkedOn: '20/02/2024',
} as const;

/** One result in the personal data store ("Kho dữ liệu cá nhân"). */
export interface StoredResult {
  /** Mã giấy tờ: `<số định danh>.KQ.<agency code>.<running number>`; G18 health, G15 justice. */
  code: string;
  /** What the paper is, as the store lists it after the code. */
  title: string;
  /** Loại giấy tờ, in capitals as the store shows it. */
  kind: string;
  /** The signed PDF's file name. */
  file: string;
  /** Dung lượng tập tin, in bytes as the store shows it. */
  bytes: number;
  /** Số lần sử dụng. */
  uses: number;
}

/** A result in the persona's store: its code and signed file name built as the portal builds them. */
export const storedResult = (
  agency: string,
  number: string,
  title: string,
  kind: string,
  signedAt: string,
  bytes: number,
): StoredResult => {
  const code = `${persona.idNumber}.KQ.${agency}.${number}`;
  return { code, title, kind, file: `${code}_Signed_${signedAt}.pdf`, bytes, uses: 0 };
};
