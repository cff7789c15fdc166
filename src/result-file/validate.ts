/**
 * Hand-written validation of a version 1 file (no zod: this module ships to the browser, and the
 * aggregation page runs it on thousands of files). It stops at the first problem and says which
 * field, in Vietnamese with the field's path, e.g. "ngày thực hiện (checklist[2].date) không đúng dạng".
 */
import { isCalendarDay, parseIsoInstant } from '../dates';
import { problems } from './messages';
import { findPersonalNumber, type PersonalNumberKind } from '../personal-data';
import {
  CHECKLIST_ANSWERS,
  LIMITS,
  PERSON_ID_PATTERN,
  RESULT_FILE_SCHEMA,
  RESULT_FILE_VERSION,
  SLUG_PATTERN,
  type ChecklistEntry,
  type DossierCounts,
  type QuizResult,
  type ResultContent,
  type ResultOrganisation,
  type ResultPerson,
  type SimulatorEntry,
  type SimulatorTestResult,
} from './types';

export type ValidationIssue =
  | { code: 'invalid'; field: string; problem: string }
  | { code: 'personal-number'; field: string; kind: PersonalNumberKind };

/** Thrown inside this module only; `validateContent` turns it into a returned issue. */
class Invalid extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.code);
  }
}

function fail(field: string, problem: string): never {
  throw new Invalid({ code: 'invalid', field, problem });
}

/** A field's name for messages: what staff call it, then where it is in the file. */
const label = (vietnamese: string, path: string) => `${vietnamese} (${path})`;

function object(
  value: unknown,
  field: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, problems.notObject);
  const record = value as Record<string, unknown>;
  for (const key of required) if (!(key in record)) fail(`${field} → “${key}”`, problems.missing);
  for (const key of Object.keys(record)) {
    if (!required.includes(key) && !optional.includes(key)) fail(`${field} → “${key}”`, problems.unexpected);
  }
  return record;
}

interface TextRules {
  max: number;
  pattern?: RegExp;
  /** Refuse numbers that look like a CCCD or a phone (free text typed by the person). */
  personal?: boolean;
}

function text(value: unknown, field: string, rules: TextRules): string {
  if (typeof value !== 'string') fail(field, problems.notString);
  if (value.trim() === '') fail(field, problems.empty);
  if (value.length > rules.max) fail(field, problems.tooLong(rules.max));
  if (rules.pattern && !rules.pattern.test(value)) fail(field, problems.pattern);
  if (rules.personal) {
    const kind = findPersonalNumber(value);
    if (kind) throw new Invalid({ code: 'personal-number', field, kind });
  }
  return value;
}

function optionalText(value: unknown, field: string, rules: TextRules): string | null {
  return value === null ? null : text(value, field, rules);
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(field, problems.notNumber);
  if (value < min || value > max) fail(field, problems.outOfRange(min, max));
  return value;
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, problems.notBoolean);
  return value;
}

function instant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !parseIsoInstant(value)) fail(field, problems.notInstant);
  return value;
}

function day(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isCalendarDay(value)) fail(field, problems.notDay);
  return value;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(field, problems.notArray);
  if (value.length > max) fail(field, problems.tooMany(max));
  return value;
}

function uniqueIds<T extends { id: string }>(items: T[], field: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) fail(field, problems.duplicate(item.id));
    seen.add(item.id);
  }
  return items;
}

export const CONTENT_KEYS = [
  'schema',
  'version',
  'contentVersion',
  'organisation',
  'person',
  'checklist',
  'dossiers',
  'note',
  'quiz',
  'simulators',
  'exportedAt',
] as const satisfies ReadonlyArray<keyof ResultContent>;

function organisation(value: unknown): ResultOrganisation {
  const field = label('cơ quan', 'organisation');
  const o = object(value, field, ['name', 'parent']);
  return {
    name: text(o['name'], label('tên cơ quan', 'organisation.name'), { max: 200 }),
    parent: text(o['parent'], label('cơ quan chủ quản', 'organisation.parent'), { max: 200 }),
  };
}

