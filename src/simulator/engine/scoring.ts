/**
 * Kiểm tra's score out of 100: steps right the first time (70), few misses (15), time (15). A hint
 * taken in another mode is not in a test run, so only first tries and misses matter there.
 */
import type { Scenario, SessionState } from './types';

export interface StepReport {
  stepId: string;
  guideStep: string;
  instruction: string;
  /** The feedback of each miss, in order: what went wrong (as many as `errors` counts for the step). */
  misses: string[];
  hinted: boolean;
}

export interface Score {
  score: number;
  maxScore: number;
  passed: boolean;
  firstTry: number;
  /** Steps taken (those a branch skipped are not). */
  counted: number;
  errors: number;
  seconds: number;
  points: { accuracy: number; errors: number; time: number };
  /** Every step taken, and every step with a miss (one a branch later skipped too), in scenario order. */
  steps: StepReport[];
}

export const MAX_SCORE = 100;

/**
 * The mistakes of a run, every step together: the one count the step counter, the score and the result's
 * list all show. A miss is a wrong action (machine.ts), so this never counts keystrokes.
 */
export function errorCount(state: SessionState): number {
  return Object.values(state.misses).reduce((total, list) => total + list.length, 0);
}

export function scoreOf(scenario: Scenario, state: SessionState): Score {
  const taken = (id: string) => state.done.includes(id) && !state.skipped.includes(id);
  // A step a branch later skipped keeps the misses made on it: they were made, and the counter showed them.
  const reported = scenario.steps.filter((step) => taken(step.id) || (state.misses[step.id]?.length ?? 0) > 0);
  const steps: StepReport[] = reported.map((step) => ({
    stepId: step.id,
    guideStep: step.guideStep,
    instruction: step.instruction,
    misses: state.misses[step.id] ?? [],
    hinted: state.hints.includes(step.id),
  }));
  const takenSteps = steps.filter((step) => taken(step.stepId));
  const counted = Math.max(takenSteps.length, 1);
  const firstTry = takenSteps.filter((step) => step.misses.length === 0 && !step.hinted).length;
  const errors = errorCount(state);
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
    counted: takenSteps.length,
    errors,
    seconds,
    points: { accuracy, errors: errorPoints, time },
    steps,
  };
}
