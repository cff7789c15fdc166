import { describe, expect, it } from 'vitest';
import { CSV_BOM, parseCsv, toCsv } from './csv';
import { neutraliseFormula } from './neutralise';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([
      ['Đơn vị', 'Số người'],
      ['Khoa Nội tổng hợp', 3],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFĐơn vị,Số người\r\nKhoa Nội tổng hợp,3\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes, semicolons and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x;y', 'two\nlines']])).toBe('\uFEFF"a,b","say ""hi""","x;y","two\nlines"\r\n');
  });

  it('neutralises cells that start like a formula, but not our numbers', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', 'An', -3, null]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),\'\tx,An,-3,\r\n',
    );
    expect(neutraliseFormula('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['Họ, tên', 'ghi "chú"', 'x\r\ny'],
      ['1', '', '=a'],
    ];
    const back = parseCsv(toCsv(rows));
    expect(back).toEqual([
      ['Họ, tên', 'ghi "chú"', 'x\r\ny'],
      ['1', '', "'=a"],
    ]);
  });

  it('reads ";"-separated CSV as Excel saves it on a Vietnamese setting', () => {
    expect(parseCsv('Họ và tên;Đơn vị\r\nAn;Khoa Nội\r\n')).toEqual([
      ['Họ và tên', 'Đơn vị'],
      ['An', 'Khoa Nội'],
    ]);
  });
});
