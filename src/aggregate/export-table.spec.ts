import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_NOW } from '../result-file/test-fixtures';
import { parseCsv, toCsv } from './csv';
import { csvRows, itemRows, summaryRows, summaryWidths, workbookSheets } from './export-table';
import { checkFile, foldPeople, type AcceptedFile } from './ingest';
import { buildReport } from './report';
import { HAND_SET, handSetFiles, personId, TEST_CONFIG, writePerson } from './test-fixtures';
import { writeXlsx } from './xlsx';

function setOf(files: Array<{ fileName: string; text: string }>) {
  const accepted: AcceptedFile[] = files.map(({ fileName, text }) => {
    const checked = checkFile(fileName, text, TEST_CONFIG, SAMPLE_NOW);
    if (!checked.ok) throw new Error(checked.file.message);
    return checked.file;
  });
  const undecided = foldPeople(accepted, TEST_CONFIG.year);
  // As in report.spec.ts: the office merged Dũng's two ids (a new phone).
  const decisions = Object.fromEntries(
    undecided.review.filter((c) => c.reasons.includes('staff-code')).map((c) => [c.key, 'merge' as const]),
  );
  const folded = foldPeople(accepted, TEST_CONFIG.year, decisions);
  return { folded, report: buildReport(folded.people, TEST_CONFIG, null) };
}

