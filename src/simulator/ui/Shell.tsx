/**
 * The simulator's frame, shared by every scenario: mode chooser, what to do now, hint, feedback
 * (announced), demo controls, result, persona card and the screen. It reads the runtime's stores and
 * calls its functions; it knows nothing about any one portal.
 */
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { storageAvailable } from '../../storage/versioned-store';
import { currentScreen, currentSteps, isFinished, valuesOf } from '../engine/machine';
import { scoreOf } from '../engine/scoring';
import { MODES, type Mode } from '../engine/types';
import { DEMO_SPEEDS, createDemoPlayer, type DemoSpeed } from '../runtime/demo';
import type { SimulatorRuntime } from '../runtime/session';
import { SimContext, type SimContextValue } from './context';
import { SimulatedBadge } from './SimulatedBadge';
import { modeDescriptions, modeLabels, ui } from './strings';
import './simulator.css';

export interface GuideStepView {
  id: string;
  label: string;
  title: string;
  /** The guide's wording as HTML, rendered at build time (renderInline). */
  html: string;
}

export interface PersonaRow {
  label: string;
  /** A name from the persona or the seeded variables (`otp`), or a literal value. */
  value: string;
  /** A value the learner types, shown in a typewriter face. */
  typed?: boolean;
}

export interface ShellProps {
  runtime: SimulatorRuntime;
  screens: Record<string, FunctionComponent>;
  persona: PersonaRow[];
  guideSteps: GuideStepView[];
  /** 2 on the full-screen page, 3 inside the guide's own section. */
  headingLevel: 2 | 3;
}

export function Shell({ runtime, screens, persona, guideSteps, headingLevel }: ShellProps) {
  const scenario = useStore(runtime.$scenario);
  const mode = useStore(runtime.$mode);
  const run = useStore(runtime.$run);
  const feedback = useStore(runtime.$feedback);
  const hint = useStore(runtime.$hint);
  const screenChanges = useStore(runtime.$screenChanges);
  const demo = useMemo(() => createDemoPlayer(runtime), [runtime]);
  const playing = useStore(demo.$playing);
  const speed = useStore(demo.$speed);
  const [announcements, setAnnouncements] = useState(0);
  const stageRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const lastChanges = useRef(screenChanges);

  useEffect(() => () => demo.dispose(), [demo]);

  const finished = isFinished(scenario, run);
  // When the screen changes (not when a menu opens), focus goes to the new screen's heading; at the
  // end of a run, to the result. The demo keeps focus on its own controls so Tạm dừng stays at hand.
  // A layout effect, so focus moves in the same frame as the screen and no keystroke lands in between.
  useLayoutEffect(() => {
    if (screenChanges === lastChanges.current) return;
    lastChanges.current = screenChanges;
    if (mode === 'demo') return;
    const target = finished ? resultRef.current : stageRef.current?.querySelector<HTMLElement>('[data-screen-heading]');
    target?.focus();
  }, [screenChanges, finished, mode]);

  const values = valuesOf(scenario, run.seed);
  const due = currentSteps(scenario, run);
  const step = due[0];
  const guideStep = guideSteps.find((candidate) => candidate.id === step?.guideStep);
  const highlighted =
    mode === 'demo' || mode === 'guided' || (mode === 'practice' && step !== undefined && run.hints.includes(step.id));
  const Screen = screens[currentScreen(scenario, run)];
  const errors = Object.values(run.misses).reduce((total, list) => total + list.length, 0);
  const doneCount = run.done.filter((id) => !run.skipped.includes(id)).length;
  const total = scenario.steps.length - run.skipped.length;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H2 = headingLevel === 2 ? 'h3' : 'h4';

  const context: SimContextValue = {
    dispatch(action) {
      if (mode === 'demo') return;
      runtime.dispatch(action);
      setAnnouncements((n) => n + 1);
    },
    fieldValue: (target) => runtime.$run.get().fields[target] ?? '',
    highlight: highlighted && step ? (step.correct[0]?.target ?? null) : null,
    run,
    scenario,
    headingLevel: headingLevel === 2 ? 3 : 4,
    still: false,
  };

  const chooseMode = (next: Mode) => {
    demo.pause();
    demo.reset();
    runtime.setMode(next);
  };

  return (
    <SimContext.Provider value={context}>
      <div class="sim-top">
        <H class="sim-title" id="sim-title">
          {scenario.title}
        </H>
        <div class="sim-modes" role="group" aria-label={ui.modesLabel}>
          {MODES.map((candidate) => (
            <button
              type="button"
              class="site-button"
              aria-pressed={candidate === mode}
              onClick={() => chooseMode(candidate)}
            >
              {modeLabels[candidate]}
            </button>
          ))}
        </div>
        <p class="sim-mode-desc">{modeDescriptions[mode]}</p>
        {!storageAvailable && <p class="sim-note">{ui.storageBlocked}</p>}
      </div>

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
            <button type="button" class="site-button" onClick={() => runtime.showHint()}>
              {ui.hint}
            </button>
          )}
          <button
            type="button"
            class="site-button"
            onClick={() => {
              demo.pause();
              demo.reset();
              runtime.restart();
            }}
          >
            {ui.restart}
          </button>
          <span class="sim-counter">
            {ui.stepCounter(doneCount, mode === 'test' ? null : total)}
            {mode === 'practice' || mode === 'test' ? ` · ${ui.errorsCounter(errors)}` : ''}
          </span>
        </div>
        {run.openedAt !== null && !finished && <p class="sim-note">{ui.openedAt}</p>}
        <div class="sim-feedback" role="status">
          {(feedback?.tone === 'wrong' || feedback?.tone === 'info') && (
            <p key={announcements} class="sim-wrong">
              {/* Kiểm tra explains nothing until the result (the warning about real data always shows). */}
              {mode === 'test' && feedback.text !== scenario.realDataWarning ? ui.wrongInTest : feedback.text}
            </p>
          )}
          {feedback?.tone === 'correct' && (!finished || (feedback.text !== '' && mode !== 'test')) && (
            <p key={announcements} class="sim-right">
              {ui.correct}
              {feedback.text !== '' && mode !== 'test' ? ` ${feedback.text}` : ''}
            </p>
          )}
          {hint && mode === 'practice' && (
            <p class="sim-hint">
              <strong>{ui.hintLabel}</strong> {hint}
            </p>
          )}
        </div>
      </div>

      {mode === 'demo' && (
        <div class="sim-demo" role="group" aria-label={modeLabels.demo}>
          <button type="button" class="site-button" disabled={!demo.canGoBack()} onClick={() => demo.previous()}>
            ◀ {ui.previous}
          </button>
          <button
            type="button"
            class="site-button site-button--primary"
            aria-pressed={playing}
            onClick={() => (playing ? demo.pause() : demo.play())}
          >
            {playing ? `❚❚ ${ui.pause}` : `▶ ${ui.play}`}
          </button>
          <button type="button" class="site-button" disabled={finished} onClick={() => demo.next()}>
            {ui.next} ▶
          </button>
          <label class="sim-speed">
            {ui.speed}{' '}
            <select
              value={String(speed)}
              onChange={(event) => demo.setSpeed(Number(event.currentTarget.value) as DemoSpeed)}
            >
              {DEMO_SPEEDS.map((option) => (
                <option value={String(option)}>{ui.speedValue(option)}</option>
              ))}
            </select>
          </label>
        </div>
      )}

      {finished && mode !== 'demo' && (
        <Result runtime={runtime} guideSteps={guideSteps} Heading={H2} headingRef={resultRef} />
      )}

      <div class="sim-stage">
        <aside class="sim-persona" aria-labelledby="sim-persona-title">
          <p class="sim-persona-title" id="sim-persona-title">
            {ui.personaTitle}
          </p>
          <dl>
            {persona.map((row) => (
              <div>
                <dt>{row.label}</dt>
                <dd class={row.typed ? 'sim-typed' : undefined}>{values[row.value] ?? row.value}</dd>
              </div>
            ))}
          </dl>
          <p class="sim-persona-note">{ui.personaNote}</p>
        </aside>
        <div class="sim-screen" ref={stageRef} role="region" aria-label={ui.screenLabel} inert={mode === 'demo'}>
          <SimulatedBadge />
          {Screen && <Screen />}
        </div>
      </div>
    </SimContext.Provider>
  );
}

