import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv, parseRosterXlsx } from './roster';
import { TEST_CONFIG } from './test-fixtures';
import { writeXlsx } from './xlsx';

const units = TEST_CONFIG.units;

describe('the roster', () => {
  it('reads CSV with headers in any order, units by name or id, accents or not', () => {
    const csv =
      '\uFEFFMã NV;Họ và tên;Đơn vị\r\nTCH-01;Phạm Văn Dũng;Trạm Y tế xã Cát Hanh\r\n;Võ Thị Giang;khoa-noi\r\n;Đặng Văn Hải;Khoa Noi tong hop\r\n;;\r\n';
    const result = parseRosterCsv(csv, units);
    expect(result).toEqual({
      ok: true,
      problems: [],
      people: [
        { name: 'Phạm Văn Dũng', unitId: 'tram-cat-hanh', staffCode: 'TCH-01' },
        { name: 'Võ Thị Giang', unitId: 'khoa-noi', staffCode: null },
        { name: 'Đặng Văn Hải', unitId: 'khoa-noi', staffCode: null },
      ],
    });
  });

  it('skips a title above the header and reports rows it cannot place', () => {
    const csv = 'DANH SÁCH VIÊN CHỨC\nHọ tên,Khoa/phòng\nAn,Khoa Mắt\n,Khoa Nội tổng hợp\nBình,Khoa Nội tổng hợp\n';
    const result = parseRosterCsv(csv, units);
    expect(result.ok && result.people).toEqual([{ name: 'Bình', unitId: 'khoa-noi', staffCode: null }]);
    expect(result.ok && result.problems.map((p) => p.message)).toEqual([
      'Dòng 3: đơn vị “Khoa Mắt” không có trong danh sách khoa, phòng, trạm.',
      'Dòng 4: thiếu họ và tên.',
    ]);
  });

  it('says so when there is no header', () => {
    expect(parseRosterCsv('a,b\n1,2\n', units)).toMatchObject({ ok: false });
  });

  it('reads an .xlsx roster (inline strings, as our writer makes them)', () => {
    const bytes = writeXlsx([
      {
        name: 'DS',
        rows: [
          ['Họ và tên', 'Đơn vị', 'Mã nhân viên'],
          ['Lê Văn Cường', 'Khoa Nội tổng hợp', 12],
        ],
      },
    ]);
    expect(parseRosterXlsx(bytes, units)).toMatchObject({
      ok: true,
      people: [{ name: 'Lê Văn Cường', unitId: 'khoa-noi', staffCode: '12' }],
    });
  });

  it('reads an .xlsx with a shared-string table, as Excel saves it', () => {
    const files = {
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        '<sst><si><t>Họ và tên</t></si><si><t>Đơn vị</t></si><si><r><t>Võ Thị </t></r><r><t>Giang</t></r></si><si><t>Khoa Nội tổng hợp</t></si></sst>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row></sheetData></worksheet>',
      ),
    };
    expect(parseRosterXlsx(zipSync(files), units)).toMatchObject({
      ok: true,
      people: [{ name: 'Võ Thị Giang', unitId: 'khoa-noi' }],
    });
  });

  it('refuses a file that is not a spreadsheet', () => {
    expect(parseRosterXlsx(strToU8('not a zip'), units)).toMatchObject({ ok: false });
  });
});
