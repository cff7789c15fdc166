/**
 * The simulator's runtime: nanostores holding one scenario's runs (one per mode, saved with
 * versionedStore so a reload resumes), the feedback and hint of the moment, and the bridge to the
 * shared results store. No UI here: the Preact shell only reads these stores and calls these functions.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { toVietnamIso } from '../../dates/index';
import * as z from 'zod/mini';
import { STORAGE_PREFIX, versionedStore, type SavedFormat } from '../../storage/versioned-store';
import { recordAttempt } from '../results';
import { runsStoreName, savedRunsFormat, savedRunsSchema, type SavedRuns } from './runs-store';
import {
  applyAction,
  createSession,
  isFinished,
  replayTo,
  stepIndexOf,
  storableRun,
  takeHint,
} from '../engine/machine';
import { newSeed } from '../engine/random';
import { scoreOf } from '../engine/scoring';
import {
  MODES,
  type Feedback,
  type Mode,
  type Outcome,
  type Scenario,
  type ScenarioSource,
  type SessionState,
  type SimAction,
} from '../engine/types';

/** A saved run fits a scenario as it is now: the same scenario, every step it names still there. */
function runFits(scenario: Scenario, run: SessionState): boolean {
  const ids = new Set(scenario.steps.map((step) => step.id));
  const known = (list: readonly string[]) => list.every((id) => ids.has(id));
  return (
    run.scenarioId === scenario.id &&
    run.position <= scenario.steps.length &&
    known(run.done) &&
    known(run.skipped) &&
    known(run.hints) &&
    known(Object.keys(run.misses)) &&
    (run.openedAt === null || ids.has(run.openedAt))
  );
}

/**
 * How one source's runs are read back: the shared saved format, each run also checked against the
 * scenario of its own mode and seed (a varying scenario's task depends on both). A run that does not
 * fit is dropped alone.
 */
export function savedRunsFormatOf(
  source: ScenarioSource,
  scenarioOf: (mode: Mode, seed: number) => Scenario = (mode, seed) => source.build(mode, seed),
) {
  const fitting = z.superRefine<SavedRuns>(({ runs }, context) => {
    for (const mode of MODES) {
      const run = runs[mode];
      if (run && !runFits(scenarioOf(mode, run.seed), run))
        context.issues.push({ code: 'custom', path: ['runs', mode], message: 'does not fit the scenario', input: run });
    }
  });
  return { ...savedRunsFormat, schema: savedRunsSchema.check(fitting) } satisfies SavedFormat<typeof savedRunsSchema>;
}

export interface SimulatorRuntime {
  source: ScenarioSource;
  /** The scenario of the current run (its task may vary with the run's seed). */
  $scenario: ReadableAtom<Scenario>;
  $saved: ReadableAtom<SavedRuns>;
  /** This tab's mode: another tab may practise another mode of the same scenario. */
  $mode: ReadableAtom<Mode>;
  /** Another tab has moved this tab's run since this tab last did: it owns the run until `continueHere`. */
  $elsewhere: ReadableAtom<boolean>;
  $run: ReadableAtom<SessionState>;
  $feedback: ReadableAtom<Feedback | null>;
  $hint: ReadableAtom<string | null>;
  /** Goes up by one each time the screen changes, so the UI can move focus to the new heading. */
  $screenChanges: ReadableAtom<number>;
  /** Plays a learner's action; what it did (null once the run is over), so a control can react to a miss. */
  dispatch(action: SimAction): Outcome | null;
  /** Says something that is neither right nor wrong (a control the task does not use), in every mode. */
  inform(text: string): void;
  setMode(mode: Mode): void;
  restart(): void;
  /** "Thử bước này": the right path replayed up to a step (scenario or guide step id), in Hướng dẫn unless told. */
  openAt(id: string, mode?: Mode): boolean;
  showHint(): void;
  /** "Tiếp tục ở đây": this tab takes the run over, as the other tab left it. */
  continueHere(): void;
  /** Replaces the current run (the demo player's previous/next step). */
  replace(run: SessionState): void;
}

export interface RuntimeOptions {
  /**
   * 'saved' (the default): runs are saved in the browser and resumed, the tab keeps its mode, a finished
   * run goes to the results. 'memory' (a trainer's live slide): none of that; the runs end with the page.
   */
  runs?: 'saved' | 'memory';
}

