/**
 * Reads one result file. Pure (no DOM, no stores) and quick, so the aggregation page can run it on
 * thousands of files; it never throws on bad input but returns a typed failure whose Vietnamese
 * message names the file and the problem.
 */
import { isAfterToday, isCalendarDay, parseIsoInstant } from '../dates';
import { checksumOf, withoutChecksum } from './checksum';
import { messages } from './messages';
import { problems } from './problems';
import {
  CHECKSUM_ALGORITHM,
  CHECKSUM_PATTERN,
  MAX_FILE_BYTES,
  RESULT_FILE_SCHEMA,
  RESULT_FILE_VERSION,
} from './schema';
import type { ExpectedOrganisation, ResultContent } from './types';
import { datedFields, fieldOf, validateContent } from './validate';

export interface ParseOptions {
  /** The file's name as the person sees it; every message names it. */
  fileName: string;
  /** The organisation files are expected from, with its units. */
  organisation: ExpectedOrganisation;
  /** "Today", for refusing dates in the future; tests pin it. */
  now: Date;
}

export type ParseErrorCode =
  | 'too-large'
  | 'not-json'
  | 'wrong-schema'
  | 'newer-version'
  | 'bad-checksum'
  | 'invalid'
  | 'personal-number'
  | 'other-organisation'
  | 'unknown-unit'
  | 'future-date';

export interface ParseFailure {
  ok: false;
  code: ParseErrorCode;
  /** Vietnamese, names the file: ready to show. */
  message: string;
  fileName: string;
}

export interface ParseSuccess {
  ok: true;
  fileName: string;
  content: ResultContent;
  /** The file's checksum value as written (for telling two copies of one export apart). */
  checksum: string;
}

export type ParseResult = ParseSuccess | ParseFailure;

/** UTF-8 length without encoding the text (the aggregation page reads many files). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const same = (a: string, b: string) =>
  a.normalize('NFC').trim().replace(/\s+/g, ' ') === b.normalize('NFC').trim().replace(/\s+/g, ' ');

export function parseResultFile(text: string, options: ParseOptions): ParseResult {
  const { fileName, organisation, now } = options;
  const failure = (code: ParseErrorCode, message: string): ParseFailure => ({ ok: false, code, message, fileName });

  // Each character is at least one byte, so the exact count is only needed near the limit.
  const bytes = text.length > MAX_FILE_BYTES ? text.length : text.length * 3 > MAX_FILE_BYTES ? utf8Length(text) : 0;
  if (bytes > MAX_FILE_BYTES) return failure('too-large', messages.tooLarge(fileName, bytes));

  // Some Windows editors add a byte-order mark; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure('not-json', messages.empty(fileName));
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return failure('not-json', messages.notJson(fileName));
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as Record<string, unknown>)['schema'] !== RESULT_FILE_SCHEMA
  ) {
    return failure('wrong-schema', messages.wrongSchema(fileName));
  }
  const record = raw as Record<string, unknown>;
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return failure('invalid', messages.badVersion(fileName));
  if (version > RESULT_FILE_VERSION) return failure('newer-version', messages.newerVersion(fileName, version));
  // Version 1 is the only one the site has ever handed out.
  if (version !== RESULT_FILE_VERSION)
    return failure(
      'invalid',
      messages.invalid(fileName, fieldOf(record, ['version']), problems.notOneOf([RESULT_FILE_VERSION])),
    );

  // The checksum first: a hand-edited file should be called that, not "invalid field X".
  const checksum = record['checksum'];
  if (typeof checksum !== 'object' || checksum === null)
    return failure('bad-checksum', messages.missingChecksum(fileName));
  const { algorithm, value: written } = checksum as Record<string, unknown>;
  if (algorithm !== CHECKSUM_ALGORITHM)
    return failure('bad-checksum', messages.unknownAlgorithm(fileName, String(algorithm)));
  if (typeof written !== 'string' || !CHECKSUM_PATTERN.test(written))
    return failure('bad-checksum', messages.missingChecksum(fileName));
  const content = withoutChecksum(record);
  let computed: string;
  try {
    computed = checksumOf(content);
  } catch {
    return failure('not-json', messages.notJson(fileName));
  }
  if (computed !== written) return failure('bad-checksum', messages.checksumMismatch(fileName));

  const validated = validateContent(content);
  if (!validated.ok) {
    const { issue } = validated;
    return issue.code === 'personal-number'
      ? failure('personal-number', messages.personalNumber(fileName, issue.field, issue.kind))
      : failure('invalid', messages.invalid(fileName, issue.field, issue.problem));
  }
  const checked = validated.content;

  if (!same(checked.organisation.name, organisation.name) || !same(checked.organisation.parent, organisation.parent)) {
    return failure('other-organisation', messages.otherOrganisation(fileName, checked.organisation, organisation));
  }
  if (!organisation.units.some((unit) => unit.id === checked.person.unitId)) {
    return failure('unknown-unit', messages.unknownUnit(fileName, checked.person.unitId, organisation.name));
  }
  for (const { path, value } of datedFields(checked)) {
    const when = isCalendarDay(value) ? value : parseIsoInstant(value);
    if (when !== undefined && isAfterToday(when, now))
      return failure('future-date', messages.futureDate(fileName, fieldOf(checked, path), value));
  }

  return { ok: true, fileName, content: checked, checksum: written };
}
