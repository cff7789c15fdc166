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

const REQ1 = 'Yêu cầu 1 (DVC và thanh toán trực tuyến)';
const REQ2 = 'Yêu cầu 2 (VNeID mức độ 2)';
const REQ3 = 'Yêu cầu 3 (tái sử dụng kết quả số hóa)';
const QUIZ = 'Bài kiểm tra kiến thức';
const rate = (done: number, of: number) => round1(of > 0 ? (done * 100) / of : null);

/** A column of the CSV: a header and the unit's value. */
interface CsvColumn {
  header: string;
  value: (unit: UnitReport) => Cell;
}

/** A column of the summary sheet, with its width. */
interface Column extends CsvColumn {
  /** Excel width units: the summary must fit one A4 landscape page wide at a readable scale. */
  width: number;
}

const UNIT_COLUMNS: Column[] = [
  { header: 'Đơn vị', width: 22, value: (u) => u.unitName },
  { header: 'Số người đã gửi (được tính)', width: 8, value: (u) => u.respondents },
  { header: 'Số người của đơn vị', width: 8, value: (u) => u.expected },
  { header: 'Số người lấy theo', width: 10, value: (u) => BASIS[u.expectedSource] },
  { header: 'Người ngoài danh sách nhân sự (không tính)', width: 9, value: (u) => u.offRoster },
];

const simulatorColumns = (config: AggregateConfig): Column[] =>
  config.simulators.map((simulator) => ({
    header: `${simulatorLabel(config, simulator.id)}: số người đạt`,
    width: 7,
    value: (u) => {
      const s = u.simulators[simulator.id];
      return s && s.available ? s.done : strings.notAvailable;
    },
  }));

const QUIZ_COLUMNS: Column[] = [
  { header: `${QUIZ}: số người đạt`, width: 7, value: (u) => u.quiz.passed.done },
  { header: `${QUIZ}: số người chưa đạt`, width: 7, value: (u) => u.quiz.taken - u.quiz.passed.done },
  { header: `${QUIZ}: số người chưa làm`, width: 7, value: (u) => u.respondents - u.quiz.taken },
];

/** Rate, target and verdict of a requirement: what the office reports upward. */
const resultColumns = (short: string, pick: (u: UnitReport) => TargetResult): Column[] => [
  { header: `${short}: tỷ lệ (%)`, width: 7, value: (u) => round1(pick(u).percent) },
  { header: `${short}: chỉ tiêu (%)`, width: 6, value: (u) => pick(u).target },
  { header: `${short}: kết quả`, width: 9, value: (u) => verdict(pick(u)) },
];

const onlineServices = (u: UnitReport) => u.onlineServicesAndPayment;
const vneidLevel2 = (u: UnitReport) => u.vneidLevel2;
const digitisedReuse = (u: UnitReport) => u.digitisedReuse;

const REQUIREMENT_COLUMNS: Column[] = [
  ...resultColumns(REQ1, onlineServices),
  ...resultColumns(REQ2, vneidLevel2),
  ...resultColumns(REQ3, digitisedReuse),
];

/**
 * The sheet "Tổng hợp theo đơn vị": one column per checklist item (its rate) rather than four, so the
 * whole table prints on one A4 landscape page wide at a readable scale; the counts behind each rate
 * are on "Theo từng việc" and in the CSV.
 */
export function summaryColumns(config: AggregateConfig): Column[] {
  return [
    ...UNIT_COLUMNS,
    ...config.checklist.map((item): Column => ({
      header: `${itemLabel(config, item.id)}: tỷ lệ (%)`,
      width: 7,
      value: (u) => {
        const f = u.items[item.id] ?? { done: 0, of: 0 };
        return rate(f.done, f.of);
      },
    })),
    ...simulatorColumns(config),
    ...QUIZ_COLUMNS,
    ...REQUIREMENT_COLUMNS,
  ];
}

const unitsAndTotal = (report: Report) => [...report.units, report.total];