export function createRuntime(
  source: ScenarioSource,
  now: () => number = Date.now,
  { runs = 'saved' }: RuntimeOptions = {},
): SimulatorRuntime {
  const saving = runs === 'saved';
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
  const initial: SavedRuns = { mode: 'guided', runs: {} };
  const $saved = saving
    ? versionedStore(runsStoreName(source.id), { ...savedRunsFormatOf(source, scenarioOf), initial })
    : atom(initial);
  const $mode = atom<Mode>((saving ? tabMode(source.id) : null) ?? $saved.get().mode);
  // What the fields hold that may not be saved (a password typed wrong): in this page only, per mode.
  const $unsaved = atom<Partial<Record<Mode, Record<string, string>>>>({});
  const $run = computed([$saved, $mode, $unsaved], (saved, mode, unsaved) => {
    const run = saved.runs[mode] ?? createSession(scenarioOf(mode, 0), mode, 0);
    const fields = unsaved[mode];
    return fields ? { ...run, fields: { ...run.fields, ...fields } } : run;
  });
  const $scenario = computed($run, (run) => scenarioOf(run.mode, run.seed));
  const $feedback = atom<Feedback | null>(null);
  const $hint = atom<string | null>(null);
  const $screenChanges = atom(0);
  const $elsewhere = atom(false);

  // Every change of the saved runs that this tab did not make comes from another tab (the storage
  // event): if it moved this tab's run, that tab now owns it.
  let writing = false;
  const save = (saved: SavedRuns) => {
    writing = true;
    try {
      $saved.set(saved);
    } finally {
      writing = false;
    }
  };
  $saved.listen((saved, before) => {
    const mode = $mode.get();
    if (!writing && JSON.stringify(saved.runs[mode]) !== JSON.stringify(before?.runs[mode])) $elsewhere.set(true);
  });
  const chooseMode = (mode: Mode) => {
    $mode.set(mode);
    if (saving) rememberTabMode(source.id, mode);
  };

  const put = (run: SessionState) => {
    const saved = $saved.get();
    const storable = storableRun(scenarioOf(run.mode, run.seed), run);
    const unsaved = Object.fromEntries(
      Object.entries(run.fields).filter(([target, value]) => storable.fields[target] !== value),
    );
    $unsaved.set({ ...$unsaved.get(), [run.mode]: unsaved });
    save({ ...saved, mode: $mode.get(), runs: { ...saved.runs, [run.mode]: storable } });
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
  if (!$saved.get().runs[$mode.get()]) put(fresh($mode.get()));
  // This tab keeps the mode it opened in, whatever another tab chooses later.
  if (saving) rememberTabMode(source.id, $mode.get());

  return {
    source,
    $scenario,
    $saved,
    $mode,
    $elsewhere,
    $run,
    $feedback,
    $hint,
    $screenChanges,
    dispatch(action) {
      const run = $run.get();
      const scenario = $scenario.get();
      if (isFinished(scenario, run) || $elsewhere.get()) return null;
      const outcome = applyAction(scenario, run, action, now());
      if (outcome.state !== run) put(outcome.state);
      // Leaving a field that holds nothing wrong says nothing, and leaves the last message in place.
      const silent = action.kind === 'confirm' && outcome.feedback === null;
      if (!silent)
        $feedback.set(
          outcome.event === 'correct' ? { tone: 'correct', text: outcome.feedback?.text ?? '' } : outcome.feedback,
        );
      if (outcome.event === 'correct') $hint.set(null);
      if (outcome.screenChanged) $screenChanges.set($screenChanges.get() + 1);
      if (saving && outcome.event === 'correct' && isFinished(scenario, outcome.state)) record(scenario, outcome.state);
      return outcome;
    },
    inform(text) {
      $feedback.set({ tone: 'info', text });
    },
    setMode(mode) {
      if ($mode.get() === mode) return;
      const saved = $saved.get();
      chooseMode(mode);
      save({ mode, runs: saved.runs[mode] ? saved.runs : { ...saved.runs, [mode]: fresh(mode) } });
      $elsewhere.set(false);
      clearMessages();
    },
    restart() {
      $elsewhere.set(false);
      put(fresh($mode.get()));
      clearMessages();
      $screenChanges.set($screenChanges.get() + 1);
    },
    openAt(id, mode = 'guided') {
      const seed = newSeed();
      const scenario = scenarioOf(mode, seed);
      const index = stepIndexOf(scenario, id);
      if (index < 0) return false;
      const run = replayTo(scenario, mode, seed, index, now());
      const saved = $saved.get();
      $unsaved.set({ ...$unsaved.get(), [mode]: {} });
      chooseMode(mode);
      save({ mode, runs: { ...saved.runs, [mode]: run } });
      $elsewhere.set(false);
      clearMessages();
      // Focus and view go to the step's screen (from the result's "Thử lại bước này").
      $screenChanges.set($screenChanges.get() + 1);
      return true;
    },
    showHint() {
      const { state, hint } = takeHint($scenario.get(), $run.get());
      put(state);
      $hint.set(hint);
    },
    continueHere() {
      $elsewhere.set(false);
      $unsaved.set({});
      clearMessages();
      $screenChanges.set($screenChanges.get() + 1);
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

/**
 * The mode this tab was in, kept for this tab only (sessionStorage survives its reloads), so a mode
 * chosen in one tab does not switch another tab's run mid-way. Nothing where the browser refuses it.
 */
const tabModeKey = (scenarioId: string) => `${STORAGE_PREFIX}simulator-mode:${scenarioId}`;

function tabMode(scenarioId: string): Mode | null {
  try {
    const mode = globalThis.sessionStorage?.getItem(tabModeKey(scenarioId));
    return MODES.find((candidate) => candidate === mode) ?? null;
  } catch {
    return null;
  }
}

function rememberTabMode(scenarioId: string, mode: Mode): void {
  try {
    globalThis.sessionStorage?.setItem(tabModeKey(scenarioId), mode);
  } catch {
    // Not kept: a reload of this tab then opens the mode last used in any tab.
  }
}
