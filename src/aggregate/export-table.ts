/**
 * The report as rows of cells: one source for the CSV and every sheet of the .xlsx, so what the office
 * opens in Excel is exactly what the page shows. Numbers stay numbers (percent rounded to one decimal).
 */
import { formatDateTime } from '../dates';
import type { Cell } from './csv';
import type { Folded, RejectedFile } from './ingest';
import { quizState, simulatorState, type Report, type TargetResult, type UnitReport } from './report';
import { sortByVietnameseName } from './sort';
import { ANSWER_TEXT, strings, testStateText } from './strings';
import type { AggregateConfig } from './types';
import type { Sheet } from './xlsx';

const round1 = (value: number | null): Cell => (value === null ? null : Math.round(value * 10) / 10);
const verdict = (result: TargetResult): string =>
  result.of === 0 ? strings.noData : result.met ? strings.met : strings.notMet;

const BASIS = {
  roster: 'danh sách nhân sự',
  headcount: 'số người trong cài đặt',
  replies: 'số người đã gửi (chưa biết số người)',
} as const;

/** Column names: each item's `shortLabel` in the checklist, each simulator's in the scenario registry. */
export const itemLabel = (config: AggregateConfig, id: string) =>
  config.checklist.find((item) => item.id === id)?.shortLabel ?? id;
export const simulatorLabel = (config: AggregateConfig, id: string) =>
  config.simulators.find((simulator) => simulator.id === id)?.shortLabel ?? id;

export function summaryHeader(config: AggregateConfig): string[] {
  const header = [
    'Đơn vị',
    'Số người đã gửi (được tính)',
    'Số người của đơn vị',
    'Số người lấy theo',
    'Người ngoài danh sách nhân sự (không tính)',
  ];
  for (const item of config.checklist) {
    const label = itemLabel(config, item.id);
    header.push(`${label}: đã làm`, `${label}: số người tính`, `${label}: không áp dụng`, `${label}: tỷ lệ (%)`);
  }
  for (const simulator of config.simulators) header.push(`${simulatorLabel(config, simulator.id)}: số người đạt`);
  header.push(
    'Bài kiểm tra kiến thức: số người đạt',
    'Bài kiểm tra kiến thức: số người chưa đạt',
    'Bài kiểm tra kiến thức: số người chưa làm',
    'Bài kiểm tra kiến thức: điểm trung bình (%)',
  );
  for (const short of ['Yêu cầu 1 (DVC và thanh toán trực tuyến)', 'Yêu cầu 2 (VNeID mức độ 2)']) {
    header.push(
      `${short}: số người đạt`,
      `${short}: số người tính`,
      `${short}: tỷ lệ (%)`,
      `${short}: chỉ tiêu (%)`,
      `${short}: kết quả`,
    );
  }
  const reuse = 'Yêu cầu 3 (tái sử dụng kết quả số hóa)';
  header.push(
    `${reuse}: hồ sơ nộp trực tuyến`,
    `${reuse}: hồ sơ dùng lại`,
    `${reuse}: tỷ lệ (%)`,
    `${reuse}: chỉ tiêu (%)`,
    `${reuse}: kết quả`,
    `${reuse}: số người đã dùng lại ít nhất 1 lần`,
  );
  return header;
}

export function summaryRow(unit: UnitReport, config: AggregateConfig): Cell[] {
  const row: Cell[] = [unit.unitName, unit.respondents, unit.expected, BASIS[unit.expectedSource], unit.offRoster];
  for (const item of config.checklist) {
    const f = unit.items[item.id] ?? { done: 0, of: 0 };
    row.push(f.done, f.of, unit.notApplicable[item.id] ?? 0, round1(f.of > 0 ? (f.done * 100) / f.of : null));
  }
  for (const simulator of config.simulators) {
    const s = unit.simulators[simulator.id];
    row.push(s && s.available ? s.done : strings.notAvailable);
  }
  row.push(
    unit.quiz.passed.done,
    unit.quiz.taken - unit.quiz.passed.done,
    unit.respondents - unit.quiz.taken,
    round1(unit.quiz.averagePercent),
  );
  for (const result of [unit.onlineServicesAndPayment, unit.vneidLevel2]) {
    row.push(result.done, result.of, round1(result.percent), result.target, verdict(result));
  }
  const reuse = unit.digitisedReuse;
  row.push(reuse.of, reuse.done, round1(reuse.percent), reuse.target, verdict(reuse), reuse.peopleReused.done);
  return row;
}

export function summaryRows(report: Report, config: AggregateConfig): Cell[][] {
  return [
    summaryHeader(config),
    ...report.units.map((unit) => summaryRow(unit, config)),
    summaryRow(report.total, config),
  ];
}

export interface ExportInput {
  report: Report;
  folded: Folded;
  rejected: readonly RejectedFile[];
  config: AggregateConfig;
}

/**
 * "Từng người": one row per person with every answer, its date and reason, the dossier counts, the quiz
 * and simulator tests (three states), the note and the file, so the office can check any figure.
 */