interface ResultProps {
  runtime: SimulatorRuntime;
  guideSteps: GuideStepView[];
  Heading: 'h3' | 'h4';
  headingRef: { current: HTMLHeadingElement | null };
}

function Result({ runtime, guideSteps, Heading, headingRef }: ResultProps) {
  const run = useStore(runtime.$run);
  const scenario = useStore(runtime.$scenario);
  const score = scoreOf(scenario, run);
  const labelOf = (id: string) => guideSteps.find((step) => step.id === id)?.label ?? id;
  const mistakes = score.steps.filter((step) => step.misses.length > 0 || step.hinted);
  const test = run.mode === 'test';
  return (
    <section
      class={`sim-result ${test ? (score.passed ? 'is-passed' : 'is-failed') : ''}`}
      aria-labelledby="sim-result-title"
    >
      <Heading id="sim-result-title" tabIndex={-1} ref={headingRef}>
        {test ? `${ui.resultTitle}: ${score.passed ? ui.passed : ui.failed}` : ui.finishedTitle}
      </Heading>
      {test && (
        <>
          <p class="sim-score">
            {ui.score(score.score, score.maxScore)}. {ui.passMark(scenario.passMark)}
          </p>
          <p>{ui.breakdown(score.points.accuracy, score.points.errors, score.points.time)}</p>
        </>
      )}
      <p>
        {ui.firstTry(score.firstTry, score.counted)}, {ui.errors(score.errors)}
        {test ? `, ${ui.time(score.seconds)}` : ''}.
      </p>
      {run.openedAt !== null && <p>{ui.partialRun}</p>}
      <p class="sim-result-subtitle">{ui.mistakesTitle}</p>
      {mistakes.length === 0 ? (
        <p>{ui.noMistakes}</p>
      ) : (
        <ol class="sim-mistakes">
          {mistakes.map((step) => (
            <li>
              <strong>{labelOf(step.guideStep)}:</strong> {step.instruction} {step.hinted && <em>{ui.hinted}</em>}
              {step.misses.length > 0 && (
                <ul>
                  {[...new Set(step.misses)].map((miss) => (
                    <li>{miss}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {!test && <p>{ui.tryTest}</p>}
    </section>
  );
}
