/**
 * The knowledge quiz as plain functions over `QuizState`: draw and shuffle an attempt, tick options,
 * answer, move on, score, and keep the best result. No DOM: the component only calls these.
 */
import { toVietnamIso } from '../dates';
import { reachesPassMark } from '../result-file/validate';
import { randomBytes, shuffled } from './random';
import type { QuizAttempt, QuizBest, QuizState } from './state';
import type { QuizQuestionView, QuizView } from './types';

type Random = (count: number) => Uint8Array;

export function startAttempt(quiz: QuizView, now: Date, random: Random = randomBytes): QuizAttempt {
  const questions = shuffled(quiz.questions, random).slice(0, quiz.questionsPerAttempt);
  return {
    questionIds: questions.map((question) => question.id),
    optionOrder: Object.fromEntries(
      questions.map((question) => [question.id, shuffled(question.options, random).map((option) => option.id)]),
    ),
    chosen: Object.fromEntries(questions.map((question) => [question.id, []])),
    answered: [],
    index: 0,
    startedAt: toVietnamIso(now),
    finishedAt: null,
  };
}

/**
 * Whether a saved attempt still fits the quiz (the TCHC office may have edited questions since):
 * every question still exists with the same options. If not, the person starts a fresh attempt.
 */
export function attemptFits(attempt: QuizAttempt, quiz: QuizView): boolean {
  return attempt.questionIds.every((id) => {
    const question = quiz.questions.find((q) => q.id === id);
    const order = attempt.optionOrder[id] ?? [];
    return (
      question !== undefined &&
      order.length === question.options.length &&
      question.options.every((option) => order.includes(option.id))
    );
  });
}

export function questionById(quiz: QuizView, id: string): QuizQuestionView | undefined {
  return quiz.questions.find((question) => question.id === id);
}

/** Ticks or unticks an option; a radio question keeps one. Answered questions do not change. */
export function choose(
  attempt: QuizAttempt,
  question: QuizQuestionView,
  optionId: string,
  ticked: boolean,
): QuizAttempt {
  if (attempt.answered.includes(question.id)) return attempt;
  const current = attempt.chosen[question.id] ?? [];
  const next =
    question.kind === 'single'
      ? ticked
        ? [optionId]
        : current.filter((id) => id !== optionId)
      : ticked
        ? [...current.filter((id) => id !== optionId), optionId]
        : current.filter((id) => id !== optionId);
  return { ...attempt, chosen: { ...attempt.chosen, [question.id]: next } };
}

export function isCorrect(question: QuizQuestionView, chosen: readonly string[]): boolean {
  const right = question.options.filter((option) => option.correct).map((option) => option.id);
  return right.length === chosen.length && right.every((id) => chosen.includes(id));
}

export function scoreOf(attempt: QuizAttempt, quiz: QuizView): number {
  return attempt.questionIds.filter((id) => {
    const question = questionById(quiz, id);
    return question !== undefined && attempt.answered.includes(id) && isCorrect(question, attempt.chosen[id] ?? []);
  }).length;
}

export const percentOf = (score: number, max: number) => (max === 0 ? 0 : Math.floor((score * 100) / max));

/** Keeps the better of two results (by percentage); on a tie the earlier one stays. */
export function betterResult(previous: QuizBest | null, next: QuizBest): QuizBest {
  if (!previous) return next;
  return next.bestScore * previous.maxScore > previous.bestScore * next.maxScore ? next : previous;
}

/**
 * Answers the question on screen. After the last one, the attempt is finished, scored, and the best
 * result updated. Choosing nothing is not an answer.
 */
export function answerCurrent(state: QuizState, quiz: QuizView, now: Date): QuizState {
  const attempt = state.attempt;
  const id = attempt?.questionIds[attempt.index];
  if (!attempt || !id || attempt.answered.includes(id) || (attempt.chosen[id] ?? []).length === 0) return state;
  const answered = [...attempt.answered, id];
  const finished = answered.length === attempt.questionIds.length;
  const at = toVietnamIso(now);
  const next: QuizAttempt = { ...attempt, answered, finishedAt: finished ? at : null };
  if (!finished) return { ...state, attempt: next, updatedAt: at };
  const maxScore = attempt.questionIds.length;
  const bestScore = scoreOf(next, quiz);
  const result: QuizBest = {
    bestScore,
    maxScore,
    passPercent: quiz.passPercent,
    passed: reachesPassMark(bestScore, maxScore, quiz.passPercent),
    completedAt: at,
  };
  return { attempt: next, best: betterResult(state.best, result), updatedAt: at };
}

/** The next question; after the last one is answered, the result (index = number of questions). */
export function goToNext(attempt: QuizAttempt): QuizAttempt {
  const end = attempt.finishedAt ? attempt.questionIds.length : attempt.questionIds.length - 1;
  return { ...attempt, index: Math.min(attempt.index + 1, end) };
}

/** Whether the attempt is over and its result is on screen. */
export function isShowingResult(attempt: QuizAttempt): boolean {
  return attempt.finishedAt !== null && attempt.index >= attempt.questionIds.length;
}
