/**
 * Checks a file's content: the schema (schema.ts), then what a schema cannot say — days that exist,
 * ids that appear once, counts and scores that agree with each other, and no personal number in free
 * text. The checksum, the organisation, its units and dates in the future need the reader's context and
 * are checked in parse.ts. Stops at the first problem and names the field, in Vietnamese with its path,
 * e.g. "ngày thực hiện của mục tự đánh giá “vneid-muc-2” (checklist[0].date) phải là ngày…".
 */
import { isCalendarDay, parseIsoInstant } from '../dates';
import { findPersonalNumber, type PersonalNumberKind } from '../personal-data';
import { describeIssue, fieldName, problems } from './problems';
import { resultContentSchema, type ResultContent } from './schema';

export type ValidationIssue =
  | { code: 'invalid'; field: string; problem: string }
  | { code: 'personal-number'; field: string; kind: PersonalNumberKind };

type Path = ReadonlyArray<string | number>;

/** What messages call the field at `path` of this content. */
export const fieldOf = (content: unknown, path: Path): string => fieldName(resultContentSchema, path, content);

/** Whether a score reaches a pass mark, in integers so 80% of 15 is 12 exactly. */
export function reachesPassMark(score: number, maxScore: number, passPercent: number): boolean {
  return score * 100 >= passPercent * maxScore;
}

/** Every dated field of the content: where it is, its value and whether it is a day or an instant. */
export function datedFields(content: ResultContent): Array<{ path: Path; value: string; kind: 'day' | 'instant' }> {
  const fields: Array<{ path: Path; value: string; kind: 'day' | 'instant' }> = [];
  content.checklist.forEach((entry, index) => {
    if (entry.date !== null) fields.push({ path: ['checklist', index, 'date'], value: entry.date, kind: 'day' });
    if (entry.answeredAt !== null)
      fields.push({ path: ['checklist', index, 'answeredAt'], value: entry.answeredAt, kind: 'instant' });
  });
  if (content.quiz) fields.push({ path: ['quiz', 'completedAt'], value: content.quiz.completedAt, kind: 'instant' });
  content.simulators.forEach((entry, index) => {
    if (entry.test)
      fields.push({
        path: ['simulators', index, 'test', 'completedAt'],
        value: entry.test.completedAt,
        kind: 'instant',
      });
  });
  fields.push({ path: ['exportedAt'], value: content.exportedAt, kind: 'instant' });
  return fields;
}

/** The first problem of a content that fits the schema, as the path of the field and the problem. */
function firstProblem(content: ResultContent): { path: Path; problem: string } | undefined {
  for (const { path, value, kind } of datedFields(content)) {
    if (kind === 'day' ? !isCalendarDay(value) : !parseIsoInstant(value))
      return { path, problem: kind === 'day' ? problems.notDay : problems.notInstant };
  }
  for (const key of ['checklist', 'simulators'] as const) {
    const seen = new Set<string>();
    for (const { id } of content[key]) {
      if (seen.has(id)) return { path: [key], problem: problems.duplicate(id) };
      seen.add(id);
    }
  }
  const { submittedOnline, reusedDigitised } = content.dossiers;
  if (submittedOnline !== null && reusedDigitised !== null && reusedDigitised > submittedOnline)
    return { path: ['dossiers', 'reusedDigitised'], problem: problems.reusedAboveSubmitted };
  const { quiz } = content;
  if (quiz && quiz.bestScore > quiz.maxScore) return { path: ['quiz', 'bestScore'], problem: problems.bestAboveMax };
  if (quiz && quiz.passed !== reachesPassMark(quiz.bestScore, quiz.maxScore, quiz.passPercent))
    return { path: ['quiz', 'passed'], problem: problems.passedMismatch };
  for (const [index, { available, test }] of content.simulators.entries()) {
    if (test && test.bestScore > test.maxScore)
      return { path: ['simulators', index, 'test', 'bestScore'], problem: problems.bestAboveMax };
    // A pass can only come from a simulator that exists: never count one that could not have happened.
    if (!available && test !== null)
      return { path: ['simulators', index, 'test'], problem: problems.testWhileUnavailable };
  }
  return undefined;
}

/** Free text the person typed, where a CCCD or phone number must not be (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). */
function* freeText(content: ResultContent): Generator<{ path: Path; value: string }> {
  yield { path: ['person', 'name'], value: content.person.name };
  if (content.person.staffCode !== null) yield { path: ['person', 'staffCode'], value: content.person.staffCode };
  for (const [index, { reason }] of content.checklist.entries())
    if (reason !== null) yield { path: ['checklist', index, 'reason'], value: reason };
  if (content.note !== null) yield { path: ['note'], value: content.note };
}

/**
 * Checks a parsed file without its `checksum` (already checked by the reader) and returns its content
 * in the documented shape, or the first problem found.
 */
export function validateContent(
  raw: unknown,
): { ok: true; content: ResultContent } | { ok: false; issue: ValidationIssue } {
  const parsed = resultContentSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issue: { code: 'invalid', ...describeIssue(resultContentSchema, parsed.error.issues[0]!, raw) },
    };
  const content = parsed.data;
  const problem = firstProblem(content);
  if (problem)
    return { ok: false, issue: { code: 'invalid', field: fieldOf(content, problem.path), problem: problem.problem } };
  for (const { path, value } of freeText(content)) {
    const kind = findPersonalNumber(value);
    if (kind) return { ok: false, issue: { code: 'personal-number', field: fieldOf(content, path), kind } };
  }
  return { ok: true, content };
}
