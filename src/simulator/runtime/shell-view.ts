/**
 * What the simulator's frame shows for a run in a mode, worked out without any UI: the step due, the
 * control to highlight, the counters, and which feedback may be shown (Kiểm tra explains nothing until
 * the result). The Preact shell only draws it.
 */
import { currentSteps, fill, isFinished, stepsInRun, valuesOf } from '../engine/machine';
import { errorCount } from '../engine/scoring';
import type { Feedback, Mode, Scenario, ScenarioStep, SessionState } from '../engine/types';

export interface ShellView {
  finished: boolean;
  /** The step due now (the first of a group); none once finished. */
  step: ScenarioStep | undefined;
  /** The control marked on screen: always in Xem minh họa and Hướng dẫn, in Thực hành once a hint is asked. */
  highlight: string | null;
  /** Steps done, not counting those a branch skipped. */
  done: number;
  /** Steps this run takes along the right path from here: the same from start to end unless a branch is taken. */
  total: number;
  /** Misses so far, every step together. */
  errors: number;
}

export function shellView(scenario: Scenario, mode: Mode, run: SessionState): ShellView {
  const step = currentSteps(scenario, run)[0];
  const highlighted =
    mode === 'demo' || mode === 'guided' || (mode === 'practice' && step !== undefined && run.hints.includes(step.id));
  return {
    finished: isFinished(scenario, run),
    step,
    highlight: highlighted && step ? (step.correct[0]?.target ?? null) : null,
    done: run.done.filter((id) => !run.skipped.includes(id)).length,
    total: stepsInRun(scenario, run),
    errors: errorCount(run),
  };
}

/**
 * The feedback line after the last action. A miss in Kiểm tra shows as `withheld`; what is neither
 * right nor wrong (`info`: the warning about real data, a control the task does not use) always shows;
 * a right action shows while the run goes on, and at the end only if it says something and the mode may
 * say it.
 */
export type FeedbackView =
  | { kind: 'wrong'; text: string }
  | { kind: 'withheld' }
  | { kind: 'info'; text: string }
  | { kind: 'correct'; text: string };

export function feedbackView(mode: Mode, feedback: Feedback | null, finished: boolean): FeedbackView | null {
  if (!feedback) return null;
  if (feedback.tone === 'info') return { kind: 'info', text: feedback.text };
  if (feedback.tone === 'wrong') return mode === 'test' ? { kind: 'withheld' } : { kind: 'wrong', text: feedback.text };
  const explained = feedback.text !== '' && mode !== 'test';
  if (finished && !explained) return null;
  return { kind: 'correct', text: explained ? feedback.text : '' };
}

/**
 * The made-up value a field takes in this run, for the "Giá trị giả định" chip beside it: what a step
 * due now types there, else what any step does (a field filled twice in a scenario takes one value).
 */
export function madeUpValue(scenario: Scenario, run: SessionState, target: string): string | null {
  const typed = [...currentSteps(scenario, run), ...scenario.steps]
    .flatMap((step) => step.correct)
    .find((action) => action.kind === 'type' && action.target === target && typeof action.value === 'string');
  return typed ? fill(String(typed.value), valuesOf(scenario, run.seed)) : null;
}