function person(value: unknown): ResultPerson {
  const p = object(value, label('thông tin người', 'person'), ['id', 'name', 'unitId', 'unitName', 'staffCode']);
  return {
    id: text(p['id'], label('mã người', 'person.id'), { max: 36, pattern: PERSON_ID_PATTERN }),
    name: text(p['name'], label('họ và tên', 'person.name'), { max: LIMITS.nameLength, personal: true }),
    unitId: text(p['unitId'], label('mã khoa/phòng/trạm', 'person.unitId'), { max: 60, pattern: SLUG_PATTERN }),
    unitName: text(p['unitName'], label('tên khoa/phòng/trạm', 'person.unitName'), { max: 200 }),
    staffCode: optionalText(p['staffCode'], label('mã nhân viên', 'person.staffCode'), {
      max: LIMITS.staffCodeLength,
      personal: true,
    }),
  };
}

function checklistEntry(value: unknown, index: number): ChecklistEntry {
  const at = `checklist[${index}]`;
  const e = object(value, label('mục tự đánh giá', at), ['id', 'answer', 'date', 'reason', 'answeredAt']);
  const answer = e['answer'];
  if (answer !== null && !CHECKLIST_ANSWERS.includes(answer as never)) {
    fail(label('câu trả lời', `${at}.answer`), problems.notOneOf(CHECKLIST_ANSWERS));
  }
  return {
    id: text(e['id'], label('mã mục', `${at}.id`), { max: 60, pattern: SLUG_PATTERN }),
    answer: answer as ChecklistEntry['answer'],
    date: e['date'] === null ? null : day(e['date'], label('ngày thực hiện', `${at}.date`)),
    reason: optionalText(e['reason'], label('lý do', `${at}.reason`), { max: LIMITS.reasonLength, personal: true }),
    answeredAt:
      e['answeredAt'] === null ? null : instant(e['answeredAt'], label('thời điểm trả lời', `${at}.answeredAt`)),
  };
}

function dossiers(value: unknown): DossierCounts {
  const d = object(value, label('số hồ sơ', 'dossiers'), ['year', 'submittedOnline', 'reusedDigitised']);
  const count = (key: 'submittedOnline' | 'reusedDigitised', vietnamese: string) =>
    d[key] === null ? null : integer(d[key], label(vietnamese, `dossiers.${key}`), 0, LIMITS.dossierCount);
  const counts: DossierCounts = {
    year: integer(d['year'], label('năm', 'dossiers.year'), 2000, 2100),
    submittedOnline: count('submittedOnline', 'số hồ sơ nộp trực tuyến'),
    reusedDigitised: count('reusedDigitised', 'số hồ sơ dùng lại giấy tờ số hóa'),
  };
  if (
    counts.submittedOnline !== null &&
    counts.reusedDigitised !== null &&
    counts.reusedDigitised > counts.submittedOnline
  ) {
    fail(label('số hồ sơ dùng lại giấy tờ số hóa', 'dossiers.reusedDigitised'), problems.reusedAboveSubmitted);
  }
  return counts;
}

/** Whether a score reaches a pass mark, in integers so 80% of 15 is 12 exactly. */
export function reachesPassMark(score: number, maxScore: number, passPercent: number): boolean {
  return score * 100 >= passPercent * maxScore;
}

function quiz(value: unknown): QuizResult | null {
  if (value === null) return null;
  const q = object(value, label('bài kiểm tra kiến thức', 'quiz'), [
    'bestScore',
    'maxScore',
    'passPercent',
    'passed',
    'completedAt',
  ]);
  const maxScore = integer(q['maxScore'], label('điểm tối đa', 'quiz.maxScore'), 1, LIMITS.quizMaxScore);
  const result: QuizResult = {
    bestScore: integer(q['bestScore'], label('điểm cao nhất', 'quiz.bestScore'), 0, maxScore),
    maxScore,
    passPercent: integer(q['passPercent'], label('điểm đạt', 'quiz.passPercent'), 0, 100),
    passed: boolean(q['passed'], label('kết quả đạt', 'quiz.passed')),
    completedAt: instant(q['completedAt'], label('ngày làm bài', 'quiz.completedAt')),
  };
  if (result.passed !== reachesPassMark(result.bestScore, result.maxScore, result.passPercent)) {
    fail(label('kết quả đạt', 'quiz.passed'), problems.passedMismatch);
  }
  return result;
}

