import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, MAX_CELL_LENGTH, readXlsxFirstSheet, readXlsxSheets, writeXlsx } from './xlsx';

/** A tiny well-formedness check: every tag closes in order (Node has no DOMParser). */
function assertWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  const stack: string[] = [];
  for (const match of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attrs, selfClosing] = match;
    expect(attrs!.replace(/\s[\w:]+="[^"<]*"/g, '').trim()).toBe('');
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  // No bare ampersand or angle bracket in text.
  expect(xml.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;|#)/);
}

describe('the .xlsx writer', () => {
  const bytes = writeXlsx([
    {
      name: 'Tổng hợp',
      rows: [
        ['Đơn vị', 'Số người'],
        ['Khoa Nội <tổng> & hợp', 3],
        ['=cmd|"/c calc"!A1', -1.5],
        [null, 'x'],
      ],
    },
    { name: 'Tên: quá dài [và] có ký tự cấm, hơn ba mươi mốt', rows: [['a']] },
  ]);
  const parts = unzipSync(bytes);

  it('holds the parts Excel needs, each well-formed XML', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const part of Object.values(parts)) assertWellFormed(strFromU8(part));
  });

  it('writes inline strings (escaped, formulas neutralised) and numbers as numbers', () => {
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Đơn vị</t></is></c>');
    expect(sheet).toContain(
      '<c r="A2" s="2" t="inlineStr"><is><t xml:space="preserve">Khoa Nội &lt;tổng&gt; &amp; hợp</t></is></c>',
    );
    expect(sheet).toContain('<c r="B2" s="2"><v>3</v></c>');
    expect(sheet).toContain(`<t xml:space="preserve">'=cmd|&quot;/c calc&quot;!A1</t>`);
    expect(sheet).toContain('<c r="B3" s="2"><v>-1.5</v></c>');
    expect(sheet).not.toContain('<f>');
  });

  it('names sheets within Excel’s rules', () => {
    const workbook = strFromU8(parts['xl/workbook.xml']!);
    expect(workbook).toContain('<sheet name="Tổng hợp" sheetId="1" r:id="rId1"/>');
    const second = /<sheet name="([^"]+)" sheetId="2"/.exec(workbook)![1]!;
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).not.toMatch(/[[\]:*?/\\]/);
  });

  it('reads its own first sheet back', () => {
    expect(readXlsxFirstSheet(bytes)).toEqual([
      ['Đơn vị', 'Số người'],
      ['Khoa Nội <tổng> & hợp', '3'],
      [`'=cmd|"/c calc"!A1`, '-1.5'],
      ['', 'x'],
    ]);
  });

  it('prints on A4 landscape, one page wide, the header row repeated, frozen panes and wrapped text', () => {
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    // Elements in the order the schema requires, or Excel calls the file damaged.
    const order = ['<sheetPr', '<sheetViews', '<cols', '<sheetData', '<printOptions', '<pageMargins', '<pageSetup'];
    const positions = order.map((tag) => sheet.indexOf(tag)).filter((index) => index >= 0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const workbook = strFromU8(parts['xl/workbook.xml']!);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$1</definedName>`,
    );
    const styles = strFromU8(parts['xl/styles.xml']!);
    expect(styles.match(/<alignment wrapText="1" vertical="top"\/>/g)).toHaveLength(2);
  });

  it('spreads a wide sheet over several pages wide, the name columns frozen and repeated on each', () => {
    const wide = unzipSync(
      writeXlsx([
        { name: 'Tổng hợp', rows: [['a']] },
        { name: 'Từng người', rows: [['Đơn vị', 'Họ và tên', 'x']], fitToWidth: 5, frozenColumns: 2, repeatColumns: 2 },
      ]),
    );
    const sheet = strFromU8(wide['xl/worksheets/sheet2.xml']!);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="5" fitToHeight="0"/>');
    expect(sheet).toContain('<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>');
    const workbook = strFromU8(wide['xl/workbook.xml']!);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Từng người'!$A:$B,'Từng người'!$1:$1</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$1</definedName>`,
    );
    expect(strFromU8(wide['xl/worksheets/sheet1.xml']!)).toContain('fitToWidth="1"');
    for (const part of Object.values(wide)) assertWellFormed(strFromU8(part));
  });

  it('never writes a cell over Excel’s 32,767 characters', () => {
    const huge = writeXlsx([{ name: 'x', rows: [['a'], ['b'.repeat(900_000)]] }]);
    const [cell] = readXlsxSheets(huge)[0]!.rows[1]!;
    expect(cell!.length).toBe(MAX_CELL_LENGTH);
    expect(cell!.endsWith('…')).toBe(true);
  });

  it('reads every sheet back by name', () => {
    expect(readXlsxSheets(bytes).map((sheet) => sheet.name)).toEqual(
      strFromU8(parts['xl/workbook.xml']!)
        .match(/<sheet name="[^"]+"/g)!
        .map((tag) => tag.slice(13, -1)),
    );
  });

  it('names columns past Z', () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
    ]);
  });
});
