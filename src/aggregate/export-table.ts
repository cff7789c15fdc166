/**
 * The report as rows of cells: one source for the CSV and every sheet of the .xlsx, so what the office
 * opens in Excel is exactly what the page shows. Numbers stay numbers (percent rounded to one decimal).
 */
import { formatDateTime } from '../dates';
import type { Cell } from './csv';
import type { Folded, RejectedFile } from './ingest';
import type { Report, TargetResult, UnitReport } from './report';
import { strings } from './strings';
import type { AggregateConfig } from './types';
import type { Sheet } from './xlsx';

const round1 = (value: number | null): Cell => (value === null ? null : Math.round(value * 10) / 10);
const verdict = (result: TargetResult): string =>
  result.of === 0 ? strings.noData : result.met ? strings.met : strings.notMet;

/** Column names: each item's `shortLabel` in the checklist, each simulator's in the scenario registry. */
export const itemLabel = (config: AggregateConfig, id: string) =>
  config.checklist.find((item) => item.id === id)?.shortLabel ?? id;
export const simulatorLabel = (config: AggregateConfig, id: string) =>
  config.simulators.find((simulator) => simulator.id === id)?.shortLabel ?? id;

export function summaryHeader(config: AggregateConfig): string[] {
  const header = ['Đơn vị', 'Số người đã gửi', 'Số người của đơn vị'];
  for (const item of config.checklist) {
    const label = itemLabel(config, item.id);
    header.push(`${label}: đã làm`, `${label}: số người tính`, `${label}: tỷ lệ (%)`);
  }
  for (const simulator of config.simulators) header.push(`${simulatorLabel(config, simulator.id)}: số người đạt`);
  header.push('Bài kiểm tra kiến thức: số người đạt', 'Bài kiểm tra kiến thức: điểm trung bình (%)');
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
  const row: Cell[] = [unit.unitName, unit.respondents, unit.expected];
  for (const item of config.checklist) {
    const f = unit.items[item.id] ?? { done: 0, of: 0 };
    row.push(f.done, f.of, round1(f.of > 0 ? (f.done * 100) / f.of : null));
  }
  for (const simulator of config.simulators) {
    const s = unit.simulators[simulator.id];
    row.push(s && s.available ? s.done : strings.notAvailable);
  }
  row.push(unit.quiz.passed.done, round1(unit.quiz.averagePercent));
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

export function workbookSheets({ report, folded, rejected, config }: ExportInput): Sheet[] {
  const unitName = new Map(config.units.map((unit) => [unit.id, unit.name]));
  const summary = summaryRows(report, config);
  const sheets: Sheet[] = [
    { name: 'Tổng hợp theo đơn vị', rows: summary, widths: [40, ...summary[0]!.slice(1).map(() => 14)] },
  ];

  const missingRows: Cell[][] = [['Việc còn thiếu', 'Đơn vị', 'Họ và tên', 'Mã nhân viên', 'Tình trạng']];
  for (const list of report.missing) {
    const what = list.kind === 'quiz' ? 'Bài kiểm tra kiến thức (chưa đạt)' : itemLabel(config, list.id);
    for (const unit of list.byUnit) {
      for (const person of unit.people) {
        missingRows.push([
          what,
          unit.unitName,
          person.name,
          person.staffCode,
          person.answer === 'not-done' ? 'Chưa làm' : 'Chưa trả lời',
        ]);
      }
    }
  }
  sheets.push({ name: 'Người còn thiếu', rows: missingRows, widths: [36, 36, 28, 16, 14] });

  const peopleRows: Cell[][] = [
    [
      'Đơn vị',
      'Họ và tên',
      'Mã nhân viên',
      ...config.checklist.map((item) => itemLabel(config, item.id)),
      'Hồ sơ nộp trực tuyến',
      'Hồ sơ dùng lại',
      'Bài kiểm tra',
      'Năm',
      'Thời điểm xuất tệp',
      'Số tệp đã gộp',
      'Tên tệp',
    ],
  ];
  const answerText = { done: 'Đã làm', 'not-done': 'Chưa làm', 'not-applicable': 'Không áp dụng' } as const;
  const order = new Map(config.units.map((unit, index) => [unit.id, index]));
  const people = [...folded.people].sort(
    (a, b) => (order.get(a.file.content.person.unitId) ?? 0) - (order.get(b.file.content.person.unitId) ?? 0),
  );
  for (const person of people) {
    const c = person.file.content;
    peopleRows.push([
      unitName.get(c.person.unitId) ?? c.person.unitId,
      c.person.name,
      c.person.staffCode,
      ...config.checklist.map((item) => {
        const answer = c.checklist.find((entry) => entry.id === item.id)?.answer;
        return answer ? answerText[answer] : 'Chưa trả lời';
      }),
      c.dossiers.submittedOnline,
      c.dossiers.reusedDigitised,
      c.quiz ? `${c.quiz.bestScore}/${c.quiz.maxScore}${c.quiz.passed ? ' (đạt)' : ' (chưa đạt)'}` : 'Chưa làm',
      c.dossiers.year,
      formatDateTime(c.exportedAt),
      person.fileCount,
      person.file.fileName,
    ]);
  }
  sheets.push({ name: 'Danh sách người đã gửi', rows: peopleRows });

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
