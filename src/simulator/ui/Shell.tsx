/**
 * The simulator's frame, shared by every scenario: it composes the mode chooser, the task panel, the
 * demo controls, the result, the persona card and the screen, and moves focus as the screen changes.
 * It reads the runtime's stores and calls its functions; it knows nothing about any one portal.
 */
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { currentScreen, valuesOf } from '../engine/machine';
import type { Mode } from '../engine/types';
import { createDemoPlayer } from '../runtime/demo';
import type { SimulatorRuntime } from '../runtime/session';
import { feedbackView, shellView } from '../runtime/shell-view';
import { SimContext, type SimContextValue } from './context';
import { DemoControls } from './DemoControls';
import type { GuideStepView } from './guide-step';
import { ModeChooser } from './ModeChooser';
import { PersonaCard, type PersonaRow } from './PersonaCard';
import { Result } from './Result';
import { SimulatedBadge } from './SimulatedBadge';
import { reveal } from './reveal';
import { TaskPanel } from './TaskPanel';
import { ui } from './strings';
import './simulator.css';

export interface ShellProps {
  runtime: SimulatorRuntime;
  screens: Record<string, FunctionComponent>;
  persona: PersonaRow[];
  guideSteps: GuideStepView[];
  /** 2 on the full-screen page, 3 inside the guide's own section. */
  headingLevel: 2 | 3;
  /** The run was just opened at a step ("Thử bước này"): its control due comes into view at once. */
  openedAtStep?: boolean;
}

