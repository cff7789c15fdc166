/**
 * The simulator's runtime: nanostores holding one scenario's runs (one per mode, saved with
 * versionedStore so a reload resumes), the feedback and hint of the moment, and the bridge to the
 * shared results store. No UI here: the Preact shell only reads these stores and calls these functions.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { toVietnamIso } from '../../dates/index';
import { versionedStore } from '../../storage/versioned-store';
import { recordAttempt } from '../results';
import { RUNS_STORE_VERSION, runsStoreName } from './runs-store';
import { applyAction, createSession, isFinished, replayTo, stepIndexOf, takeHint } from '../engine/machine';
import { newSeed } from '../engine/random';
import { scoreOf } from '../engine/scoring';
import {
  MODES,
  type Feedback,
  type Mode,
  type Scenario,
  type ScenarioSource,
  type SessionState,
  type SimAction,
} from '../engine/types';

export interface SavedRuns {
  mode: Mode;
  runs: Partial<Record<Mode, SessionState>>;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

/** Reads one saved run back, refusing anything that does not fit this scenario as it is now. */
export function decodeRun(scenario: Scenario, mode: Mode, data: unknown): SessionState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const run = data as Record<string, unknown>;
  const ids = new Set(scenario.steps.map((step) => step.id));
  const known = (list: string[]) => list.every((id) => ids.has(id));
  const { position, seed, done, skipped, fields, misses, hints, openedAt, startedAt, finishedAt } = run;
  if (run['scenarioId'] !== scenario.id || run['mode'] !== mode) return undefined;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > scenario.steps.length)
    return undefined;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return undefined;
  if (
    !isStringArray(done) ||
    !known(done) ||
    !isStringArray(skipped) ||
    !known(skipped) ||
    !isStringArray(hints) ||
    !known(hints)
  )
    return undefined;
  if (
    typeof fields !== 'object' ||
    fields === null ||
    !Object.values(fields).every((value) => typeof value === 'string')
  )
    return undefined;
  if (
    typeof misses !== 'object' ||
    misses === null ||
    !Object.entries(misses).every(([id, list]) => ids.has(id) && isStringArray(list))
  )
    return undefined;
  if (!(openedAt === null || (typeof openedAt === 'string' && ids.has(openedAt)))) return undefined;
  if (!isNumberOrNull(startedAt) || !isNumberOrNull(finishedAt)) return undefined;
  return {
    scenarioId: scenario.id,
    mode,
    seed,
    position,
    done,
    skipped,
    fields: fields as Record<string, string>,
    misses: misses as Record<string, string[]>,
    hints,
    openedAt,
    startedAt,
    finishedAt,
  };
}

/** A run's scenario depends on its mode and seed, so each saved run is checked against its own. */
export function decodeRuns(source: ScenarioSource, data: unknown): SavedRuns | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { mode, runs } = data as { mode?: unknown; runs?: unknown };
  if (!MODES.includes(mode as Mode)) return undefined;
  const kept: SavedRuns['runs'] = {};
  if (typeof runs === 'object' && runs !== null) {
    for (const key of MODES) {
      // One unreadable run costs only that run.
      const raw = (runs as Record<string, unknown>)[key];
      const seed = typeof raw === 'object' && raw !== null ? (raw as { seed?: unknown }).seed : undefined;
      const run =
        typeof seed === 'number' && Number.isInteger(seed) ? decodeRun(source.build(key, seed), key, raw) : undefined;
      if (run) kept[key] = run;
    }
  }
  return { mode: mode as Mode, runs: kept };
}

export interface SimulatorRuntime {
  source: ScenarioSource;
  /** The scenario of the current run (its task may vary with the run's seed). */
  $scenario: ReadableAtom<Scenario>;
  $saved: ReadableAtom<SavedRuns>;
  $mode: ReadableAtom<Mode>;
  $run: ReadableAtom<SessionState>;
  $feedback: ReadableAtom<Feedback | null>;
  $hint: ReadableAtom<string | null>;
  /** Goes up by one each time the screen changes, so the UI can move focus to the new heading. */
  $screenChanges: ReadableAtom<number>;
  dispatch(action: SimAction): void;
  setMode(mode: Mode): void;
  restart(): void;
  /** "Thử bước này": the right path replayed up to a step (scenario or guide step id), in Hướng dẫn. */
  openAt(id: string): boolean;
  showHint(): void;
  /** Replaces the current run (the demo player's previous/next step). */
  replace(run: SessionState): void;
}

