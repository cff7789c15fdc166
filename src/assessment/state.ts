/**
 * The self-assessment's saved state, as plain data: shapes, initial values and the decoders the
 * versioned stores use to read what an earlier visit saved. Nothing read back from localStorage is
 * trusted: each field is checked and anything odd falls back to its initial value, field by field,
 * so one bad value does not cost the person the rest of their answers.
 */
import { CHECKLIST_ANSWERS, type ChecklistAnswer } from '../result-file/types';

export interface ProfileState {
  /** When the person read the purpose notice and chose to start; nothing is saved before it. */
  noticeAcceptedAt: string | null;
  /** Random UUID made when the person starts, kept through export and re-import. */
  personId: string | null;
  name: string;
  /** The unit's stable id, or '' when none is chosen. */
  unitId: string;
  staffCode: string;
  updatedAt: string | null;
}

export interface ItemAnswer {
  answer: ChecklistAnswer | null;
  /** The day as the person typed it (dd/mm/yyyy), so a half-typed date survives a reload. */
  date: string;
  reason: string;
  answeredAt: string | null;
}

export interface ChecklistState {
  items: Record<string, ItemAnswer>;
  /** Dossier counts as typed (digits), '' when not given. */
  submittedOnline: string;
  reusedDigitised: string;
  note: string;
  updatedAt: string | null;
}

export interface QuizBest {
  bestScore: number;
  maxScore: number;
  passPercent: number;
  passed: boolean;
  completedAt: string;
}

export interface QuizAttempt {
  /** The questions drawn for this attempt, in the order shown. */
  questionIds: string[];
  /** Each question's options in the order shown. */
  optionOrder: Record<string, string[]>;
  /** Options ticked so far, per question. */
  chosen: Record<string, string[]>;
  /** Questions already answered (their explanation shown); their choice is final. */
  answered: string[];
  /** The question on screen; equal to the number of questions once the result is shown. */
  index: number;
  startedAt: string;
  /** Set when the last question was answered. */
  finishedAt: string | null;
}

export interface QuizState {
  attempt: QuizAttempt | null;
  best: QuizBest | null;
  updatedAt: string | null;
}

/** The last file exported from this browser, for the printout and "đã xuất lúc…". */
export interface ExportRecord {
  fileName: string;
  exportedAt: string;
  checksum: string;
}

export const PROFILE_VERSION = 1;
export const CHECKLIST_VERSION = 1;
export const QUIZ_VERSION = 1;
export const EXPORT_VERSION = 1;

export const initialProfile: ProfileState = {
  noticeAcceptedAt: null,
  personId: null,
  name: '',
  unitId: '',
  staffCode: '',
  updatedAt: null,
};
export const initialChecklist: ChecklistState = {
  items: {},
  submittedOnline: '',
  reusedDigitised: '',
  note: '',
  updatedAt: null,
};
export const initialQuiz: QuizState = { attempt: null, best: null, updatedAt: null };

export const emptyAnswer: ItemAnswer = { answer: null, date: '', reason: '', answeredAt: null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const nonNegativeInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function decodeProfile(data: unknown, version: number): ProfileState | undefined {
  if (version !== 1 || !isRecord(data)) return undefined;
  return {
    noticeAcceptedAt: strOrNull(data['noticeAcceptedAt']),
    personId: strOrNull(data['personId']),
    name: str(data['name']),
    unitId: str(data['unitId']),
    staffCode: str(data['staffCode']),
    updatedAt: strOrNull(data['updatedAt']),
  };
}

function decodeAnswer(data: unknown): ItemAnswer {
  if (!isRecord(data)) return emptyAnswer;
  const answer = CHECKLIST_ANSWERS.includes(data['answer'] as never) ? (data['answer'] as ChecklistAnswer) : null;
  return { answer, date: str(data['date']), reason: str(data['reason']), answeredAt: strOrNull(data['answeredAt']) };
}

export function decodeChecklist(data: unknown, version: number): ChecklistState | undefined {
  if (version !== 1 || !isRecord(data)) return undefined;
  const items: Record<string, ItemAnswer> = {};
  if (isRecord(data['items']))
    for (const [id, answer] of Object.entries(data['items'])) items[id] = decodeAnswer(answer);
  return {
    items,
    submittedOnline: str(data['submittedOnline']),
    reusedDigitised: str(data['reusedDigitised']),
    note: str(data['note']),
    updatedAt: strOrNull(data['updatedAt']),
  };
}

function decodeBest(data: unknown): QuizBest | null {
  if (!isRecord(data)) return null;
  const { bestScore, maxScore, passPercent, passed, completedAt } = data;
  if (!nonNegativeInteger(bestScore) || !nonNegativeInteger(maxScore) || maxScore === 0 || bestScore > maxScore)
    return null;
  if (
    !nonNegativeInteger(passPercent) ||
    passPercent > 100 ||
    typeof passed !== 'boolean' ||
    typeof completedAt !== 'string'
  )
    return null;
  return { bestScore, maxScore, passPercent, passed, completedAt };
}

function decodeAttempt(data: unknown): QuizAttempt | null {
  if (!isRecord(data)) return null;
  const questionIds = strings(data['questionIds']);
  if (questionIds.length === 0 || !nonNegativeInteger(data['index']) || typeof data['startedAt'] !== 'string')
    return null;
  const optionOrder: Record<string, string[]> = {};
  const chosen: Record<string, string[]> = {};
  for (const id of questionIds) {
    optionOrder[id] = isRecord(data['optionOrder']) ? strings(data['optionOrder'][id]) : [];
    chosen[id] = isRecord(data['chosen']) ? strings(data['chosen'][id]) : [];
  }
  const finishedAt = strOrNull(data['finishedAt']);
  return {
    questionIds,
    optionOrder,
    chosen,
    answered: strings(data['answered']).filter((id) => questionIds.includes(id)),
    // One past the last question means "showing the result", which only a finished attempt can do.
    index: Math.min(data['index'], finishedAt ? questionIds.length : questionIds.length - 1),
    startedAt: data['startedAt'],
    finishedAt,
  };
}

export function decodeQuiz(data: unknown, version: number): QuizState | undefined {
  if (version !== 1 || !isRecord(data)) return undefined;
  return {
    attempt: decodeAttempt(data['attempt']),
    best: decodeBest(data['best']),
    updatedAt: strOrNull(data['updatedAt']),
  };
}

export function decodeExport(data: unknown, version: number): ExportRecord | null | undefined {
  if (version !== 1) return undefined;
  if (!isRecord(data)) return null;
  const { fileName, exportedAt, checksum } = data;
  return typeof fileName === 'string' && typeof exportedAt === 'string' && typeof checksum === 'string'
    ? { fileName, exportedAt, checksum }
    : null;
}

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
