/**
 * The simulator's state machine: (state, action) → (state, feedback, score event). Pure: no DOM, no
 * stores, no clock (callers pass `now`), so every scenario can be played and checked in a unit test.
 */
import { hasPersonalNumber } from '../../personal-data';
import { seededRandom } from './random';
import type {
  ActionPattern,
  CorrectAction,
  Mode,
  Outcome,
  Scenario,
  ScenarioStep,
  SessionState,
  SimAction,
} from './types';

export function createSession(scenario: Scenario, mode: Mode, seed: number): SessionState {
  return {
    scenarioId: scenario.id,
    mode,
    seed,
    position: 0,
    done: [],
    skipped: [],
    fields: {},
    misses: {},
    hints: [],
    openedAt: null,
    startedAt: null,
    finishedAt: null,
  };
}

/** The persona's values and this run's seeded variables, by name. */
export function valuesOf(scenario: Scenario, seed: number): Record<string, string> {
  return { ...scenario.persona, ...(scenario.variables?.(seededRandom(seed)) ?? {}) };
}

/** Fills `{name}` placeholders; an unknown name stays as written, which the validator reports. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function isFinished(scenario: Scenario, state: SessionState): boolean {
  return state.position >= scenario.steps.length;
}

/** Indexes of the steps in the group starting at `position` (one index for a step on its own). */
function groupAt(scenario: Scenario, position: number): number[] {
  const first = scenario.steps[position];
  if (!first) return [];
  if (!first.group) return [position];
  const indexes: number[] = [];
  for (let i = position; i < scenario.steps.length && scenario.steps[i]?.group === first.group; i += 1) indexes.push(i);
  return indexes;
}

/**
 * The steps the learner may do now: the current step, or the undone steps of the current group; in a
 * group, the next step of a started sub-task and nothing else, or else the first step of each sub-task.
 */
export function currentSteps(scenario: Scenario, state: SessionState): ScenarioStep[] {
  const undone = groupAt(scenario, state.position)
    .map((index) => scenario.steps[index]!)
    .filter((step) => !state.done.includes(step.id));
  const started = undone.filter((step) => step.after !== undefined && state.done.includes(step.after));
  return started.length > 0 ? started : undone.filter((step) => step.after === undefined);
}

export function currentScreen(scenario: Scenario, state: SessionState): string {
  return currentSteps(scenario, state)[0]?.screen ?? scenario.finalScreen;
}

/** The steps of the sub-task leading to `step`, done so far (its `after` chain). */
function startedChain(scenario: Scenario, step: ScenarioStep): string[] {
  const chain: string[] = [];
  for (let id = step.after; id !== undefined; id = scenario.steps.find((candidate) => candidate.id === id)?.after)
    chain.push(id);
  return chain;
}

function matches(pattern: ActionPattern, action: SimAction, values: Record<string, string>): boolean {
  if (pattern.kind !== action.kind || pattern.target !== action.target) return false;
  if (pattern.value === undefined || action.kind === 'click') return true;
  const expected = typeof pattern.value === 'string' ? fill(pattern.value, values) : pattern.value;
  return expected === action.value;
}

/** Every value the scenario would accept in a field, anywhere, so typing towards one is never a miss. */
function acceptedValues(scenario: Scenario, target: string, values: Record<string, string>): string[] {
  return scenario.steps.flatMap((step) =>
    step.correct
      .filter((c) => c.kind === 'type' && c.target === target && typeof c.value === 'string')
      .map((c) => fill(c.value as string, values)),
  );
}

function withMiss(state: SessionState, stepId: string, text: string): SessionState {
  return { ...state, misses: { ...state.misses, [stepId]: [...(state.misses[stepId] ?? []), text] } };
}

/** Moves past the current step or group once it is complete, following a branch's `goto`. */
function advance(
  scenario: Scenario,
  state: SessionState,
  goto: string | undefined,
  screenBefore: string,
  now: number,
): SessionState {
  const group = groupAt(scenario, state.position);
  if (group.some((index) => !state.done.includes(scenario.steps[index]!.id))) return state;
  let next = (group[group.length - 1] ?? state.position) + 1;
  const skipped = [...state.skipped];
  if (goto) {
    const target = scenario.steps.findIndex((step) => step.id === goto);
    if (target > next) {
      for (let i = next; i < target; i += 1) skipped.push(scenario.steps[i]!.id);
      next = target;
    }
  }
  const moved: SessionState = { ...state, position: next, skipped };
  const screenChanged = currentScreen(scenario, moved) !== screenBefore;
  return {
    ...moved,
    // A new page starts with empty fields, as in a browser.
    fields: screenChanged ? {} : moved.fields,
    finishedAt: next >= scenario.steps.length ? now : null,
  };
}

