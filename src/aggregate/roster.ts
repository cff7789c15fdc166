/**
 * The TCHC office's own staff list (CSV or .xlsx with name, unit and an optional staff code). It stays
 * in this browser: with it, the report counts replies against the real list and names who has not
 * sent a file at all. Columns are found by their header ("Họ và tên", "Đơn vị", "Mã nhân viên"…),
 * typed with or without accents; the unit may be written as its name or its id.
 */
import { foldVietnamese } from '../search/fold';
import { parseCsv } from './csv';
import { normaliseName, normaliseStaffCode } from './ingest';
import type { AggregateUnit } from './types';
import { readXlsxFirstSheet, XlsxReadError } from './xlsx';

export interface RosterPerson {
  name: string;
  unitId: string;
  staffCode: string | null;
}

export interface RosterProblem {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  message: string;
}

export type RosterResult =
  { ok: true; people: RosterPerson[]; problems: RosterProblem[] } | { ok: false; message: string };

const fold = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const HEADERS = {
  name: ['ho va ten', 'ho ten', 'ten', 'name', 'full name', 'ten nhan vien', 'ho va ten nhan vien'],
  unit: ['don vi', 'khoa phong', 'khoa phong tram', 'khoa', 'phong', 'unit', 'don vi cong tac', 'ma don vi'],
  staffCode: ['ma nhan vien', 'ma nv', 'ma so', 'ma vien chuc', 'staff code', 'ma can bo', 'ma'],
} as const;

function findColumns(header: string[]): { name: number; unit: number; staffCode: number } | undefined {
  const folded = header.map(fold);
  const find = (names: readonly string[]) => folded.findIndex((cell) => names.includes(cell));
  const name = find(HEADERS.name);
  const unit = find(HEADERS.unit);
  if (name < 0 || unit < 0) return undefined;
  return { name, unit, staffCode: find(HEADERS.staffCode) };
}

/** Finds a unit by id or name, with or without accents ("Khoa Noi tong hop" finds "Khoa Nội tổng hợp"). */
export function unitMatcher(units: readonly AggregateUnit[]): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const unit of units) {
    byKey.set(unit.id, unit.id);
    byKey.set(fold(unit.id), unit.id);
    byKey.set(fold(unit.name), unit.id);
  }
  return (text) => byKey.get(text.trim()) ?? byKey.get(fold(text));
}

export function rosterFromRows(rows: string[][], units: readonly AggregateUnit[]): RosterResult {
  const headerIndex = rows.findIndex((row) => findColumns(row) !== undefined);
  if (headerIndex < 0) {
    return { ok: false, message: 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” và cột “Đơn vị” trong danh sách.' };
  }
  const columns = findColumns(rows[headerIndex]!)!;
  const unitOf = unitMatcher(units);
  const people: RosterPerson[] = [];
  const problems: RosterProblem[] = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const rowNumber = headerIndex + offset + 2;
    const name = (row[columns.name] ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
    const unitText = (row[columns.unit] ?? '').trim();
    if (name === '' && unitText === '') return;
    if (name === '') {
      problems.push({ row: rowNumber, message: `Dòng ${rowNumber}: thiếu họ và tên.` });
      return;
    }
    const unitId = unitOf(unitText);
    if (!unitId) {
      problems.push({
        row: rowNumber,
        message: `Dòng ${rowNumber}: đơn vị “${unitText}” không có trong danh sách khoa, phòng, trạm.`,
      });
      return;
    }
    const code = columns.staffCode >= 0 ? (row[columns.staffCode] ?? '').trim() : '';
    people.push({ name, unitId, staffCode: code === '' ? null : code });
  });
  if (people.length === 0) return { ok: false, message: 'Danh sách không có người nào đọc được.' };
  return { ok: true, people, problems };
}

export function parseRosterCsv(text: string, units: readonly AggregateUnit[]): RosterResult {
  return rosterFromRows(parseCsv(text), units);
}

export function parseRosterXlsx(bytes: Uint8Array, units: readonly AggregateUnit[]): RosterResult {
  try {
    return rosterFromRows(readXlsxFirstSheet(bytes), units);
  } catch (error) {
    if (error instanceof XlsxReadError)
      return { ok: false, message: 'Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel).' };
    throw error;
  }
}

/**
 * The office's choices for replies that matched no one on the roster, by person key: "add" puts the
 * person on the roster (in their file's unit), any other value is the `rosterEntryKey` of the roster
 * place they fill (the name was spelled differently). Kept in this browser with the loaded set.
 */
export type RosterLinks = Readonly<Record<string, string>>;

/** A roster entry's identity, for remembering which reply fills it. */
export const rosterEntryKey = (entry: RosterPerson) =>
  `${entry.unitId}\u0000${normaliseName(entry.name)}\u0000${normaliseStaffCode(entry.staffCode) ?? ''}`;

/** How a respondent and a roster entry are matched: staff code when both have one, else name + unit. */
export function rosterKeys(person: { name: string; unitId: string; staffCode: string | null }): string[] {
  const keys = [`name:${person.unitId}:${normaliseName(person.name)}`];
  const code = normaliseStaffCode(person.staffCode);
  if (code) keys.unshift(`code:${code}`);
  return keys;
}
