/**
 * What to do now: the guide step it belongs to (and its wording), the instruction or, in Kiểm tra, only
 * the goal, the hint and restart buttons, the counters, and the feedback of the last action (announced).
 */
import type { Mode, Scenario } from '../engine/types';
import type { FeedbackView, ShellView } from '../runtime/shell-view';
import type { GuideStepView } from './guide-step';
import { ui } from './strings';

interface Props {
  scenario: Scenario;
  mode: Mode;
  view: ShellView;
  guideStep: GuideStepView | undefined;
  /** Whether the run was opened at a step ("Thử bước này"). */
  openedAt: boolean;
  feedback: FeedbackView | null;
  /** Changes with every action, so the same feedback twice is announced twice. */
  feedbackKey: number;
  hint: string | null;
  onHint: () => void;
  onRestart: () => void;
}

export function TaskPanel(props: Props) {
  const { scenario, mode, view, guideStep, openedAt, feedback, feedbackKey, hint, onHint, onRestart } = props;
  const { finished, step } = view;
  return (
    <div class="sim-task">
      {mode !== 'test' && guideStep && !finished && (
        <p class="sim-guide">
          <span class="sim-guide-label">
            {ui.guideLabel} – {guideStep.label}:
          </span>{' '}
          {guideStep.title}
        </p>
      )}
      {(mode === 'demo' || mode === 'guided') && guideStep && !finished && (
        <details class="sim-source">
          <summary>{ui.sourceWording}</summary>
          <p dangerouslySetInnerHTML={{ __html: guideStep.html }} />
        </details>
      )}
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
      <div class="sim-tools">
        {mode === 'practice' && !finished && (
          <button type="button" class="site-button" onClick={onHint}>
            {ui.hint}
          </button>
        )}
        <button type="button" class="site-button" onClick={onRestart}>
          {ui.restart}
        </button>
        <span class="sim-counter">
          {ui.stepCounter(view.done, mode === 'test' ? null : view.total)}
          {mode === 'practice' || mode === 'test' ? ` · ${ui.errorsCounter(view.errors)}` : ''}
        </span>
      </div>
      {openedAt && !finished && <p class="sim-note">{ui.openedAt}</p>}
      <div class="sim-feedback" role="status">
        {feedback?.kind === 'correct' ? (
          <p key={feedbackKey} class="sim-right">
            {ui.correct}
            {feedback.text !== '' ? ` ${feedback.text}` : ''}
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
    </div>
  );
}