/** Plays one learner action. `now` is milliseconds since the epoch. */
export function applyAction(scenario: Scenario, state: SessionState, action: SimAction, now: number): Outcome {
  if (isFinished(scenario, state)) return { state, feedback: null, event: 'neutral', screenChanged: false };
  const started: SessionState = state.startedAt === null ? { ...state, startedAt: now } : state;
  const values = valuesOf(scenario, state.seed);
  const steps = currentSteps(scenario, started);
  const screenBefore = currentScreen(scenario, started);
  // The step a miss is charged to: the one about this control if any, else the first one due.
  const owner = steps.find((step) => step.correct.some((c) => c.target === action.target)) ?? steps[0]!;

  const cancelled = action.kind === 'click' ? steps.find((step) => step.cancel === action.target) : undefined;
  if (cancelled) {
    const undo = startedChain(scenario, cancelled);
    const next: SessionState = { ...started, done: started.done.filter((id) => !undo.includes(id)) };
    return {
      state: next,
      feedback: null,
      event: 'neutral',
      screenChanged: currentScreen(scenario, next) !== screenBefore,
    };
  }

  for (const step of steps) {
    const hit: CorrectAction | undefined = step.correct.find((candidate) => matches(candidate, action, values));
    if (!hit) continue;
    let next: SessionState = { ...started, done: [...started.done, step.id] };
    if (hit.goto) {
      // A branch leaves the rest of its group behind (QR code instead of typing a password).
      const rest = steps.filter((other) => other !== step).map((other) => other.id);
      next = { ...next, done: [...next.done, ...rest], skipped: [...next.skipped, ...rest] };
    }
    if (action.kind === 'type') next = { ...next, fields: { ...next.fields, [action.target]: action.value } };
    next = advance(scenario, next, hit.goto, screenBefore, now);
    const feedback = hit.explain ? { tone: 'correct' as const, text: hit.explain } : null;
    return { state: next, feedback, event: 'correct', screenChanged: currentScreen(scenario, next) !== screenBefore };
  }

  if (action.kind === 'type') {
    const accepted = acceptedValues(scenario, action.target, values);
    // Typing towards an accepted value (or clearing the field) is fine; the value is kept.
    if (action.value === '' || accepted.some((value) => value.startsWith(action.value))) {
      return {
        state: { ...started, fields: { ...started.fields, [action.target]: action.value } },
        feedback: null,
        event: 'neutral',
        screenChanged: false,
      };
    }
    const specific = steps.flatMap((step) => step.wrong ?? []).find((wrong) => matches(wrong, action, values));
    // The persona's own values never set off the warning, even typed into the wrong field.
    const personaValue = Object.values(values).some((value) => value.startsWith(action.value));
    if (hasPersonalNumber(action.value) && !personaValue) {
      // Never stored, so no real number ends up in the browser's storage; counted as a miss.
      return {
        state: withMiss(started, owner.id, scenario.realDataWarning),
        feedback: { tone: 'wrong', text: scenario.realDataWarning },
        event: 'wrong',
        screenChanged: false,
      };
    }
    const text = specific?.feedback ?? scenario.typoFeedback;
    if (scenario.screens[screenBefore]?.secret?.includes(action.target)) {
      return {
        state: withMiss(started, owner.id, text),
        feedback: { tone: 'wrong', text },
        event: 'wrong',
        screenChanged: false,
      };
    }
    // A typo in a plain field stays, to be corrected; only pressing on with it counts as a miss.
    return {
      state: { ...started, fields: { ...started.fields, [action.target]: action.value } },
      feedback: { tone: 'info', text },
      event: 'neutral',
      screenChanged: false,
    };
  }

  const specific = steps.flatMap((step) => step.wrong ?? []).find((wrong) => matches(wrong, action, values));
  const text = specific?.feedback ?? scenario.defaultFeedback;
  return {
    state: withMiss(started, owner.id, text),
    feedback: { tone: 'wrong', text },
    event: 'wrong',
    screenChanged: false,
  };
}

/** The action the demo plays next: the first right answer of the first step due. */
export function nextCorrectAction(
  scenario: Scenario,
  state: SessionState,
): { step: ScenarioStep; correct: CorrectAction; action: SimAction } | null {
  const step = currentSteps(scenario, state)[0];
  const correct = step?.correct[0];
  if (!step || !correct) return null;
  const values = valuesOf(scenario, state.seed);
  const value = correct.value;
  let action: SimAction;
  if (correct.kind === 'type' || correct.kind === 'choose')
    action = {
      kind: correct.kind,
      target: correct.target,
      value: typeof value === 'string' ? fill(value, values) : '',
    };
  else if (correct.kind === 'tick') action = { kind: 'tick', target: correct.target, value: value !== false };
  else action = { kind: 'click', target: correct.target };
  return { step, correct, action };
}

/** Index of the first step of a scenario step id or of a guide step id (`p1-b3`); -1 if none. */
export function stepIndexOf(scenario: Scenario, id: string): number {
  const own = scenario.steps.findIndex((step) => step.id === id);
  return own >= 0 ? own : scenario.steps.findIndex((step) => step.guideStep === id);
}

/**
 * A run opened at a given step: the right path played up to it, then handed over clean (no misses, no
 * clock), marked as opened mid-way so it never counts as a full attempt.
 */
export function replayTo(scenario: Scenario, mode: Mode, seed: number, stepIndex: number, now: number): SessionState {
  let state = createSession(scenario, mode, seed);
  const target = scenario.steps[stepIndex];
  // Inside a group the position does not move: the step is reached when the right path takes it next,
  // so the group's earlier sub-tasks are done first, as a learner following the guide would have.
  const reached = () =>
    state.position > stepIndex || (target !== undefined && currentSteps(scenario, state)[0] === target);
  for (let guard = 0; !reached() && !isFinished(scenario, state) && guard < scenario.steps.length * 2; guard += 1) {
    const next = nextCorrectAction(scenario, state);
    if (!next) break;
    state = applyAction(scenario, state, next.action, now).state;
  }
  const opened = scenario.steps[stepIndex]?.id ?? null;
  return {
    ...state,
    openedAt: stepIndex > 0 ? opened : null,
    startedAt: null,
    finishedAt: null,
    misses: {},
    hints: [],
  };
}

/** Records that the learner asked for a hint at the first step due. */
export function takeHint(scenario: Scenario, state: SessionState): { state: SessionState; hint: string | null } {
  const step = currentSteps(scenario, state)[0];
  if (!step) return { state, hint: null };
  const hints = state.hints.includes(step.id) ? state.hints : [...state.hints, step.id];
  return { state: { ...state, hints }, hint: step.hint };
}
