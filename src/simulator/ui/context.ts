import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Outcome, Scenario, SessionState, SimAction } from '../engine/types';
import type { TaskStatusProps } from './TaskStatus';

/** What a screen's controls need from the shell: how to act, what is highlighted, what is typed. */
export interface SimContextValue {
  /** Plays an action; what it did, or null where nothing is played (the demo, a still picture). */
  dispatch(action: SimAction): Outcome['event'] | null;
  /** Says something neither right nor wrong in the task bar (a control the task does not use). */
  inform(text: string): void;
  /** The field's value as the engine kept it (a rejected keystroke is undone). */
  fieldValue(target: string): string;
  highlight: string | null;
  run: SessionState;
  /** The run's scenario (its task may vary with the run's seed). */
  scenario: Scenario;
  /** Screen headings are one level below the simulator's own heading. */
  headingLevel: 3 | 4;
  /** A still picture of the screen in a guide: controls are drawn, not usable, and headings are plain text. */
  still: boolean;
  /** What the task bar says now, for a modal dialog to repeat while the bar is out of reach; null in a still. */
  task: TaskStatusProps | null;
  /** A dialog closing: focus goes back to this control (its opener) once the next screen is drawn, if it is there. */
  returnFocusTo: (target: string) => void;
}

export const SimContext = createContext<SimContextValue | null>(null);

export function useSim(): SimContextValue {
  const value = useContext(SimContext);
  if (!value) throw new Error('Simulator control outside a simulator');
  return value;
}
