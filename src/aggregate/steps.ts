/**
 * Long computations over thousands of files, written as generators that `yield` every so often: run to
 * the end at once (tests, exports), or a slice of time at a time, so that 20,000 files never stop the
 * page's main thread for long (ui/state.ts). The logic stays plain; only where it may pause is marked.
 */
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

/** Gives the browser a turn (input, painting) without the 4 ms clamp of nested setTimeout. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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
