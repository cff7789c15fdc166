/**
 * The one simulator island, for every scenario: it loads the scenario's code by its id (a chunk
 * of its own, so each page fetches only its scenario), keeps one runtime per scenario and page (the
 * embedded and the full-screen simulator never meet on one page), acts once on the `?buoc=` and
 * `?che-do=` links, and shows the server-rendered placeholder until the browser, where saved progress
 * lives, has the runtime.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentSteps } from '../engine/machine';
import type { Mode } from '../engine/types';
import { MODE_PARAM, modeFromSlug } from '../mode-links';
import { yieldToBrowser } from '../../main-thread/yield-to-browser';
import { OPEN_AT_ATTRIBUTE } from '../open-at';
import { createRuntime, type SimulatorRuntime } from '../runtime/session';
import type { ScenarioId, ScenarioParts } from '../scenarios';
import { loadScenario } from '../scenarios/load';
import type { GuideStepView } from './guide-step';
import { Shell } from './Shell';
import { ui } from './strings';

/** The query parameter "Thử bước này" links carry: `?buoc=p1-b3`. */
export const STEP_PARAM = 'buoc';

const runtimes = new Map<string, SimulatorRuntime>();

interface Props {
  scenario: ScenarioId;
  /** The guide's wording, read at build time, so no YAML reaches the browser. */
  guideSteps: GuideStepView[];
  headingLevel: 2 | 3;
  /**
   * A trainer's live slide: a fresh run in this mode, kept in memory only, so a learner's saved runs and
   * results on this browser are neither read nor overwritten; it opens at the guide step the page puts in
   * the island element's OPEN_AT_ATTRIBUTE, and again each time the page sets it. Without it the saved run
   * resumes and the address's `?buoc=` / `?che-do=` apply.
   */
  freshRunIn?: Mode | undefined;
}

interface Loaded {
  parts: ScenarioParts;
  runtime: SimulatorRuntime;
  /** Whether `?buoc=` opened the run at a step. */
  openedAtStep: boolean;
  /** A live slide's: the step the page asked for when this run was made (the page waits for it to match). */
  madeFor?: string | null;
}

/** The runtime of a page's scenario, with `?buoc=` / `?che-do=` applied and then taken off the address. */
function runtimeFor(parts: ScenarioParts, freshRunIn: Mode | undefined, openAt: string | null): Omit<Loaded, 'parts'> {
  if (freshRunIn) {
    // A new runtime each time, so the Shell's demo player starts clean (nothing to step back to).
    const runtime = createRuntime(parts.source, Date.now, { runs: 'memory' });
    if (openAt === null || !runtime.openAt(openAt, freshRunIn)) runtime.setMode(freshRunIn);
    // The deck keeps the target in view itself.
    return { runtime, openedAtStep: false };
  }
  const runtime = runtimes.get(parts.source.id) ?? createRuntime(parts.source);
  runtimes.set(parts.source.id, runtime);
  const url = new URL(window.location.href);
  const step = url.searchParams.get(STEP_PARAM);
  const mode = modeFromSlug(url.searchParams.get(MODE_PARAM));
  const opened = step !== null && runtime.openAt(step);
  if (!opened && mode) runtime.setMode(mode);
  if (url.searchParams.has(STEP_PARAM) || url.searchParams.has(MODE_PARAM)) {
    // Read once (an unknown value is ignored): a reload then resumes like any other run instead of starting over.
    url.searchParams.delete(STEP_PARAM);
    url.searchParams.delete(MODE_PARAM);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return { runtime, openedAtStep: opened };
}

/** The guide step the run is at (none once it is over), for a page that follows the simulator. */
function useDueGuideStep(runtime: SimulatorRuntime | undefined): string | undefined {
  // Read in render, not kept in state: the first render of a new run must already say where it is.
  const [, rerender] = useState(0);
  useEffect(() => runtime?.$run.listen(() => rerender((count) => count + 1)), [runtime]);
  return runtime ? currentSteps(runtime.$scenario.get(), runtime.$run.get())[0]?.guideStep : undefined;
}

export function SimulatorIsland({ scenario, guideSteps, headingLevel, freshRunIn }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const dueGuideStep = useDueGuideStep(freshRunIn ? loaded?.runtime : undefined);

  useEffect(() => {
    let current = true;
    const host = freshRunIn ? sectionRef.current?.parentElement : null;
    const open = () =>
      void loadScenario(scenario).then(async (parts) => {
        // Evaluating the scenario's code and drawing its first screen are two tasks, not one long one that a
        // slow phone's tap would wait behind.
        await yieldToBrowser();
        if (current) {
          const openAt = host?.getAttribute(OPEN_AT_ATTRIBUTE) ?? null;
          setLoaded({ parts, ...runtimeFor(parts, freshRunIn, openAt), madeFor: openAt });
        }
      });
    open();
    const moved = host ? new MutationObserver(open) : null;
    if (host) moved?.observe(host, { attributes: true, attributeFilter: [OPEN_AT_ATTRIBUTE] });
    return () => {
      current = false;
      moved?.disconnect();
    };
  }, [scenario, freshRunIn]);

  return (
    <section
      class="sim not-content"
      aria-labelledby="sim-title"
      data-simulator={scenario}
      data-due-step={dueGuideStep}
      data-made-for={loaded?.madeFor ?? undefined}
      ref={sectionRef}
    >
      {loaded ? (
        <Shell
          runtime={loaded.runtime}
          screens={loaded.parts.screens}
          persona={loaded.parts.persona}
          guideSteps={guideSteps}
          headingLevel={headingLevel}
          openedAtStep={loaded.openedAtStep}
        />
      ) : (
        <p class="sim-loading" id="sim-title">
          {ui.loading}
        </p>
      )}
    </section>
  );
}
