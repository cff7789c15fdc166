/**
 * Where a scenario's runs are saved: the runtime writes them, the practice hub reads them without
 * loading any scenario. Kept apart from session.ts so the hub does not pull in the engine.
 */
export const RUNS_STORE_VERSION = 1;

/** The versioned store's name for a scenario's runs (STORAGE_PREFIX is added by versionedStore). */
export function runsStoreName(scenarioId: string): string {
  return `simulator-runs:${scenarioId}`;
}
