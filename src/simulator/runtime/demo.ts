/**
 * Xem minh họa: plays the right path on a runtime. Each step is first highlighted and described, then
 * "done" after a pause; play/pause, previous/next step and speed. Timers only, no UI; the pause is read
 * from `speed` each time, so a change takes effect at the next step.
 */
import { atom } from 'nanostores';
import { applyAction, isFinished, nextCorrectAction } from '../engine/machine';
import type { SessionState } from '../engine/types';
import type { SimulatorRuntime } from './session';

export const DEMO_SPEEDS = [0.5, 1, 2, 4] as const;
export type DemoSpeed = (typeof DEMO_SPEEDS)[number];

/** How long a target stays highlighted before it is clicked, at speed 1. */
export const DEMO_STEP_MS = 2400;

export function createDemoPlayer(runtime: SimulatorRuntime) {
  const $playing = atom(false);
  const $speed = atom<DemoSpeed>(1);
  /** Runs before each step the demo played, so "previous" can go back exactly. */
  const history: SessionState[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** Does the highlighted step; returns false at the end. */
  const stepForward = (): boolean => {
    const run = runtime.$run.get();
    const scenario = runtime.$scenario.get();
    const next = nextCorrectAction(scenario, run);
    if (!next) return false;
    history.push(run);
    // Playing straight through the engine keeps the demo's run apart from the learner's results.
    const outcome = applyAction(scenario, run, next.action, Date.now());
    runtime.replace(outcome.state);
    return !isFinished(scenario, outcome.state);
  };

  const schedule = () => {
    stopTimer();
    if (!$playing.get()) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!$playing.get()) return;
      if (stepForward()) schedule();
      else $playing.set(false);
    }, DEMO_STEP_MS / $speed.get());
  };

  return {
    $playing,
    $speed,
    play() {
      if (isFinished(runtime.$scenario.get(), runtime.$run.get())) {
        runtime.restart();
        history.length = 0;
      }
      $playing.set(true);
      schedule();
    },
    pause() {
      $playing.set(false);
      stopTimer();
    },
    next() {
      stepForward();
      schedule();
    },
    previous() {
      const before = history.pop();
      if (before) runtime.replace(before);
      schedule();
    },
    canGoBack: () => history.length > 0,
    setSpeed(speed: DemoSpeed) {
      $speed.set(speed);
      schedule();
    },
    reset() {
      history.length = 0;
    },
    dispose() {
      stopTimer();
      $playing.set(false);
    },
  };
}

export type DemoPlayer = ReturnType<typeof createDemoPlayer>;
