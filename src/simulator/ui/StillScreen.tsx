/**
 * One screen of a scenario as a still picture, for a guide's figure: the learning run played up to a
 * step, drawn by the simulator's own screens with their controls as text. Rendered at build time only,
 * so a figure costs the reader no JavaScript and the guide and the simulator cannot drift apart.
 */
import type { FunctionComponent } from 'preact';
import { currentScreen, replayTo, stepIndexOf } from '../engine/machine';
import type { ScenarioSource } from '../engine/types';
import { SimContext, type SimContextValue } from './context';

export interface StillProps {
  /** The scenario step (or guide step) the picture shows, as the screen is when that step is due; none for the end. */
  at?: string | undefined;
  /** The control marked "bấm vào đây", if any. */
  highlight?: string | undefined;
}

interface Props extends StillProps {
  source: ScenarioSource;
  screens: Record<string, FunctionComponent>;
}

export function StillScreen({ source, screens, at, highlight }: Props) {
  const scenario = source.build('guided', 0);
  const index = at === undefined ? scenario.steps.length : stepIndexOf(scenario, at);
  if (index < 0) throw new Error(`Scenario ${source.id} has no step "${at}" to draw`);
  const run = replayTo(scenario, 'guided', 0, index, 0);
  const Screen = screens[currentScreen(scenario, run)];
  if (!Screen) throw new Error(`Scenario ${source.id} has no screen for step "${at}"`);
  const context: SimContextValue = {
    dispatch: () => null,
    inform: () => undefined,
    fieldValue: (target) => run.fields[target] ?? '',
    highlight: highlight ?? null,
    run,
    scenario,
    headingLevel: 3,
    still: true,
    task: null,
    returnFocusTo: () => undefined,
  };
  return (
    <div class="sim-still">
      <SimContext.Provider value={context}>
        <Screen />
      </SimContext.Provider>
    </div>
  );
}