describe('the exported table', () => {
  const { folded, report } = setOf(handSetFiles());

  it('reads back from CSV to the hand-checked numbers', () => {
    const rows = parseCsv(toCsv(csvRows(report, TEST_CONFIG)));
    const header = rows[0]!;
    const cell = (unit: string, column: string) => rows.find((row) => row[0] === unit)![header.indexOf(column)];
    expect(rows.map((row) => row[0])).toEqual([
      'Đơn vị',
      'Khoa Nội tổng hợp',
      'Trạm Y tế xã Cát Hanh',
      'Phòng Tổ chức – Hành chính',
      'Tổng cộng',
    ]);
    expect(cell('Khoa Nội tổng hợp', 'Số người đã gửi (được tính)')).toBe('3');
    expect(cell('Khoa Nội tổng hợp', 'Số người lấy theo')).toBe('số người trong cài đặt');
    // “Không áp dụng” is counted beside each denominator, so it can be checked.
    expect(cell('Khoa Nội tổng hợp', 'VNeID mức độ 2: không áp dụng')).toBe('1');
    expect(cell('Khoa Nội tổng hợp', 'Bài kiểm tra kiến thức: số người chưa đạt')).toBe('1');
    expect(cell('Khoa Nội tổng hợp', 'Bài kiểm tra kiến thức: số người chưa làm')).toBe('1');
    expect(cell('Khoa Nội tổng hợp', 'Số người của đơn vị')).toBe('4');
    expect(cell('Khoa Nội tổng hợp', 'Nộp hồ sơ trực tuyến: tỷ lệ (%)')).toBe('66.7');
    expect(cell('Khoa Nội tổng hợp', 'Yêu cầu 2 (VNeID mức độ 2): tỷ lệ (%)')).toBe('33.3');
    expect(cell('Khoa Nội tổng hợp', 'Yêu cầu 1 (DVC và thanh toán trực tuyến): kết quả')).toBe('Chưa đạt');
    expect(cell('Trạm Y tế xã Cát Hanh', 'Yêu cầu 3 (tái sử dụng kết quả số hóa): tỷ lệ (%)')).toBe('85.7');
    expect(cell('Phòng Tổ chức – Hành chính', 'Yêu cầu 1 (DVC và thanh toán trực tuyến): kết quả')).toBe(
      'Chưa có số liệu',
    );
    expect(cell('Tổng cộng', 'Yêu cầu 3 (tái sử dụng kết quả số hóa): hồ sơ dùng lại')).toBe('9');
    expect(cell('Tổng cộng', 'Yêu cầu 3 (tái sử dụng kết quả số hóa): số người đã dùng lại ít nhất 1 lần')).toBe('4');
    expect(cell('Tổng cộng', 'Mô phỏng liên kết VNeID: số người đạt')).toBe('chưa có');
  });

  it('makes a workbook with the summary, the people missing items, everyone, and the rejected files', () => {
    const sheets = workbookSheets({
      report,
      folded,
      rejected: [{ fileName: 'x.txt', code: 'not-json', message: 'Tệp “x.txt” không phải JSON' }],
      config: TEST_CONFIG,
    });
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp theo đơn vị',
      'Theo từng việc',
      'Người còn thiếu',
      'Từng người',
      'Không áp dụng',
      'Tệp bị từ chối',
    ]);
    const people = sheets[3]!.rows;
    expect(people).toHaveLength(7);
    const column = (name: string) => people[0]!.indexOf(name);
    const binh = people.find((row) => row[1] === 'Trần Thị Bình')!;
    expect(binh[column('Thanh toán trực tuyến')]).toBe('Không áp dụng');
    expect(binh[column('Thanh toán trực tuyến: lý do, ghi chú')]).toBe('Không có thủ tục cần làm');
    expect(binh[column('Bài kiểm tra kiến thức')]).toBe('Chưa đạt 10/16');
    expect(people.find((row) => row[1] === 'Lê Văn Cường')![column('Bài kiểm tra kiến thức')]).toBe('Chưa làm');
    expect(people.find((row) => row[1] === 'Nguyễn Văn An')![column('Bài kiểm tra kiến thức')]).toBe('Đạt 14/16');
    expect(binh[column('Mô phỏng liên kết VNeID')]).toBe('Chưa có mô phỏng');
    expect(sheets[4]!.rows).toContainEqual([
      'VNeID mức độ 2',
      'Khoa Nội tổng hợp',
      'Lê Văn Cường',
      null,
      'Không có thủ tục cần làm',
    ]);
    expect(sheets[2]!.rows).toContainEqual([
      'Bài kiểm tra kiến thức',
      'Khoa Nội tổng hợp',
      'Trần Thị Bình',
      null,
      'Chưa đạt 10/16',
    ]);
    expect(sheets[2]!.rows).toContainEqual([
      'Liên kết tài khoản Cổng DVCQG với VNeID',
      'Khoa Nội tổng hợp',
      'Trần Thị Bình',
      null,
      'Chưa làm',
    ]);
  });

  it('prints the summary on one A4 landscape page wide at a readable scale', () => {
    const header = summaryRows(report, TEST_CONFIG)[0]!;
    expect(header).toHaveLength(5 + TEST_CONFIG.checklist.length + TEST_CONFIG.simulators.length + 3 + 9);
    expect(header).toHaveLength(24);
    expect(header.slice(0, 6)).toEqual([
      'Đơn vị',
      'Số người đã gửi (được tính)',
      'Số người của đơn vị',
      'Số người lấy theo',
      'Người ngoài danh sách nhân sự (không tính)',
      'VNeID mức độ 2: tỷ lệ (%)',
    ]);
    const widths = summaryWidths(TEST_CONFIG);
    expect(widths).toHaveLength(header.length);
    const total = widths.reduce((sum, width) => sum + width, 0);
    // A4 landscape with 0.5" margins holds about 135 width units at 100 %.
    expect(total).toBeLessThanOrEqual(210);
    expect(135 / total).toBeGreaterThanOrEqual(0.64);
    const khoaNoi = summaryRows(report, TEST_CONFIG).find((row) => row[0] === 'Khoa Nội tổng hợp')!;
    expect(khoaNoi[header.indexOf('Nộp hồ sơ trực tuyến: tỷ lệ (%)')]).toBe(66.7);
    expect(khoaNoi[header.indexOf('Yêu cầu 2 (VNeID mức độ 2): tỷ lệ (%)')]).toBe(33.3);
    expect(khoaNoi[header.indexOf('Yêu cầu 1 (DVC và thanh toán trực tuyến): kết quả')]).toBe('Chưa đạt');
    expect(khoaNoi[header.indexOf('Bài kiểm tra kiến thức: số người chưa làm')]).toBe(1);
  });

  it('lists each unit × checklist item with its counts on "Theo từng việc"', () => {
    const rows = itemRows(report, TEST_CONFIG);
    expect(rows[0]).toEqual(['Đơn vị', 'Việc', 'Đã làm', 'Số người tính', 'Không áp dụng', 'Tỷ lệ (%)']);
    expect(rows).toHaveLength(1 + 4 * TEST_CONFIG.checklist.length);
    expect(rows).toContainEqual(['Khoa Nội tổng hợp', 'Nộp hồ sơ trực tuyến', 2, 3, 0, 66.7]);
    const vneid = rows.find((row) => row[0] === 'Khoa Nội tổng hợp' && row[1] === 'VNeID mức độ 2')!;
    expect(vneid[4]).toBe(1);
    expect(rows.at(-1)![0]).toBe('Tổng cộng');
  });

  it('puts the unit and the requirement results first in the CSV and the per-item counts last', () => {
    const header = csvRows(report, TEST_CONFIG)[0]!.map(String);
    expect(header[0]).toBe('Đơn vị');
    expect(header[5]).toBe('Yêu cầu 1 (DVC và thanh toán trực tuyến): số người đạt');
    const firstItem = header.indexOf('VNeID mức độ 2: đã làm');
    expect(firstItem).toBe(header.length - 4 * TEST_CONFIG.checklist.length);
    expect(header.slice(firstItem).every((label) => !label.startsWith('Yêu cầu'))).toBe(true);
    expect(header.at(-1)).toBe('Dùng lại kết quả số hóa (“Lấy từ kho”): tỷ lệ (%)');
  });

  it('neutralises a name written as a formula in every export', () => {
    const hostile = writePerson({ ...HAND_SET[0]!, id: personId(77), name: '=HYPERLINK("http://x","Bấm")' });
    const { folded: f, report: r } = setOf([hostile]);
    const bytes = writeXlsx(workbookSheets({ report: r, folded: f, rejected: [], config: TEST_CONFIG }));
    const people = strFromU8(unzipSync(bytes)['xl/worksheets/sheet4.xml']!);
    expect(people).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x&quot;,&quot;Bấm&quot;)</t>`);
    expect(people).not.toContain('<f>');
    expect(people).toContain('fitToWidth="5"');
    expect(people).toContain('<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>');
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).toContain(`'Từng người'!$A:$B,'Từng người'!$1:$1`);
    const summary = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(summary).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(toCsv([[hostile.file.person.name]])).toBe(`\uFEFF"'=HYPERLINK(""http://x"",""Bấm"")"\r\n`);
  });
});