const tableOf = (columns: readonly CsvColumn[], report: Report): Cell[][] => [
  columns.map((column) => column.header),
  ...unitsAndTotal(report).map((unit) => columns.map((column) => column.value(unit))),
];

export const summaryRows = (report: Report, config: AggregateConfig): Cell[][] =>
  tableOf(summaryColumns(config), report);

/** The summary's column widths, in Excel width units (about one character of Calibri 11 each). */
export const summaryWidths = (config: AggregateConfig): number[] => summaryColumns(config).map((c) => c.width);

/**
 * The CSV keeps every figure, but the unit and the requirement results come first (what a person
 * opening it looks for) and the four columns per checklist item come last.
 */
export function csvRows(report: Report, config: AggregateConfig): Cell[][] {
  const people = (short: string, pick: (u: UnitReport) => TargetResult): CsvColumn[] => [
    { header: `${short}: số người đạt`, value: (u) => pick(u).done },
    { header: `${short}: số người tính`, value: (u) => pick(u).of },
    ...resultColumns(short, pick),
  ];
  const columns: CsvColumn[] = [
    ...UNIT_COLUMNS,
    ...people(REQ1, onlineServices),
    ...people(REQ2, vneidLevel2),
    { header: `${REQ3}: hồ sơ nộp trực tuyến`, value: (u) => u.digitisedReuse.of },
    { header: `${REQ3}: hồ sơ dùng lại`, value: (u) => u.digitisedReuse.done },
    ...resultColumns(REQ3, digitisedReuse),
    {
      header: `${REQ3}: số người đã dùng lại ít nhất 1 lần`,
      value: (u) => u.digitisedReuse.peopleReused.done,
    },
    ...QUIZ_COLUMNS,
    { header: `${QUIZ}: điểm trung bình (%)`, value: (u) => round1(u.quiz.averagePercent) },
    ...simulatorColumns(config),
    ...config.checklist.flatMap((item): CsvColumn[] => {
      const label = itemLabel(config, item.id);
      const f = (u: UnitReport) => u.items[item.id] ?? { done: 0, of: 0 };
      return [
        { header: `${label}: đã làm`, value: (u) => f(u).done },
        { header: `${label}: số người tính`, value: (u) => f(u).of },
        { header: `${label}: không áp dụng`, value: (u) => u.notApplicable[item.id] ?? 0 },
        { header: `${label}: tỷ lệ (%)`, value: (u) => rate(f(u).done, f(u).of) },
      ];
    }),
  ];
  return tableOf(columns, report);
}

/** "Theo từng việc": one row per unit and checklist item, the counts behind each rate of the summary. */
export function itemRows(report: Report, config: AggregateConfig): Cell[][] {
  const rows: Cell[][] = [['Đơn vị', 'Việc', 'Đã làm', 'Số người tính', 'Không áp dụng', 'Tỷ lệ (%)']];
  for (const unit of unitsAndTotal(report)) {
    for (const item of config.checklist) {
      const f = unit.items[item.id] ?? { done: 0, of: 0 };
      rows.push([
        unit.unitName,
        itemLabel(config, item.id),
        f.done,
        f.of,
        unit.notApplicable[item.id] ?? 0,
        rate(f.done, f.of),
      ]);
    }
  }
  return rows;
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
  // Too wide for one page at a readable scale: spread over up to five pages wide, the name columns
  // repeated and frozen so each page and each scroll still says whose row it is.
  return { name: 'Từng người', rows, widths, fitToWidth: 5, frozenColumns: 2, repeatColumns: 2 };
}

const formatIsoDay = (day: string) => day.split('-').reverse().join('/');

export function workbookSheets({ report, folded, rejected, config }: ExportInput): Sheet[] {
  const sheets: Sheet[] = [
    { name: 'Tổng hợp theo đơn vị', rows: summaryRows(report, config), widths: summaryWidths(config) },
    { name: 'Theo từng việc', rows: itemRows(report, config), widths: [36, 40, 10, 12, 12, 10] },
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
