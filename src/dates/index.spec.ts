import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDocumentDate,
  isAfterToday,
  isCalendarDay,
  parseDisplayDate,
  parseIsoInstant,
  toVietnamIso,
  vietnamDay,
  vietnamYear,
} from '.';

describe('instants in Vietnam time', () => {
  it('writes ISO 8601 with the +07:00 offset whatever the computer zone', () => {
    expect(toVietnamIso(new Date('2026-11-29T02:00:00Z'))).toBe('2026-11-29T09:00:00+07:00');
  });

  it('moves to the next day in Vietnam after 17:00 UTC', () => {
    const lateUtc = new Date('2026-12-31T17:30:00Z');
    expect(vietnamDay(lateUtc)).toBe('2027-01-01');
    expect(vietnamYear(lateUtc)).toBe(2027);
    expect(toVietnamIso(lateUtc)).toBe('2027-01-01T00:30:00+07:00');
  });

  it('reads back what it writes, and instants with other offsets', () => {
    const date = new Date('2026-11-29T02:03:04Z');
    expect(parseIsoInstant(toVietnamIso(date))?.getTime()).toBe(date.getTime());
    expect(parseIsoInstant('2026-11-29T02:03:04.123Z')?.toISOString()).toBe('2026-11-29T02:03:04.123Z');
  });

  it.each([
    '2026-11-29',
    '2026-11-29T09:00:00',
    '2026-02-30T09:00:00+07:00',
    '2026-11-29T25:00:00+07:00',
    '29/11/2026',
    '',
    'hôm nay',
  ])('refuses %j as an instant', (text) => expect(parseIsoInstant(text)).toBeUndefined());
});

describe('showing dates', () => {
  it('shows calendar days and instants as dd/mm/yyyy', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
    expect(formatDate('2026-11-28T20:00:00Z')).toBe('29/11/2026');
    expect(formatDate(new Date('2026-11-29T02:00:00Z'))).toBe('29/11/2026');
  });

  it('shows time in Vietnam', () => {
    expect(formatDateTime('2026-11-29T02:05:00Z')).toBe('29/11/2026 09:05');
  });

  it('writes the date line of a document', () => {
    expect(formatDocumentDate('2026-11-29T09:00:00+07:00')).toBe('ngày 29 tháng 11 năm 2026');
  });

  it('leaves text it cannot read untouched rather than inventing a date', () => {
    expect(formatDate('không rõ')).toBe('không rõ');
  });
});

describe('reading typed dates', () => {
  it.each([
    ['29/11/2026', '2026-11-29'],
    ['5/3/2024', '2024-03-05'],
    [' 05-03-2024 ', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['05032024', '2024-03-05'],
  ])('reads %j', (typed, day) => expect(parseDisplayDate(typed)).toBe(day));

  it.each([
    '29/02/2023',
    '31/04/2024',
    '2024-03-05',
    '03/2024',
    '5/3/24',
    '00/01/2024',
    '1/13/2024',
    '5032024',
    '30022024',
  ])('refuses %j', (typed) => expect(parseDisplayDate(typed)).toBeUndefined());

  it('knows real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-2-9')).toBe(false);
  });
});

describe('the future', () => {
  const now = new Date('2026-11-29T09:00:00+07:00');
  it('compares calendar days in Vietnam', () => {
    expect(isAfterToday('2026-11-29', now)).toBe(false);
    expect(isAfterToday('2026-11-30', now)).toBe(true);
    expect(isAfterToday(new Date('2026-11-29T16:59:00Z'), now)).toBe(false);
    expect(isAfterToday(new Date('2026-11-29T17:00:00Z'), now)).toBe(true);
  });
});
