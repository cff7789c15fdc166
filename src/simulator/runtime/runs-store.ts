/**
 * Where and how a scenario's runs are saved: the runtime writes them, the practice hub reads them
 * without loading any scenario. Kept apart from session.ts so the hub does not pull in the engine's
 * machine or the scenarios, only the run's schema.
 */
import * as z from 'zod/mini';
import { sessionStateSchema } from '../engine/session-state';
import { MODES } from '../engine/types';
import { wholeOrNothing, type SavedFormat } from '../../storage/versioned-store';

/**
 * The mode on screen and one run per mode. A run is kept whole or dropped: one with a part missing would
 * no longer add up. A run saved under another mode's key does not fit either.
 */
export const savedRunsSchema = z
  .object({
    mode: z.enum(MODES),
    runs: z._default(z.partialRecord(z.enum(MODES), wholeOrNothing(sessionStateSchema)), () => ({})),
  })
  .check(
    z.superRefine(({ runs }, context) => {
      for (const mode of MODES) {
        const run = runs[mode];
        if (run && run.mode !== mode)
          context.issues.push({ code: 'custom', path: ['runs', mode], message: `a ${run.mode} run`, input: run });
      }
    }),
  );
export type SavedRuns = z.infer<typeof savedRunsSchema>;

export const savedRunsFormat = { version: 1, schema: savedRunsSchema } satisfies SavedFormat<typeof savedRunsSchema>;

/** The versioned store's name for a scenario's runs (STORAGE_PREFIX is added by versionedStore). */
export function runsStoreName(scenarioId: string): string {
  return `simulator-runs:${scenarioId}`;
}
