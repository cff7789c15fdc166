/**
 * What to do now: the guide step it belongs to (and its wording), the instruction or, in Kiểm tra, only
 * the goal, the hint and restart buttons, the counters, and the feedback of the last action (announced).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Mode, Scenario } from '../engine/types';
import type { FeedbackView, ShellView } from '../runtime/shell-view';
import type { GuideStepView } from './guide-step';
import { TaskStatus } from './TaskStatus';
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
  /** Xem minh họa's player, in the bar so that it stays at hand where the bar is pinned. */
  demoControls: ComponentChildren;
  /** The persona card, opened from the bar in Kiểm tra where it is not beside the screen (a phone); the other modes have value chips. */
  persona: ComponentChildren;
}

export function TaskPanel(props: Props) {
  const {
    scenario,
    mode,
    view,
    guideStep,
    openedAt,
    feedback,
    feedbackKey,
    hint,
    onHint,
    onRestart,
    demoControls,
    persona,
  } = props;
  const { finished } = view;
  // Where the bar is pinned (a narrow simulator) it is compact until opened; elsewhere these do nothing.
  const [expanded, setExpanded] = useState(false);
  const [personaOpen, setPersonaOpen] = useState(false);
  const scored = mode === 'practice' || mode === 'test';
  return (
    <div class={expanded ? 'sim-task is-expanded' : 'sim-task'}>
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
      <TaskStatus
        scenario={scenario}
        mode={mode}
        view={view}
        feedback={feedback}
        feedbackKey={feedbackKey}
        hint={hint}
      />
      {demoControls}
      <div class="sim-tools">
        {mode === 'practice' && !finished && (
          <button type="button" class="site-button" onClick={onHint}>
            {ui.hint}
          </button>
        )}
        <button type="button" class="site-button sim-restart" onClick={onRestart}>
          {ui.restart}
        </button>
        <span class="sim-counter">
          {ui.stepCounter(view.done, mode === 'test' ? null : view.total)}
          {scored ? ` · ${ui.errorsCounter(view.errors)}` : ''}
        </span>
        {/* The same counts in a few characters, for the compact bar; the full line stays for screen readers. */}
        <span class="sim-counter-short" aria-hidden="true">
          {ui.stepCounterShort(view.done, mode === 'test' ? null : view.total, scored ? view.errors : null)}
        </span>
        <span class="sim-bar-toggles">
          {mode === 'test' && (
            <button
              type="button"
              class="site-button"
              aria-expanded={personaOpen}
              onClick={() => setPersonaOpen(!personaOpen)}
            >
              {ui.personaToggle}
            </button>
          )}
          <button type="button" class="site-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {ui.barMore}
          </button>
        </span>
      </div>
      {openedAt && !finished && <p class="sim-note">{ui.openedAt}</p>}
      {personaOpen && mode === 'test' && <div class="sim-bar-persona">{persona}</div>}
    </div>
  );
}
