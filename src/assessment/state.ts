/**
 * The self-assessment's saved state, as plain data: one zod schema per store (its TypeScript type is
 * inferred from it), the saved format the versioned stores read, and the initial values. Nothing read
 * back from localStorage is trusted: a field that does not fit its schema takes its default, field by
 * field (src/storage/), so one bad value does not cost the person the rest of their answers.
 */
import * as z from 'zod/mini';
import { parseIsoInstant } from '../dates';
import { CHECKLIST_ANSWERS, LIMITS, PERSON_ID_PATTERN, reachesPassMark } from '../result-file';
import type { SavedFormat } from '../storage/versioned-store';

const text = z._default(z.string(), '');
/**
 * An ISO 8601 time with its offset, checked as the result file checks it: saved data that the file
 * would refuse is dropped on reading, so it can never make export fail.
 */
const instant = z.string().check(z.refine((value) => parseIsoInstant(value) !== undefined, 'not an ISO time'));
/** An instant, or null when it has not happened yet. */
const timeOrNull = z._default(z.nullable(instant), null);
const strings = z.array(z.string());
const count = z.int().check(z.nonnegative());

export const profileSchema = z.object({
  /** When the person read the purpose notice and chose to start; nothing is saved before it. */
  noticeAcceptedAt: timeOrNull,
  /** Random UUID made when the person starts, kept through export and re-import. */
  personId: z._default(z.nullable(z.string().check(z.regex(PERSON_ID_PATTERN))), null),
  name: text,
  /** The unit's stable id, or '' when none is chosen. */
  unitId: text,
  staffCode: text,
  updatedAt: timeOrNull,
});
export type ProfileState = z.infer<typeof profileSchema>;

export const itemAnswerSchema = z.object({
  answer: z._default(z.nullable(z.enum(CHECKLIST_ANSWERS)), null),
  /** The day as the person typed it (dd/mm/yyyy), so a half-typed date survives a reload. */
  date: text,
  reason: text,
  answeredAt: timeOrNull,
});
export type ItemAnswer = z.infer<typeof itemAnswerSchema>;

export const checklistSchema = z.object({
  items: z._default(z.record(z.string(), itemAnswerSchema), () => ({})),
  /** Dossier counts as typed (digits), '' when not given. */
  submittedOnline: text,
  reusedDigitised: text,
  note: text,
  updatedAt: timeOrNull,
});
export type ChecklistState = z.infer<typeof checklistSchema>;

export const quizBestSchema = z
  .object({
    bestScore: count,
    maxScore: z.int().check(z.positive(), z.maximum(LIMITS.quizMaxScore)),
    passPercent: count.check(z.maximum(100)),
    passed: z.boolean(),
    completedAt: instant,
  })
  .check(
    z.refine((best) => best.bestScore <= best.maxScore, 'bestScore is above maxScore'),
    z.refine(
      (best) => best.passed === reachesPassMark(best.bestScore, best.maxScore, best.passPercent),
      'passed does not match the score',
    ),
  );
export type QuizBest = z.infer<typeof quizBestSchema>;

/**
 * A simulator's Kiểm tra result as the result file takes it. The simulators keep their own store, saved
 * by an older release perhaps: a result that does not fit is left out of the file, and the person told.
 */
export const fileableTestSchema = z
  .object({
    bestScore: count,
    maxScore: z.int().check(z.positive(), z.maximum(LIMITS.quizMaxScore)),
    passed: z.boolean(),
    completedAt: instant,
  })
  .check(z.refine((test) => test.bestScore <= test.maxScore, 'bestScore is above maxScore'));

const attemptShape = z.object({
  /** The questions drawn for this attempt, in the order shown. */
  questionIds: strings.check(z.minLength(1)),
  /** Each question's options in the order shown. */
  optionOrder: z._default(z.record(z.string(), strings), () => ({})),
  /** Options ticked so far, per question. */
  chosen: z._default(z.record(z.string(), strings), () => ({})),
  /** Questions already answered (their explanation shown); their choice is final. */
  answered: z._default(strings, () => []),
  /** The question on screen; equal to the number of questions once the result is shown. */
  index: count,
  startedAt: instant,
  /** Set when the last question was answered. */
  finishedAt: timeOrNull,
});

