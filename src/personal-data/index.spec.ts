import { describe, expect, it } from 'vitest';
import { findPersonalNumber, typoOfMadeUpNumber } from '.';

// Every number below is invented: patterns only, none is anyone's.
describe('personal numbers in free text', () => {
  it.each([
    ['Số CCCD 052099000111', 'id-number'],
    ['cccd: 052 099 000 111', 'id-number'],
    ['CMND cũ 123456789', 'id-number'],
    ['052.099.000.111', 'id-number'],
    ['gọi 0900000000 nhé', 'phone'],
    ['ĐT: 0900 000 000', 'phone'],
    ['090-000-0000', 'phone'],
    ['+84 900 000 000', 'phone'],
    ['84900000000', 'phone'],
  ] as const)('refuses %j (%s)', (text, kind) => expect(findPersonalNumber(text)).toBe(kind));

  it.each([
    'Nộp 3 hồ sơ năm 2024',
    'Ngày 05/03/2024',
    'Mã NV-0123',
    'Phòng 12, tầng 2',
    '12345678',
    'Hồ sơ số 2024-001',
    'nộp 05.03.2024 09.03.2024',
    'từ 2024-03-05 đến 2024-03-09',
  ])('accepts %j', (text) => expect(findPersonalNumber(text)).toBeUndefined());
});

describe('a slip of the finger in a made-up number', () => {
  // Invented, as a simulator persona's number is.
  const madeUp = '052099001234';

  it.each([
    ['one digit off', '052099001235'],
    ['two digits off', '052199001204'],
    ['a digit missing', '05209901234'],
    ['a digit doubled', '0520990012344'],
    ['a slip while still typing', '0521990'],
    ['spaces between groups', '052 099 001 235'],
  ])('is recognised: %s', (_, text) => expect(typoOfMadeUpNumber(text, [madeUp])).toBe(madeUp));

  it.each([
    ['another number of the same shape', '079123456789'],
    ['a phone number', '0905123456'],
    ['three digits off', '052199101204'],
    ['letters', 'MaiCong@2024'],
  ])('is not: %s', (_, text) => expect(typoOfMadeUpNumber(text, [madeUp])).toBeUndefined());
});
