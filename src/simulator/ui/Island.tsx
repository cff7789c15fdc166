/**
 * The one simulator island, for every scenario: it loads the scenario's code by its id (a chunk
 * of its own, so each page fetches only its scenario), keeps one runtime per scenario and page (the
 * embedded and the full-screen simulator never meet on one page), acts once on the `?buoc=` and
 * `?che-do=` links, and shows the server-rendered placeholder until the browser, where saved progress
 * lives, has the runtime.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Mode } from '../engine/types';
import { MODE_PARAM, modeFromSlug } from '../mode-links';
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
   * Opens a fresh run in this mode whatever was saved (a trainer's live slide starts the demo from the
   * beginning each time); without it the saved run resumes and the address's `?buoc=` / `?che-do=` apply.
   */
  freshRunIn?: Mode | undefined;
}

interface Loaded {
  parts: ScenarioParts;
  runtime: SimulatorRuntime;
  /** Whether `?buoc=` opened the run at a step. */
  openedAtStep: boolean;
}

/** The runtime of a page's scenario, with `?buoc=` / `?che-do=` applied and then taken off the address. */
function runtimeFor(parts: ScenarioParts, freshRunIn: Mode | undefined): Omit<Loaded, 'parts'> {
  const runtime = runtimes.get(parts.source.id) ?? createRuntime(parts.source);
  runtimes.set(parts.source.id, runtime);
  if (freshRunIn) {
    runtime.setMode(freshRunIn);
    runtime.restart();
    return { runtime, openedAtStep: false };
  }
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

export function SimulatorIsland({ scenario, guideSteps, headingLevel, freshRunIn }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    void loadScenario(scenario).then((parts) => {
      if (current) setLoaded({ parts, ...runtimeFor(parts, freshRunIn) });
    });
    return () => {
      current = false;
    };
  }, [scenario, freshRunIn]);

  return (
    <section class="sim not-content" aria-labelledby="sim-title" data-simulator={scenario}>
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
