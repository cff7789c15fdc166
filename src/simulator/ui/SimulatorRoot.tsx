/**
 * What every scenario's island does: one runtime per page (the embedded and the full-screen simulator
 * never meet on one page), the `?buoc=` and `?che-do=` links acted on once, and the server-rendered
 * placeholder until the browser, where saved progress lives, has the runtime.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MODE_PARAM, modeFromSlug } from '../catalogue';
import type { ScenarioSource } from '../engine/types';
import { createRuntime, type SimulatorRuntime } from '../runtime/session';
import { Shell, type GuideStepView, type PersonaRow } from './Shell';
import { ui } from './strings';

/** The query parameter "Thử bước này" links carry: `?buoc=p1-b3`. */
export const STEP_PARAM = 'buoc';

const runtimes = new Map<string, SimulatorRuntime>();

/** What the page passes in: the guide's wording, read at build time, so no YAML reaches the browser. */
export interface IslandProps {
  guideSteps: GuideStepView[];
  headingLevel: 2 | 3;
}

interface Props extends IslandProps {
  source: ScenarioSource;
  screens: Record<string, FunctionComponent>;
  persona: PersonaRow[];
}

export function SimulatorRoot({ source, screens, persona, guideSteps, headingLevel }: Props) {
  const [runtime, setRuntime] = useState<SimulatorRuntime | null>(null);

  useEffect(() => {
    const shared = runtimes.get(source.id) ?? createRuntime(source);
    runtimes.set(source.id, shared);
    const url = new URL(window.location.href);
    const step = url.searchParams.get(STEP_PARAM);
    const mode = modeFromSlug(url.searchParams.get(MODE_PARAM));
    const opened = step !== null && shared.openAt(step);
    if (!opened && mode) shared.setMode(mode);
    if (url.searchParams.has(STEP_PARAM) || url.searchParams.has(MODE_PARAM)) {
      // Read once (an unknown value is ignored): a reload then resumes like any other run instead of starting over.
      url.searchParams.delete(STEP_PARAM);
      url.searchParams.delete(MODE_PARAM);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
    setRuntime(shared);
  }, [source]);

  return (
    <section class="sim not-content" aria-labelledby="sim-title" data-simulator={source.id}>
      {runtime ? (
        <Shell
          runtime={runtime}
          screens={screens}
          persona={persona}
          guideSteps={guideSteps}
          headingLevel={headingLevel}
        />
      ) : (
        <p class="sim-loading" id="sim-title">
          {ui.loading}
        </p>
      )}
    </section>
  );
}
