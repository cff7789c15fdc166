/**
 * The simulator's state machine: (state, action) → (state, feedback, score event). Pure: no DOM, no
 * stores, no clock (callers pass `now`), so every scenario can be played and checked in a unit test.
 */
import { hasPersonalNumber, typoOfMadeUpNumber } from '../../personal-data';
import { seededRandom } from './random';
import { madeUpNumbers, typedValueMistake } from './typed-values';
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

/** On its way to a value the field accepts (or empty): not wrong, only not finished. */
function onTheWay(value: string, accepted: readonly string[]): boolean {
  return accepted.some((candidate) => candidate.startsWith(value));
}

function withMiss(state: SessionState, stepId: string, text: string): SessionState {
  return { ...state, misses: { ...state.misses, [stepId]: [...(state.misses[stepId] ?? []), text] } };
}

/** A field a step due now types into, with the value it takes there. */
interface DueField {
  step: ScenarioStep;
  target: string;
  expected: string;
}

function dueFields(steps: readonly ScenarioStep[], values: Record<string, string>): DueField[] {
  return steps.flatMap((step) =>
    step.correct
      .filter((c) => c.kind === 'type' && typeof c.value === 'string')
      .map((c) => ({ step, target: c.target, expected: fill(c.value as string, values) })),
  );
}

/** What a wrong value in a field is told: the difference that matters, else the step's words, else the scenario's. */
function wrongValueText(
  scenario: Scenario,
  screen: string,
  field: DueField,
  value: string,
  values: Record<string, string>,
): string {
  const secret = scenario.screens[screen]?.secret?.includes(field.target) ?? false;
  const named = typedValueMistake(value, field.expected, madeUpNumbers(values), secret);
  const action: SimAction = { kind: 'type', target: field.target, value };
  return named ?? field.step.wrong?.find((wrong) => matches(wrong, action, values))?.feedback ?? scenario.typoFeedback;
}

/**
 * A wrong value confirmed: one miss, charged to the field's step, unless this same value was already
 * counted (the person left the field, then pressed the form's button: one mistake, not two).
 */
function chargeFields(
  state: SessionState,
  fields: readonly DueField[],
  text: string,
): { state: SessionState; event: Outcome['event'] } {
  const charged = state.charged ?? [];
  const fresh = fields.filter((field) => !charged.includes(field.target));
  if (fresh.length === 0) return { state, event: 'neutral' };
  const next = withMiss(state, fields[0]!.step.id, text);
  return { state: { ...next, charged: [...charged, ...fresh.map((field) => field.target)] }, event: 'wrong' };
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
    charged: screenChanged ? [] : moved.charged,
    finishedAt: next >= scenario.steps.length ? now : null,
  };
}

/**
 * Plays one learner action. `now` is milliseconds since the epoch. A mistake is one wrong action: a
 * click on the wrong control, or a wrong value confirmed (leaving its field, or pressing the form's
 * button with it); a keystroke never is one.
 */
export function applyAction(scenario: Scenario, state: SessionState, action: SimAction, now: number): Outcome {
  const unchanged: Outcome = { state, feedback: null, event: 'neutral', screenChanged: false };
  if (isFinished(scenario, state)) return unchanged;
  const values = valuesOf(scenario, state.seed);
  const steps = currentSteps(scenario, state);
  const screenBefore = currentScreen(scenario, state);

  if (action.kind === 'confirm') {
    const field = dueFields(steps, values).find((candidate) => candidate.target === action.target);
    const value = state.fields[action.target] ?? '';
    if (!field || onTheWay(value, acceptedValues(scenario, action.target, values))) return unchanged;
    const text = wrongValueText(scenario, screenBefore, field, value, values);
    const charged = chargeFields(state, [field], text);
    return { ...charged, feedback: { tone: 'wrong', text }, screenChanged: false };
  }

  const started: SessionState = state.startedAt === null ? { ...state, startedAt: now } : state;
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
    // The persona's own values never set off the warning, even typed into the wrong field, nor a slip in its number.
    const persona =
      Object.values(values).some((value) => value.startsWith(action.value)) ||
      typoOfMadeUpNumber(action.value, madeUpNumbers(values)) !== undefined;
    if (hasPersonalNumber(action.value) && !persona) {
      // Never stored, so no real number ends up in the browser's storage.
      return {
        state: started,
        feedback: { tone: 'info', text: scenario.realDataWarning },
        event: 'neutral',
        screenChanged: false,
      };
    }
    // Kept as typed, to be corrected; it counts only once confirmed. What may be saved is storableRun's.
    const charged = (started.charged ?? []).filter((target) => target !== action.target);
    return {
      state: { ...started, fields: { ...started.fields, [action.target]: action.value }, charged },
      feedback: null,
      event: 'neutral',
      screenChanged: false,
    };
  }

  const specific = steps.flatMap((step) => step.wrong ?? []).find((wrong) => matches(wrong, action, values));
  // Pressing a form's button with a wrong value in a field confirms that value: the field's mistake is told.
  const submits =
    action.kind === 'click' &&
    steps.some((step) => step.wrong?.some((wrong) => wrong.kind === 'click' && wrong.target === action.target));
  const wrongFields = submits
    ? dueFields(steps, values).filter(
        (field) => !onTheWay(started.fields[field.target] ?? '', acceptedValues(scenario, field.target, values)),
      )
    : [];
  if (wrongFields.length > 0) {
    const first = wrongFields[0]!;
    const text = wrongValueText(scenario, screenBefore, first, started.fields[first.target] ?? '', values);
    const charged = chargeFields(started, wrongFields, text);
    return { ...charged, feedback: { tone: 'wrong', text }, screenChanged: false };
  }
  const text = specific?.feedback ?? scenario.defaultFeedback;
  return {
    state: withMiss(started, owner.id, text),
    feedback: { tone: 'wrong', text },
    event: 'wrong',
    screenChanged: false,
  };
}

/**
 * The run as it may be saved: a password or OTP field keeps only a value on its way to the persona's,
 * so a real password typed by mistake never reaches the browser's storage (it stays in the page only).
 */
export function storableRun(scenario: Scenario, state: SessionState): SessionState {
  const secret = scenario.screens[currentScreen(scenario, state)]?.secret ?? [];
  const values = valuesOf(scenario, state.seed);
  const kept = Object.entries(state.fields).filter(
    ([target, value]) => !secret.includes(target) || onTheWay(value, acceptedValues(scenario, target, values)),
  );
  return kept.length === Object.keys(state.fields).length ? state : { ...state, fields: Object.fromEntries(kept) };
}

/**
 * How many steps this run takes once it is over, if it goes on along the right path from here: the
 * step counter's total, which stays the same from the first step to the last (a branch taken changes it).
 */
export function stepsInRun(scenario: Scenario, state: SessionState): number {
  let run = state;
  for (let guard = 0; !isFinished(scenario, run) && guard < scenario.steps.length * 2; guard += 1) {
    const next = nextCorrectAction(scenario, run);
    if (!next) break;
    run = applyAction(scenario, run, next.action, 0).state;
  }
  return run.done.filter((id) => !run.skipped.includes(id)).length;
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
