/**
 * Dates the Vietnamese way. Staff read dd/mm/yyyy; files record ISO 8601 with the +07:00 offset of
 * Asia/Ho_Chi_Minh, so a file written on a phone set to another zone still says what the person saw.
 *
 * Vietnam has kept UTC+7 all year since 1975 (no daylight saving), so the offset is a constant and
 * no Intl time-zone data is needed: results are the same in every browser and in Node.
 */

const TIME_ZONE_OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** A calendar day as ISO 8601 writes it, e.g. "2026-11-29". */
type CalendarDay = string;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The wall-clock fields of an instant in Vietnam, read from a Date shifted by +7 h. */
function vietnamFields(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** An instant as ISO 8601 in Vietnam's time, e.g. "2026-11-29T09:00:00+07:00". */
export function toVietnamIso(date: Date): string {
  const f = vietnamFields(date);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${TIME_ZONE_OFFSET}`;
}

/** The calendar day an instant falls on in Vietnam, e.g. "2026-11-29". */
export function vietnamDay(date: Date): CalendarDay {
  const f = vietnamFields(date);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** The year an instant falls in, in Vietnam. */
export function vietnamYear(date: Date): number {
  return vietnamFields(date).year;
}

/** A calendar day as files write it, "yyyy-mm-dd" (whether the day exists is `isCalendarDay`'s job). */
export const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 date-time with seconds and an explicit offset (Z or ±hh:mm); fractions allowed. */
export const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Whether text is a real calendar day written "yyyy-mm-dd" (no 31/02). */
export function isCalendarDay(text: string): boolean {
  const match = CALENDAR_DAY.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Reads an ISO 8601 instant that states its offset. Text without an offset is refused: it would mean
 * different instants on different computers.
 */
export function parseIsoInstant(text: string): Date | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  if (!isRealDay(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return undefined;
  if (zone !== 'Z' && (Number(zone!.slice(1, 3)) > 14 || Number(zone!.slice(4)) > 59)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2026-11-29" → "29/11/2026"; an ISO instant → the day it falls on in Vietnam; anything else as is. */
export function formatDate(value: string | Date): string {
  const day = value instanceof Date ? vietnamDay(value) : isCalendarDay(value) ? value : dayOfInstant(value);
  if (day === undefined) return String(value);
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

function dayOfInstant(text: string): CalendarDay | undefined {
  const instant = parseIsoInstant(text);
  return instant ? vietnamDay(instant) : undefined;
}

/** An instant as "29/11/2026 09:00" in Vietnam's time. */
export function formatDateTime(value: string | Date): string {
  const instant = value instanceof Date ? value : parseIsoInstant(value);
  if (!instant) return String(value);
  const f = vietnamFields(instant);
  return `${pad(f.day)}/${pad(f.month)}/${pad(f.year, 4)} ${pad(f.hour)}:${pad(f.minute)}`;
}

/** The wording of a date on an administrative document: "ngày 29 tháng 11 năm 2026". */
export function formatDocumentDate(value: string | Date): string {
  const day = value instanceof Date ? vietnamDay(value) : isCalendarDay(value) ? value : dayOfInstant(value);
  if (day === undefined) return String(value);
  const [year, month, date] = day.split('-');
  return `ngày ${date} tháng ${month} năm ${year}`;
}

/**
 * Reads a day typed the Vietnamese way: "29/11/2026", also "29-11-2026", "29.11.2026", one-digit day or
 * month ("5/3/2024"), and "29112026" (phone keypads often have no "/"). Returns "yyyy-mm-dd", or
 * undefined when it is not a real day.
 */
export function parseDisplayDate(text: string): CalendarDay | undefined {
  const match =
    /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text) ?? /^\s*(\d{2})(\d{2})(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether a calendar day, or the Vietnamese day of an instant, comes after today in Vietnam. */
export function isAfterToday(value: CalendarDay | Date, now: Date): boolean {
  const day = value instanceof Date ? vietnamDay(value) : value;
  return day > vietnamDay(now);
}
