/**
 * What the practice hub knows about a scenario without loading it: the runs in progress, read straight
 * from the simulator's saved runs, and the results store minus one scenario. Loading the scenarios just
 * to validate their runs (runtime/session.ts) would put every simulator's code on the hub, so the raw
 * JSON is read here, trusting nothing in it; anything unexpected counts as no run at all.
 */
import { SIMULATOR_MODES, type SimulatorMode, type SimulatorResults } from '../simulator/results';
import { RUNS_STORE_VERSION as RUNS_VERSION, runsStoreName } from '../simulator/runtime/runs-store';
import { decodeVersioned, STORAGE_PREFIX } from '../storage/versioned-store';

export function runsKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}${runsStoreName(scenarioId)}`;
}

/**
 * The modes the hub reports on. Xem minh họa is left out: it is watching, not doing, so it has neither
 * results (session.ts never records it) nor progress of the person's own.
 */
export const TRACKED_MODES = SIMULATOR_MODES.filter((mode) => mode !== 'demo');

/** Per mode, how many steps an unfinished run has done (steps a branch skipped are not counted). */
export type RunsInProgress = Partial<Record<SimulatorMode, number>>;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function doneSteps(mode: SimulatorMode, value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mode: runMode, done, skipped, startedAt, finishedAt } = value as Record<string, unknown>;
  if (runMode !== mode || !isStringArray(done) || !isStringArray(skipped)) return undefined;
  // Opening the simulator saves a fresh run that has not started: only a started, unfinished run is "in progress".
  if (typeof startedAt !== 'number' || finishedAt !== null) return undefined;
  const skippedSteps = new Set(skipped);
  return done.filter((id) => !skippedSteps.has(id)).length;
}

function decodeInProgress(data: unknown): RunsInProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const runs = (data as Record<string, unknown>)['runs'];
  if (typeof runs !== 'object' || runs === null) return undefined;
  const found: RunsInProgress = {};
  for (const mode of TRACKED_MODES) {
    const count = doneSteps(mode, (runs as Record<string, unknown>)[mode]);
    if (count !== undefined) found[mode] = count;
  }
  return found;
}

/** The runs in progress in a saved-runs value (`localStorage` text, or null when there is none). */
export function runsInProgress(raw: string | null): RunsInProgress {
  if (raw === null) return {};
  const decode = (data: unknown, version: number) => (version === RUNS_VERSION ? decodeInProgress(data) : undefined);
  return decodeVersioned(raw, { version: RUNS_VERSION, initial: {}, decode }) ?? {};
}

/** The results with one scenario's entry removed ("Xóa tiến độ và kết quả"). */
export function withoutScenario(results: SimulatorResults, scenarioId: string): SimulatorResults {
  return Object.fromEntries(Object.entries(results).filter(([id]) => id !== scenarioId));
}