export function Shell({ runtime, screens, persona, guideSteps, headingLevel, openedAtStep = false }: ShellProps) {
  const scenario = useStore(runtime.$scenario);
  const mode = useStore(runtime.$mode);
  const run = useStore(runtime.$run);
  const feedback = useStore(runtime.$feedback);
  const hint = useStore(runtime.$hint);
  const screenChanges = useStore(runtime.$screenChanges);
  const elsewhere = useStore(runtime.$elsewhere);
  const demo = useMemo(() => createDemoPlayer(runtime), [runtime]);
  const [announcements, setAnnouncements] = useState(0);
  const stageRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const lastChanges = useRef(screenChanges);
  const lastRun = useRef(run);
  const workRef = useRef<HTMLDivElement>(null);
  // The opener a closing dialog hands focus back to, taken by the next move's focus rule.
  const returnFocus = useRef<string | null>(null);
  const returnFocusTo = useCallback((target: string) => {
    returnFocus.current = target;
  }, []);

  useEffect(() => () => demo.dispose(), [demo]);

  const view = shellView(scenario, mode, run);
  const { finished } = view;
  // The control due next, brought into view after each move; Kiểm tra does not point at it.
  const due = !finished && mode !== 'test' ? (view.step?.correct[0]?.target ?? null) : null;
  const bar = () => workRef.current?.querySelector<HTMLElement>('.sim-task') ?? null;
  // After every move (not a change of mode): when the screen changed, focus goes to the new screen's
  // heading, or at the end of a run to the result; the demo keeps focus on its own controls so Tạm dừng
  // stays at hand. Then that heading and the control due come into view below the task bar. A layout
  // effect, so focus moves in the same frame as the screen and no keystroke lands in between.
  useLayoutEffect(() => {
    const moved = run !== lastRun.current && mode === lastRun.current.mode;
    lastRun.current = run;
    const changed = screenChanges !== lastChanges.current;
    lastChanges.current = screenChanges;
    const opener = returnFocus.current;
    returnFocus.current = null;
    if (!moved && !changed) return;
    const stage = stageRef.current;
    const heading = finished ? resultRef.current : (stage?.querySelector<HTMLElement>('[data-screen-heading]') ?? null);
    const control = due === null ? null : (stage?.querySelector<HTMLElement>(`[data-sim="${due}"]`) ?? null);
    // A field comes with its label and its value chip.
    const target = control?.closest<HTMLElement>('.portal-field') ?? control;
    // A dialog closed: back to the control that opened it, while it is still there (not after "Cập nhật").
    const back = opener === null ? null : (stage?.querySelector<HTMLElement>(`[data-sim="${opener}"]`) ?? null);
    if (changed && mode !== 'demo') (back ?? heading)?.focus({ preventScroll: true });
    // The control just used may be gone (a component's "Chọn tệp tin" once it has a file): focus goes on
    // to the control due next in Hướng dẫn, else to the screen's heading, never back to the top of the page.
    const lost = document.activeElement === document.body || !document.activeElement?.isConnected;
    if (lost && mode !== 'demo') ((mode === 'guided' ? control : null) ?? heading)?.focus({ preventScroll: true });
    reveal(bar(), changed ? heading : null, target);
  }, [run, screenChanges, finished, mode, due]);

  // Arriving from "Thử bước này": the screen and its control due come into view (once the bar is drawn).
  useLayoutEffect(() => {
    if (!openedAtStep) return;
    const stage = stageRef.current;
    const control = due === null ? null : (stage?.querySelector<HTMLElement>(`[data-sim="${due}"]`) ?? null);
    reveal(
      bar(),
      stage?.querySelector<HTMLElement>('[data-screen-heading]') ?? null,
      control?.closest<HTMLElement>('.portal-field') ?? control,
    );
    // Only on arrival; later moves have their own rule above.
  }, [openedAtStep]);

  // A field being typed in stays above the on-screen keyboard, which shrinks the visual viewport.
  useEffect(() => {
    const stage = stageRef.current;
    const keepInView = () => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement && stage?.contains(active)) reveal(bar(), null, active);
    };
    stage?.addEventListener('focusin', keepInView);
    window.visualViewport?.addEventListener('resize', keepInView);
    return () => {
      stage?.removeEventListener('focusin', keepInView);
      window.visualViewport?.removeEventListener('resize', keepInView);
    };
  }, []);

  const Screen = screens[currentScreen(scenario, run)];
  const feedbackNow = feedbackView(mode, feedback, finished);

  const context: SimContextValue = {
    dispatch(action) {
      if (mode === 'demo') return null;
      const outcome = runtime.dispatch(action);
      // A new message is announced even when it reads as the last one did; leaving a field quietly is none.
      if (action.kind !== 'confirm' || outcome?.feedback) setAnnouncements((n) => n + 1);
      return outcome?.event ?? null;
    },
    inform(text) {
      if (mode === 'demo') return;
      setAnnouncements((n) => n + 1);
      runtime.inform(text);
    },
    fieldValue: (target) => runtime.$run.get().fields[target] ?? '',
    highlight: view.highlight,
    run,
    scenario,
    headingLevel: headingLevel === 2 ? 3 : 4,
    still: false,
    task: {
      scenario,
      mode,
      view,
      feedback: feedbackNow,
      feedbackKey: announcements,
      hint,
    },
    returnFocusTo,
  };

  const stopDemo = () => {
    demo.pause();
    demo.reset();
  };
  const chooseMode = (next: Mode) => {
    stopDemo();
    runtime.setMode(next);
  };
  const restart = () => {
    stopDemo();
    runtime.restart();
  };

  return (
    <SimContext.Provider value={context}>
      <ModeChooser
        title={scenario.title}
        mode={mode}
        onChoose={chooseMode}
        Heading={headingLevel === 2 ? 'h2' : 'h3'}
      />
      {elsewhere && (
        <div class="sim-elsewhere" role="alert">
          <p>{ui.elsewhere}</p>
          <button type="button" class="site-button" onClick={() => runtime.continueHere()}>
            {ui.continueHere}
          </button>
        </div>
      )}
      <div class="sim-work" ref={workRef} hidden={elsewhere}>
        <TaskPanel
          scenario={scenario}
          mode={mode}
          view={view}
          guideStep={guideSteps.find((candidate) => candidate.id === view.step?.guideStep)}
          openedAt={run.openedAt !== null}
          feedback={feedbackNow}
          feedbackKey={announcements}
          hint={hint}
          onHint={() => runtime.showHint()}
          onRestart={restart}
          demoControls={mode === 'demo' && <DemoControls demo={demo} finished={finished} />}
          persona={<PersonaCard rows={persona} values={valuesOf(scenario, run.seed)} id="sim-bar-persona" />}
        />
        {finished && mode !== 'demo' && (
          <Result
            runtime={runtime}
            guideSteps={guideSteps}
            Heading={headingLevel === 2 ? 'h3' : 'h4'}
            headingRef={resultRef}
            onRestart={restart}
          />
        )}
        <div class="sim-stage">
          <PersonaCard rows={persona} values={valuesOf(scenario, run.seed)} id="sim-persona" />
          <div class="sim-screen" ref={stageRef} role="region" aria-label={ui.screenLabel} inert={mode === 'demo'}>
            <SimulatedBadge />
            {/* Not drawn while another tab has the run: a modal dialog in it would leave "Tiếp tục ở đây" inert. */}
            {Screen && !elsewhere && <Screen />}
          </div>
        </div>
      </div>
    </SimContext.Provider>
  );
}
