/**
 * The simulators' results, one store for every scenario: the self-assessment reads it, the simulators
 * write it. Per scenario id and mode: the best score, the maximum, whether a test was passed and when.
 * Only "Kiểm tra" (test) can set `passed`; the other modes record practice but never a pass.
 */
import { versionedStore } from '../storage/versioned-store';

export const SIMULATOR_MODES = ['demo', 'guided', 'practice', 'test'] as const;
export type SimulatorMode = (typeof SIMULATOR_MODES)[number];

export interface ModeResult {
  bestScore: number;
  maxScore: number;
  passed: boolean;
  /** When the best score was reached: ISO 8601 with the time zone offset. */
  completedAt: string;
}

export type ScenarioResults = Partial<Record<SimulatorMode, ModeResult>>;
export type SimulatorResults = Record<string, ScenarioResults>;

function isModeResult(value: unknown): value is ModeResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['bestScore'] === 'number' &&
    typeof r['maxScore'] === 'number' &&
    typeof r['passed'] === 'boolean' &&
    typeof r['completedAt'] === 'string' &&
    r['bestScore'] >= 0 &&
    r['bestScore'] <= r['maxScore']
  );
}

/** Keeps only well-formed entries of known modes, so one bad entry does not cost the rest. */
export function decodeResults(data: unknown): SimulatorResults {
  const results: SimulatorResults = {};
  if (typeof data !== 'object' || data === null) return results;
  for (const [scenarioId, modes] of Object.entries(data)) {
    if (typeof modes !== 'object' || modes === null) continue;
    const kept: ScenarioResults = {};
    for (const mode of SIMULATOR_MODES) {
      const result = (modes as Record<string, unknown>)[mode];
      if (isModeResult(result)) kept[mode] = { ...result, passed: mode === 'test' && result.passed };
    }
    results[scenarioId] = kept;
  }
  return results;
}

export const simulatorResults = versionedStore<SimulatorResults>('simulator-results', {
  version: 1,
  initial: {},
  decode: (data) => decodeResults(data),
});

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
