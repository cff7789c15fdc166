/**
 * Kiểm tra's score out of 100: steps right the first time (70), few misses (15), time (15). A hint
 * taken in another mode is not in a test run, so only first tries and misses matter there.
 */
import type { Scenario, SessionState } from './types';

export interface StepReport {
  stepId: string;
  guideStep: string;
  instruction: string;
  /** The feedback of each miss, in order: what went wrong. */
  misses: string[];
  hinted: boolean;
}

export interface Score {
  score: number;
  maxScore: number;
  passed: boolean;
  firstTry: number;
  counted: number;
  errors: number;
  seconds: number;
  points: { accuracy: number; errors: number; time: number };
  steps: StepReport[];
}

export const MAX_SCORE = 100;

export function scoreOf(scenario: Scenario, state: SessionState): Score {
  const taken = scenario.steps.filter((step) => state.done.includes(step.id) && !state.skipped.includes(step.id));
  const steps: StepReport[] = taken.map((step) => ({
    stepId: step.id,
    guideStep: step.guideStep,
    instruction: step.instruction,
    misses: state.misses[step.id] ?? [],
    hinted: state.hints.includes(step.id),
  }));
  const counted = Math.max(steps.length, 1);
  const firstTry = steps.filter((step) => step.misses.length === 0 && !step.hinted).length;
  const errors = steps.reduce((total, step) => total + step.misses.length, 0);
  const seconds =
    state.startedAt !== null && state.finishedAt !== null
      ? Math.max(0, Math.round((state.finishedAt - state.startedAt) / 1000))
      : 0;
  const accuracy = Math.round((70 * firstTry) / counted);
  const errorPoints = errors === 0 ? 15 : errors <= 3 ? 10 : errors <= 6 ? 5 : 0;
  const time = seconds <= scenario.targetSeconds ? 15 : seconds <= scenario.targetSeconds * 2 ? 8 : 0;
  const score = accuracy + errorPoints + time;
  return {
    score,
    maxScore: MAX_SCORE,
    passed: state.mode === 'test' && state.openedAt === null && score >= scenario.passMark,
    firstTry,
    counted: steps.length,
    errors,
    seconds,
    points: { accuracy, errors: errorPoints, time },
    steps,
  };
}
