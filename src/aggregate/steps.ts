/**
 * Long computations over thousands of files, written as generators that `yield` every so often: run to
 * the end at once (tests, exports), or a slice of time at a time, so that 20,000 files never stop the
 * page's main thread for long (ui/state.ts). The logic stays plain; only where it may pause is marked.
 */
import { yieldToBrowser } from '../main-thread/yield-to-browser';

export type Steps<T> = Generator<void, T, undefined>;

/** `if (tick()) yield;` in a loop pauses once every `every` turns (checking the clock each turn costs more). */
export function ticker(every = 128): () => boolean {
  let turns = 0;
  return () => ++turns % every === 0;
}

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` in slices of about `sliceMs`, giving the browser a turn between them. */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
}
