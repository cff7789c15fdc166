/**
 * What the practice hub knows about a scenario without loading it: the runs in progress, read straight
 * from the simulator's saved runs, and the results store minus one scenario. Loading the scenarios just
 * to check their runs against them (runtime/session.ts) would put every simulator's code on the hub, so
 * the runs are read with the runtime's own saved format alone; a run that does not fit it counts as none.
 */
import { SIMULATOR_MODES, type SimulatorMode, type SimulatorResults } from '../simulator/results';
import { runsStoreName, savedRunsFormat } from '../simulator/runtime/runs-store';
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

/** The runs in progress in a saved-runs value (`localStorage` text, or null when there is none). */
export function runsInProgress(raw: string | null): RunsInProgress {
  const saved = raw === null ? undefined : decodeVersioned(raw, savedRunsFormat);
  if (!saved?.ok) return {};
  const found: RunsInProgress = {};
  for (const mode of TRACKED_MODES) {
    const run = saved.value.runs[mode];
    // Opening the simulator saves a fresh run that has not started: only a started, unfinished run is "in progress".
    if (!run || run.startedAt === null || run.finishedAt !== null) continue;
    const skipped = new Set(run.skipped);
    found[mode] = run.done.filter((id) => !skipped.has(id)).length;
  }
  return found;
}

/** The results with one scenario's entry removed ("Xóa tiến độ và kết quả"). */
export function withoutScenario(results: SimulatorResults, scenarioId: string): SimulatorResults {
  return Object.fromEntries(Object.entries(results).filter(([id]) => id !== scenarioId));
}
