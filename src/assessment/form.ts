/**
 * Checks on what the person typed, as plain functions: the components show the messages beside the
 * fields, the summary lists what is missing, and export refuses to run while a problem remains.
 */
import { formatDate, isAfterToday, parseDisplayDate, vietnamDay } from '../dates';
import { findPersonalNumber } from '../personal-data';
import { LIMITS } from '../result-file/types';
import type { ChecklistState, ItemAnswer, ProfileState } from './state';
import { emptyAnswer } from './state';
import { t } from './strings';
import type { AssessmentContent, ChecklistItemView, DossierCountField } from './types';

/** DOM ids of the fields, so a message can point to its field and a link can jump to it. */
export const fieldIds = {
  name: 'td-ho-ten',
  unit: 'td-don-vi',
  staffCode: 'td-ma-nhan-vien',
  note: 'td-ghi-chu',
  submittedOnline: 'td-so-ho-so',
  reusedDigitised: 'td-so-ho-so-dung-lai',
  item: (id: string) => `muc-${id}`,
  answer: (id: string) => `td-${id}-tra-loi`,
  date: (id: string) => `td-${id}-ngay`,
  reason: (id: string) => `td-${id}-ly-do`,
  count: (field: DossierCountField) => (field === 'submittedOnline' ? 'td-so-ho-so' : 'td-so-ho-so-dung-lai'),
} as const;

export interface FieldProblem {
  /** The id of the field the message belongs to. */
  field: string;
  /** What the field is, for a list of problems away from the field ("Họ và tên", "Mục 2 – Ngày làm"). */
  label: string;
  message: string;
  /** "missing" problems are shown once the person left the field or tried to export. */
  kind: 'missing' | 'invalid';
}

/** The message for free text holding a CCCD-like or phone-like number, or undefined. */
export function personalNumberMessage(text: string): string | undefined {
  const kind = findPersonalNumber(text);
  return kind === 'phone' ? t.errors.phone : kind === 'id-number' ? t.errors.idNumber : undefined;
}

/**
 * The text without anything that looks like a personal number: each run of digits and their separators
 * that the one rule (src/personal-data/) takes for a number is cut out, and the rest kept as typed.
 */
export function withoutPersonalNumbers(text: string): string {
  return text.replace(/\+?\d[\d\s.+-]*/g, (run) => (findPersonalNumber(run) ? '' : run));
}

/** The problem with a typed day, if any. */
export function dateProblem(typed: string, now: Date): string | undefined {
  if (typed.trim() === '') return undefined;
  const day = parseDisplayDate(typed);
  if (!day) return t.errors.dateFormat;
  if (day < '2000-01-01') return t.errors.dateTooOld;
  if (isAfterToday(day, now)) return t.errors.dateFuture(vietnamDay(now));
  return undefined;
}

/** A typed count: a number, null when left empty, 'invalid' when not a whole number, or 'too-big'. */
export function parseCount(typed: string): number | null | 'invalid' | 'too-big' {
  const text = typed.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return 'invalid';
  const value = Number(text);
  return value > LIMITS.dossierCount ? 'too-big' : value;
}

export function answerOf(checklist: ChecklistState, id: string): ItemAnswer {
  return checklist.items[id] ?? emptyAnswer;
}

/** Whether an item is finished: done, or not applicable with a reason. */
export function isItemComplete(answer: ItemAnswer): boolean {
  return answer.answer === 'done' || (answer.answer === 'not-applicable' && answer.reason.trim() !== '');
}

function textProblems(field: string, label: string, value: string, max: number): FieldProblem[] {
  const personal = personalNumberMessage(value);
  if (personal) return [{ field, label, message: personal, kind: 'invalid' }];
  if (value.length > max) return [{ field, label, message: t.errors.tooLong(max), kind: 'invalid' }];
  return [];
}

/** "Việc 3 – Ngày làm": an item's field, named by the item's number on the page. */
export const itemFieldLabel = (number: number, field: string) => `${t.checklist.itemNumber(number)} – ${field}`;

const itemLabel = (content: AssessmentContent, id: string, field: string) =>
  itemFieldLabel(content.checklist.findIndex((item) => item.id === id) + 1, field);

export function profileProblems(profile: ProfileState, content: AssessmentContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (profile.name.trim() === '')
    problems.push({ field: fieldIds.name, label: t.profile.name, message: t.errors.nameRequired, kind: 'missing' });
  else problems.push(...textProblems(fieldIds.name, t.profile.name, profile.name, LIMITS.nameLength));
  if (!content.organisation.units.some((unit) => unit.id === profile.unitId)) {
    problems.push({ field: fieldIds.unit, label: t.profile.unit, message: t.errors.unitRequired, kind: 'missing' });
  }
  problems.push(...textProblems(fieldIds.staffCode, t.profile.staffCode, profile.staffCode, LIMITS.staffCodeLength));
  return problems;
}

