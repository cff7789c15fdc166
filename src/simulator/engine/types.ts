/**
 * The scenario format every simulator runs on. A scenario is plain typed data: a made-up persona, the
 * screens with the controls each one draws, and ordered steps. The engine (machine.ts) reads only this;
 * the screens (Preact) are kept apart so the engine stays testable without a DOM.
 */
import type { SessionState } from './session-state';

/** One learner's run of one scenario in one mode (its schema is in session-state.ts). */
export type { SessionState };

/**
 * What a learner can do on a simulated screen. `target` is a control's stable id on the screen. `type`
 * is a field's value after each keystroke, never a mistake in itself; `confirm` is the person leaving a
 * field, when a wrong value in it counts (a press of the form's button confirms it too).
 */
export type SimAction =
  | { kind: 'click'; target: string }
  | { kind: 'type'; target: string; value: string }
  | { kind: 'confirm'; target: string }
  | { kind: 'choose'; target: string; value: string }
  | { kind: 'tick'; target: string; value: boolean };

/** What a step can ask for: leaving a field is never the task itself. */
export type ActionKind = Exclude<SimAction['kind'], 'confirm'>;

/**
 * An action pattern. For `type` and `choose`, `value` may contain `{name}` placeholders filled from the
 * persona or the seeded variables (e.g. `{otp}`), so a variant changes the right answer, not the data.
 */
export interface ActionPattern {
  kind: ActionKind;
  target: string;
  value?: string | boolean;
}

/** A right answer; `goto` makes it a branch (e.g. QR code instead of password skips the password steps). */
export interface CorrectAction extends ActionPattern {
  goto?: string;
  /** What the demo says while it highlights this target, before it acts. */
  describe?: string;
  /** Said after this right action, when the why matters as much as the what (outside Kiểm tra). */
  explain?: string;
}

/** A likely mistake with its own explanation. Without `value`, any value on that target matches. */
export interface WrongAction extends ActionPattern {
  feedback: string;
}

export interface ScenarioStep {
  /** Stable id, unique in the scenario. */
  id: string;
  /** The screen this step happens on (a key of `Scenario.screens`). */
  screen: string;
  /** The guide step it belongs to (content/guides ids, e.g. `p1-b3`); one guide step spans several. */
  guideStep: string;
  /** What to do, naming the control, so the highlight is never the only cue. */
  instruction: string;
  /** Any one of these is right. The first is the path the demo plays. */
  correct: readonly CorrectAction[];
  hint: string;
  wrong?: readonly WrongAction[];
  /**
   * Consecutive steps sharing a group may be done in any order (the fields of a form, the components
   * of a dossier); the scenario moves on once all of them are done.
   */
  group?: string;
  /**
   * Within a group, the step that must come just before this one: a sub-task of several actions (open
   * a dialog, tick a row, confirm). Once a sub-task has started, only its next step is due, as a modal
   * dialog allows nothing else; the group's sub-tasks may still be taken in any order.
   */
  after?: string;
  /**
   * A control that abandons the sub-task while this step is due (a dialog's "Đóng"): the steps of the
   * sub-task done so far are undone, neither right nor wrong.
   */
  cancel?: string;
}

export interface ScreenSpec {
  /** The page's heading, where focus goes when the screen changes. */
  title: string;
  /** Ids of every control the screen draws; the validator checks steps against this list. */
  controls: readonly string[];
  /**
   * Password and OTP fields: a value that is not on its way to the persona's is never kept, so a real
   * password typed by mistake never reaches the browser's storage. Other fields keep typos, so they
   * can be corrected as in any form.
   */
  secret?: readonly string[];
}

export interface Scenario {
  id: string;
  title: string;
  /** The only instruction in Kiểm tra mode. */
  goal: string;
  /** Values a learner may type, by name; only these (and seeded variables) are ever accepted. */
  persona: Readonly<Record<string, string>>;
  screens: Readonly<Record<string, ScreenSpec>>;
  steps: readonly ScenarioStep[];
  /** The screen shown once every step is done (the result the learner was aiming for). */
  finalScreen: string;
  /** Said when a run is over, pointing at what the final screen shows. */
  finishedText: string;
  /** Said for a miss no step foresaw. */
  defaultFeedback: string;
  /** Said when a typed value looks like a real ID or phone number that is not the persona's. */
  realDataWarning: string;
  /** Said when a typed value is none of the accepted ones (placeholders: `{label}`). */
  typoFeedback: string;
  /** Seeded task variants: named values drawn from a seed (e.g. a fresh OTP each attempt). */
  variables?: (random: () => number) => Record<string, string>;
  /** Kiểm tra: the score (out of 100) needed to pass. */
  passMark: number;
  /** Kiểm tra: full time marks up to this many seconds, half up to twice as long. */
  targetSeconds: number;
}

export const MODES = ['demo', 'guided', 'practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

/**
 * What a simulator runs: a scenario for each run. Most scenarios are one fixed task; one whose task
 * varies (which papers the store holds, in Kiểm tra) builds it from the run's mode and seed. The same
 * arguments must always give the same scenario, so a resumed run meets the task it started.
 */
export interface ScenarioSource {
  id: string;
  title: string;
  build(mode: Mode, seed: number): Scenario;
}

/** A scenario whose task never varies. */
export function fixedSource(scenario: Scenario): ScenarioSource {
  return { id: scenario.id, title: scenario.title, build: () => scenario };
}

/** `info`: neither right nor wrong (a refused real-looking number, a control the task does not use). */
export type FeedbackTone = 'correct' | 'wrong' | 'info';

export interface Feedback {
  tone: FeedbackTone;
  text: string;
}

/** What one action did, for the UI and the score. */
export interface Outcome {
  state: SessionState;
  feedback: Feedback | null;
  /** `correct` advanced a step; `wrong` counted a miss; `neutral` changed nothing that scores. */
  event: 'correct' | 'wrong' | 'neutral';
  /** The screen changed: the UI moves focus to the new screen's heading. */
  screenChanged: boolean;
}
