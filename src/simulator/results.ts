/**
 * The simulators' results, one store for every scenario: the self-assessment reads it, the simulators
 * write it. Per scenario id and mode: the best score, the maximum, whether a test was passed and when.
 * Only "Kiểm tra" (test) can set `passed`; the other modes record practice but never a pass.
 */
import * as z from 'zod/mini';
import { versionedStore, type SavedFormat } from '../storage/versioned-store';

export const SIMULATOR_MODES = ['demo', 'guided', 'practice', 'test'] as const;
export type SimulatorMode = (typeof SIMULATOR_MODES)[number];

export const modeResultSchema = z
  .object({
    bestScore: z.number().check(z.nonnegative()),
    maxScore: z.number(),
    passed: z.boolean(),
    /** When the best score was reached: ISO 8601 with the time zone offset. */
    completedAt: z.string(),
  })
  .check(z.refine((result) => result.bestScore <= result.maxScore, 'bestScore is above maxScore'));
export type ModeResult = z.infer<typeof modeResultSchema>;

/** Per scenario id and mode. An entry that does not fit is dropped alone, so it does not cost the rest. */
export const simulatorResultsSchema = z.record(
  z.string(),
  z.pipe(
    z.partialRecord(z.enum(SIMULATOR_MODES), modeResultSchema),
    // Only Kiểm tra can pass, whatever was saved.
    z.transform((modes) => {
      for (const mode of SIMULATOR_MODES) {
        const result = modes[mode];
        if (result && mode !== 'test') modes[mode] = { ...result, passed: false };
      }
      return modes;
    }),
  ),
);
export type ScenarioResults = z.infer<typeof simulatorResultsSchema>[string];
export type SimulatorResults = z.infer<typeof simulatorResultsSchema>;

export const simulatorResultsFormat = { version: 1, schema: simulatorResultsSchema } satisfies SavedFormat<
  typeof simulatorResultsSchema
>;

export const simulatorResults = versionedStore('simulator-results', { ...simulatorResultsFormat, initial: {} });

/** One finished run of a scenario in one mode. */
export interface Attempt {
  score: number;
  maxScore: number;
  passed: boolean;
  completedAt: string;
}

/** Merges one finished attempt into the results: the best score stays, a pass is never lost. */
export function mergeAttempt(
  results: SimulatorResults,
  scenarioId: string,
  mode: SimulatorMode,
  attempt: Attempt,
): SimulatorResults {
  const previous = results[scenarioId]?.[mode];
  const passed = mode === 'test' && (attempt.passed || (previous?.passed ?? false));
  const better = !previous || attempt.score > previous.bestScore;
  const result: ModeResult = better
    ? { bestScore: attempt.score, maxScore: attempt.maxScore, passed, completedAt: attempt.completedAt }
    : { ...previous, passed };
  return { ...results, [scenarioId]: { ...results[scenarioId], [mode]: result } };
}

export function recordAttempt(scenarioId: string, mode: SimulatorMode, attempt: Attempt): void {
  simulatorResults.set(mergeAttempt(simulatorResults.get(), scenarioId, mode, attempt));
}
