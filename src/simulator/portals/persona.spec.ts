import { describe, expect, it } from 'vitest';
import { findPersonalNumber } from '../../personal-data';
import { FICTITIOUS_PROVINCE_CODE, centuryGenderDigit, persona, storedResult } from './persona';

/** Province codes in use (Thông tư 59/2021/TT-BCA): 001 to 096. */
const isRealProvinceCode = (code: string) => Number(code) >= 1 && Number(code) <= 96;

describe('the made-up persona', () => {
  it('has a số định danh whose digits say what the persona says: province, century and gender, birth year', () => {
    const [, province, centuryGender, year] = /^(\d{3})(\d)(\d{2})\d{6}$/.exec(persona.idNumber) ?? [];
    const birthYear = Number(persona.birthDate.slice(-4));
    expect(province).toBe(FICTITIOUS_PROVINCE_CODE);
    expect(year).toBe(String(birthYear).slice(-2));
    // 1 = a woman born in the 1900s: the persona is "Nữ", born in 1999.
    expect(persona.gender).toBe('Nữ');
    expect(birthYear).toBe(1999);
    expect(centuryGender).toBe('1');
  });

  it('uses a province code no province has, for the số định danh and the old CMND', () => {
    expect(isRealProvinceCode(persona.idNumber.slice(0, 3))).toBe(false);
    expect(isRealProvinceCode(persona.oldIdNumber.slice(0, 3))).toBe(false);
    expect(persona.oldIdNumber).toMatch(/^\d{9}$/);
  });

  it('encodes century and gender as the CCCD rule does', () => {
    expect(centuryGenderDigit(1999, 'Nam')).toBe('0');
    expect(centuryGenderDigit(1999, 'Nữ')).toBe('1');
    expect(centuryGenderDigit(2001, 'Nam')).toBe('2');
    expect(centuryGenderDigit(2001, 'Nữ')).toBe('3');
  });

  it('is still a personal number to the guard, so only the simulators’ own persona may type it', () => {
    expect(findPersonalNumber(persona.idNumber)).toBe('id-number');
    expect(findPersonalNumber(persona.oldIdNumber)).toBe('id-number');
  });

  it('names the papers in its store after its own number', () => {
    const paper = storedResult('G18', '000123', 'Chứng chỉ hành nghề dược', 'CHỨNG CHỈ', '1706512345', 1);
    expect(paper.code).toBe(`${persona.idNumber}.KQ.G18.000123`);
    expect(paper.file).toBe(`${persona.idNumber}.KQ.G18.000123_Signed_1706512345.pdf`);
  });
});
