/**
 * The instruction (in Kiểm tra, only the goal) and the feedback of the last action, both announced:
 * the heart of the task bar, and of the status line a modal dialog carries, since a modal dialog leaves
 * the bar out of reach (inert) while it is open.
 */
import type { Mode, Scenario } from '../engine/types';
import type { FeedbackView, ShellView } from '../runtime/shell-view';
import { ui } from './strings';

export interface TaskStatusProps {
  scenario: Scenario;
  mode: Mode;
  view: ShellView;
  feedback: FeedbackView | null;
  /** Changes with every action, so the same feedback twice is announced twice. */
  feedbackKey: number;
  hint: string | null;
}

export function TaskStatus({ scenario, mode, view, feedback, feedbackKey, hint }: TaskStatusProps) {
  const { finished, step } = view;
  return (
    <>
      <p class="sim-instruction" aria-live="polite">
        {finished ? (
          mode === 'demo' ? (
            ui.demoFinished
          ) : (
            scenario.finishedText
          )
        ) : mode === 'test' ? (
          <>
            <strong>{ui.goalLabel}</strong> {scenario.goal}
          </>
        ) : (
          <>
            <strong>{mode === 'demo' ? ui.demoNow : ui.taskLabel}</strong> {step?.instruction}
            {mode === 'demo' && step?.correct[0]?.describe ? ` (${step.correct[0].describe})` : ''}
          </>
        )}
      </p>
      <div class="sim-feedback" role="status">
        {feedback?.kind === 'correct' ? (
          <p key={feedbackKey} class="sim-right">
            {ui.correct}
            {feedback.text !== '' ? ` ${feedback.text}` : ''}
          </p>
        ) : feedback?.kind === 'info' ? (
          <p key={feedbackKey} class="sim-info">
            {feedback.text}
          </p>
        ) : (
          feedback && (
            <p key={feedbackKey} class="sim-wrong">
              {feedback.kind === 'withheld' ? ui.wrongInTest : feedback.text}
            </p>
          )
        )}
        {hint && mode === 'practice' && (
          <p class="sim-hint">
            <strong>{ui.hintLabel}</strong> {hint}
          </p>
        )}
      </div>
    </>
  );
}