/** Keeps an attempt's parts in step with its questions, whatever was saved beside them. */
function consistentAttempt(attempt: z.infer<typeof attemptShape>): z.infer<typeof attemptShape> {
  const { questionIds, finishedAt } = attempt;
  const perQuestion = (lists: Record<string, string[]>) =>
    Object.fromEntries(questionIds.map((id) => [id, lists[id] ?? []]));
  return {
    ...attempt,
    optionOrder: perQuestion(attempt.optionOrder),
    chosen: perQuestion(attempt.chosen),
    answered: attempt.answered.filter((id) => questionIds.includes(id)),
    // One past the last question means "showing the result", which only a finished attempt can do.
    index: Math.min(attempt.index, finishedAt ? questionIds.length : questionIds.length - 1),
  };
}

export const quizAttemptSchema = z.pipe(attemptShape, z.transform(consistentAttempt));
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

export const quizSchema = z.object({
  attempt: z._default(z.nullable(quizAttemptSchema), null),
  best: z._default(z.nullable(quizBestSchema), null),
  updatedAt: timeOrNull,
});
export type QuizState = z.infer<typeof quizSchema>;

/** The last file exported from this browser, for the printout and "đã xuất lúc…". */
export const exportRecordSchema = z.nullable(
  z.object({ fileName: z.string(), exportedAt: instant, checksum: z.string() }),
);
export type ExportRecord = NonNullable<z.infer<typeof exportRecordSchema>>;

/** The names of the self-assessment's stores (keys under the storage prefix). */
export const STORE_NAMES = {
  profile: 'self-assessment:profile',
  checklist: 'self-assessment:checklist',
  quiz: 'self-assessment:quiz',
  lastExport: 'self-assessment:last-export',
} as const;

export const profileFormat = { version: 1, schema: profileSchema } satisfies SavedFormat<typeof profileSchema>;
export const checklistFormat = { version: 1, schema: checklistSchema } satisfies SavedFormat<typeof checklistSchema>;
export const quizFormat = { version: 1, schema: quizSchema } satisfies SavedFormat<typeof quizSchema>;
export const exportFormat = { version: 1, schema: exportRecordSchema } satisfies SavedFormat<typeof exportRecordSchema>;

// The initial values are every field's default, so they cannot drift from the schemas.
export const initialProfile: ProfileState = profileSchema.parse({});
export const initialChecklist: ChecklistState = checklistSchema.parse({});
export const initialQuiz: QuizState = quizSchema.parse({});
export const emptyAnswer: ItemAnswer = itemAnswerSchema.parse({});

/** Whether the person has put anything in yet (what a re-import would replace). */
export function hasProgress(profile: ProfileState, checklist: ChecklistState, quiz: QuizState): boolean {
  return (
    profile.name.trim() !== '' ||
    profile.unitId !== '' ||
    profile.staffCode.trim() !== '' ||
    Object.values(checklist.items).some((item) => item.answer !== null || item.date !== '' || item.reason !== '') ||
    checklist.submittedOnline !== '' ||
    checklist.reusedDigitised !== '' ||
    checklist.note.trim() !== '' ||
    quiz.best !== null ||
    (quiz.attempt?.answered.length ?? 0) > 0
  );
}

/** The latest change saved in any of the three stores (ISO strings with the same offset compare as text). */
export function lastUpdated(...states: Array<{ updatedAt: string | null }>): string | null {
  return states.reduce<string | null>((latest, state) => {
    if (!state.updatedAt) return latest;
    if (!latest) return state.updatedAt;
    return new Date(state.updatedAt).getTime() > new Date(latest).getTime() ? state.updatedAt : latest;
  }, null);
}