function itemProblems(
  content: AssessmentContent,
  item: ChecklistItemView,
  answer: ItemAnswer,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (answer.answer === 'done') {
    const date = dateProblem(answer.date, now);
    if (date)
      problems.push({
        field: fieldIds.date(item.id),
        label: itemLabel(content, item.id, t.checklist.dateShort),
        message: date,
        kind: 'invalid',
      });
  }
  if (answer.answer === 'not-applicable') {
    const label = itemLabel(content, item.id, t.checklist.reason);
    if (answer.reason.trim() === '')
      problems.push({ field: fieldIds.reason(item.id), label, message: t.errors.reasonRequired, kind: 'missing' });
    else problems.push(...textProblems(fieldIds.reason(item.id), label, answer.reason, LIMITS.reasonLength));
  }
  return problems;
}

/** The dossier counts the file will carry, derived from the answers (see `dossierCounts`). */
export interface DerivedCounts {
  submittedOnline: number | null;
  reusedDigitised: number | null;
}

/**
 * What the file records for the two counts. A count is asked only when its item is "Đã làm"; an item
 * answered "Chưa làm" or "Không áp dụng" means none, so 0; unanswered means unknown, so null.
 */
export function dossierCounts(content: AssessmentContent, checklist: ChecklistState): DerivedCounts {
  const counts: DerivedCounts = { submittedOnline: null, reusedDigitised: null };
  for (const item of content.checklist) {
    if (!item.count) continue;
    const answer = answerOf(checklist, item.id).answer;
    if (answer === 'done') {
      const parsed = parseCount(checklist[item.count]);
      counts[item.count] = typeof parsed === 'number' ? parsed : null;
    } else if (answer !== null) counts[item.count] = 0;
  }
  return counts;
}

function countProblems(content: AssessmentContent, checklist: ChecklistState): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const item of content.checklist) {
    if (!item.count || answerOf(checklist, item.id).answer !== 'done') continue;
    const field = fieldIds.count(item.count);
    const label = itemLabel(content, item.id, t.checklist.countShort);
    const parsed = parseCount(checklist[item.count]);
    if (parsed === null) problems.push({ field, label, message: t.errors.countRequired, kind: 'missing' });
    else if (parsed === 'invalid') problems.push({ field, label, message: t.errors.countFormat, kind: 'invalid' });
    else if (parsed === 'too-big')
      problems.push({ field, label, message: t.errors.countTooBig(LIMITS.dossierCount), kind: 'invalid' });
    else if (parsed === 0) {
      const message = item.count === 'submittedOnline' ? t.errors.submittedAtLeastOne : t.errors.reusedAtLeastOne;
      problems.push({ field, label, message, kind: 'invalid' });
    }
  }
  const counts = dossierCounts(content, checklist);
  const reuseItem = content.checklist.find((item) => item.count === 'reusedDigitised');
  if (
    counts.submittedOnline !== null &&
    counts.reusedDigitised !== null &&
    counts.reusedDigitised > counts.submittedOnline &&
    reuseItem
  ) {
    const message =
      counts.submittedOnline === 0
        ? t.errors.reusedWithoutSubmission
        : t.errors.reusedAboveSubmitted(counts.submittedOnline);
    problems.push({
      field: fieldIds.reusedDigitised,
      label: itemLabel(content, reuseItem.id, t.checklist.countShort),
      message,
      kind: 'invalid',
    });
  }
  return problems;
}

export function checklistProblems(content: AssessmentContent, checklist: ChecklistState, now: Date): FieldProblem[] {
  const counts = countProblems(content, checklist);
  // In page order: each item's own fields, then its count, so a list of problems reads top to bottom.
  return [
    ...content.checklist.flatMap((item) => [
      ...itemProblems(content, item, answerOf(checklist, item.id), now),
      ...counts.filter((problem) => item.count && problem.field === fieldIds.count(item.count)),
    ]),
    ...textProblems(fieldIds.note, t.checklist.note, checklist.note, LIMITS.noteLength),
  ];
}

/** Every problem on the page, in page order. Export needs this list empty. */
export function allProblems(
  content: AssessmentContent,
  profile: ProfileState,
  checklist: ChecklistState,
  now: Date,
): FieldProblem[] {
  return [...profileProblems(profile, content), ...checklistProblems(content, checklist, now)];
}

/** "2024-03-05" → "05/03/2024", for putting a saved day back into its text field. */
export const dayToTyped = (day: string | null): string => (day ? formatDate(day) : '');