function peopleSheet(report: Report, folded: Folded, config: AggregateConfig): Sheet {
  const header: string[] = ['Đơn vị', 'Họ và tên', 'Mã nhân viên', 'Tính vào số liệu'];
  for (const item of config.checklist) {
    const label = itemLabel(config, item.id);
    header.push(label, `${label}: ngày`, `${label}: lý do, ghi chú`);
  }
  header.push(
    'Năm của số hồ sơ',
    'Hồ sơ nộp trực tuyến',
    'Hồ sơ dùng lại',
    'Bài kiểm tra kiến thức',
    ...config.simulators.map((simulator) => simulatorLabel(config, simulator.id)),
    'Ghi chú của người gửi',
    'Thời điểm xuất tệp',
    'Số tệp đã gộp',
    'Tên tệp',
    'Mã người',
  );
  const counted = new Set([...report.peopleByUnit.values()].flat());
  const unitName = new Map(config.units.map((unit) => [unit.id, unit.name]));
  const order = new Map(config.units.map((unit, index) => [unit.id, index]));
  const people = sortByVietnameseName(folded.people, (person) => person.file.content.person.name).sort(
    (a, b) => (order.get(a.file.content.person.unitId) ?? 0) - (order.get(b.file.content.person.unitId) ?? 0),
  );
  const rows: Cell[][] = [header];
  for (const person of people) {
    const c = person.file.content;
    const row: Cell[] = [
      unitName.get(c.person.unitId) ?? c.person.unitId,
      c.person.name,
      c.person.staffCode,
      counted.has(person) ? 'Có' : 'Không (không có trong danh sách nhân sự)',
    ];
    for (const item of config.checklist) {
      const entry = c.checklist.find((e) => e.id === item.id);
      row.push(
        ANSWER_TEXT[entry?.answer ?? 'unanswered'],
        entry?.date ? formatIsoDay(entry.date) : null,
        entry?.reason ?? null,
      );
    }
    row.push(
      c.dossiers.year,
      c.dossiers.submittedOnline,
      c.dossiers.reusedDigitised,
      testStateText(quizState(c.quiz)),
      ...config.simulators.map((simulator) =>
        testStateText(simulatorState(c.simulators.find((entry) => entry.id === simulator.id))),
      ),
      c.note,
      formatDateTime(c.exportedAt),
      person.fileCount,
      person.file.fileName,
      c.person.id,
    );
    rows.push(row);
  }
  const widths = header.map((label, index) => (index < 2 ? 28 : /lý do|Ghi chú/.test(label) ? 40 : 16));
  return { name: 'Từng người', rows, widths };
}

const formatIsoDay = (day: string) => day.split('-').reverse().join('/');

export function workbookSheets({ report, folded, rejected, config }: ExportInput): Sheet[] {
  const summary = summaryRows(report, config);
  const sheets: Sheet[] = [
    { name: 'Tổng hợp theo đơn vị', rows: summary, widths: [40, ...summary[0]!.slice(1).map(() => 14)] },
  ];

  const missingRows: Cell[][] = [['Việc còn thiếu', 'Đơn vị', 'Họ và tên', 'Mã nhân viên', 'Tình trạng']];
  for (const list of report.missing) {
    const what = list.kind === 'quiz' ? 'Bài kiểm tra kiến thức' : itemLabel(config, list.id);
    for (const unit of list.byUnit) {
      for (const person of unit.people) {
        missingRows.push([
          what,
          unit.unitName,
          person.name,
          person.staffCode,
          person.test ? testStateText(person.test) : person.answer === 'not-done' ? 'Chưa làm' : 'Chưa trả lời',
        ]);
      }
    }
  }
  sheets.push({ name: 'Người còn thiếu', rows: missingRows, widths: [36, 36, 28, 16, 14] });

  sheets.push(peopleSheet(report, folded, config));

  const naRows: Cell[][] = [['Việc', 'Đơn vị', 'Họ và tên', 'Mã nhân viên', 'Lý do “Không áp dụng”']];
  for (const list of report.notApplicable)
    for (const unit of list.byUnit)
      for (const person of unit.people)
        naRows.push([itemLabel(config, list.id), unit.unitName, person.name, person.staffCode, person.reason]);
  sheets.push({ name: 'Không áp dụng', rows: naRows, widths: [36, 36, 28, 16, 60] });

  if (report.notSent) {
    const rows: Cell[][] = [['Đơn vị', 'Họ và tên', 'Mã nhân viên']];
    for (const unit of report.notSent)
      for (const person of unit.people) rows.push([unit.unitName, person.name, person.staffCode]);
    sheets.push({ name: 'Chưa gửi tệp', rows, widths: [40, 28, 16] });
  }
  if (rejected.length > 0) {
    sheets.push({
      name: 'Tệp bị từ chối',
      rows: [['Tên tệp', 'Lý do'], ...rejected.map((file) => [file.fileName, file.message])],
      widths: [40, 100],
    });
  }
  return sheets;
}