function simulatorTest(value: unknown, at: string): SimulatorTestResult {
  const t = object(value, label('kết quả kiểm tra mô phỏng', at), ['bestScore', 'maxScore', 'passed', 'completedAt']);
  const maxScore = integer(t['maxScore'], label('điểm tối đa', `${at}.maxScore`), 1, LIMITS.quizMaxScore);
  return {
    bestScore: integer(t['bestScore'], label('điểm cao nhất', `${at}.bestScore`), 0, maxScore),
    maxScore,
    passed: boolean(t['passed'], label('kết quả đạt', `${at}.passed`)),
    completedAt: instant(t['completedAt'], label('ngày làm bài', `${at}.completedAt`)),
  };
}

function simulator(value: unknown, index: number): SimulatorEntry {
  const at = `simulators[${index}]`;
  const s = object(value, label('mô phỏng', at), ['id', 'available', 'test']);
  const entry: SimulatorEntry = {
    id: text(s['id'], label('mã mô phỏng', `${at}.id`), { max: 60, pattern: SLUG_PATTERN }),
    available: boolean(s['available'], label('mô phỏng đã có', `${at}.available`)),
    test: s['test'] === null ? null : simulatorTest(s['test'], `${at}.test`),
  };
  // A pass can only come from a simulator that exists: never count one that could not have happened.
  if (!entry.available && entry.test !== null)
    fail(label('kết quả kiểm tra mô phỏng', `${at}.test`), problems.testWhileUnavailable);
  return entry;
}

/**
 * Checks a parsed version 1 file (its `checksum` already checked by the reader) and returns its
 * content in the documented shape, or the first problem found.
 */
export function validateContent(
  raw: unknown,
): { ok: true; content: ResultContent } | { ok: false; issue: ValidationIssue } {
  try {
    const f = object(raw, 'tệp', CONTENT_KEYS, ['checksum']);
    if (f['schema'] !== RESULT_FILE_SCHEMA)
      fail(label('tên mẫu tệp', 'schema'), problems.notOneOf([RESULT_FILE_SCHEMA]));
    if (f['version'] !== RESULT_FILE_VERSION)
      fail(label('phiên bản tệp', 'version'), problems.notOneOf([String(RESULT_FILE_VERSION)]));
    const content: ResultContent = {
      schema: RESULT_FILE_SCHEMA,
      version: RESULT_FILE_VERSION,
      contentVersion: text(f['contentVersion'], label('phiên bản nội dung', 'contentVersion'), {
        max: LIMITS.contentVersionLength,
      }),
      organisation: organisation(f['organisation']),
      person: person(f['person']),
      checklist: uniqueIds(
        list(f['checklist'], label('danh sách mục', 'checklist'), LIMITS.checklistEntries).map(checklistEntry),
        label('danh sách mục', 'checklist'),
      ),
      dossiers: dossiers(f['dossiers']),
      note: optionalText(f['note'], label('ghi chú', 'note'), { max: LIMITS.noteLength, personal: true }),
      quiz: quiz(f['quiz']),
      simulators: uniqueIds(
        list(f['simulators'], label('danh sách mô phỏng', 'simulators'), LIMITS.simulatorEntries).map(simulator),
        label('danh sách mô phỏng', 'simulators'),
      ),
      exportedAt: instant(f['exportedAt'], label('thời điểm xuất tệp', 'exportedAt')),
    };
    return { ok: true, content };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, issue: error.issue };
    throw error;
  }
}

/** Every dated field of the content with its label, for the "date in the future" check. */
export function datedFields(content: ResultContent): Array<{ field: string; value: string }> {
  const fields: Array<{ field: string; value: string }> = [];
  content.checklist.forEach((entry, index) => {
    if (entry.date)
      fields.push({
        field: label(`ngày thực hiện của mục “${entry.id}”`, `checklist[${index}].date`),
        value: entry.date,
      });
    if (entry.answeredAt) {
      fields.push({
        field: label(`thời điểm trả lời mục “${entry.id}”`, `checklist[${index}].answeredAt`),
        value: entry.answeredAt,
      });
    }
  });
  if (content.quiz)
    fields.push({ field: label('ngày làm bài kiểm tra', 'quiz.completedAt'), value: content.quiz.completedAt });
  content.simulators.forEach((entry, index) => {
    if (entry.test)
      fields.push({
        field: label(`ngày kiểm tra mô phỏng “${entry.id}”`, `simulators[${index}].test.completedAt`),
        value: entry.test.completedAt,
      });
  });
  fields.push({ field: label('thời điểm xuất tệp', 'exportedAt'), value: content.exportedAt });
  return fields;
}