export function createRuntime(source: ScenarioSource, now: () => number = Date.now): SimulatorRuntime {
  const built = new Map<string, Scenario>();
  const scenarioOf = (mode: Mode, seed: number): Scenario => {
    const key = `${mode}:${seed}`;
    let scenario = built.get(key);
    if (!scenario) {
      scenario = source.build(mode, seed);
      built.set(key, scenario);
    }
    return scenario;
  };
  const $saved = versionedStore<SavedRuns>(runsStoreName(source.id), {
    version: RUNS_STORE_VERSION,
    initial: { mode: 'guided', runs: {} },
    decode: (data) => decodeRuns(source, data),
  });
  const $mode = computed($saved, (saved) => saved.mode);
  const $run = computed(
    $saved,
    (saved) => saved.runs[saved.mode] ?? createSession(scenarioOf(saved.mode, 0), saved.mode, 0),
  );
  const $scenario = computed($run, (run) => scenarioOf(run.mode, run.seed));
  const $feedback = atom<Feedback | null>(null);
  const $hint = atom<string | null>(null);
  const $screenChanges = atom(0);

  const put = (run: SessionState) => {
    const saved = $saved.get();
    $saved.set({ ...saved, runs: { ...saved.runs, [run.mode]: run } });
  };
  const fresh = (mode: Mode) => {
    const seed = newSeed();
    return createSession(scenarioOf(mode, seed), mode, seed);
  };
  const clearMessages = () => {
    $feedback.set(null);
    $hint.set(null);
  };

  // A first visit (or one with a run from another seed-less default) starts with a real seed.
  if (!$saved.get().runs[$saved.get().mode]) put(fresh($saved.get().mode));

  return {
    source,
    $scenario,
    $saved,
    $mode,
    $run,
    $feedback,
    $hint,
    $screenChanges,
    dispatch(action) {
      const run = $run.get();
      const scenario = $scenario.get();
      if (isFinished(scenario, run)) return;
      const outcome = applyAction(scenario, run, action, now());
      put(outcome.state);
      $feedback.set(
        outcome.event === 'correct' ? { tone: 'correct', text: outcome.feedback?.text ?? '' } : outcome.feedback,
      );
      if (outcome.event === 'correct') $hint.set(null);
      if (outcome.screenChanged) $screenChanges.set($screenChanges.get() + 1);
      if (outcome.event === 'correct' && isFinished(scenario, outcome.state)) record(scenario, outcome.state);
    },
    setMode(mode) {
      const saved = $saved.get();
      if (saved.mode === mode) return;
      $saved.set({ mode, runs: saved.runs[mode] ? saved.runs : { ...saved.runs, [mode]: fresh(mode) } });
      clearMessages();
    },
    restart() {
      put(fresh($mode.get()));
      clearMessages();
      $screenChanges.set($screenChanges.get() + 1);
    },
    openAt(id) {
      const seed = newSeed();
      const scenario = scenarioOf('guided', seed);
      const index = stepIndexOf(scenario, id);
      if (index < 0) return false;
      const run = replayTo(scenario, 'guided', seed, index, now());
      const saved = $saved.get();
      $saved.set({ mode: 'guided', runs: { ...saved.runs, guided: run } });
      clearMessages();
      return true;
    },
    showHint() {
      const { state, hint } = takeHint($scenario.get(), $run.get());
      put(state);
      $hint.set(hint);
    },
    replace(run) {
      put(run);
      clearMessages();
    },
  };
}

/**
 * A finished run goes to the shared results store. Only a full run counts ("Thử bước này" opens one
 * mid-way), the demo is watching rather than doing, and only Kiểm tra can pass (results.ts enforces it
 * too).
 */
function record(scenario: Scenario, run: SessionState): void {
  if (run.mode === 'demo' || run.openedAt !== null) return;
  const score = scoreOf(scenario, run);
  recordAttempt(scenario.id, run.mode, {
    score: score.score,
    maxScore: score.maxScore,
    passed: score.passed,
    completedAt: toVietnamIso(new Date(run.finishedAt ?? Date.now())),
  });
}
