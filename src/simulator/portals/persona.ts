/**
 * The made-up person every simulated screen shows. The source's screenshots carry numbers that may
 * belong to a real person; the site never shows those. These numbers are invented, and every screen
 * that shows them also says "dữ liệu giả định".
 */
export const persona = {
  name: 'Nguyễn Thị Mai',
  /** A số định danh cá nhân in the real 12-digit shape (052 = Bình Định), invented. */
  idNumber: '052099001234',
  /** The old 9-digit CMND, invented. */
  oldIdNumber: '215099001',
  birthDate: '15/06/1999',
  gender: 'Nữ',
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
