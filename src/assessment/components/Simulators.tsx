/**
 * Simulator results, read from the simulators' own store. A simulator that does not exist yet is shown
 * as such, never as passed, and does not count.
 */
import type { SimulatorResults } from '../../simulator/results';
import { t } from '../strings';
import { sectionIds, testResult } from '../summary';
import type { SimulatorView } from '../types';

interface Props {
  simulators: SimulatorView[];
  results: SimulatorResults;
}

export function Simulators({ simulators, results }: Props) {
  return (
    <section id={sectionIds.simulators} class="sa-section" aria-labelledby="mo-phong-tieu-de">
      <h2 id="mo-phong-tieu-de">{t.simulators.heading}</h2>
      <p>{t.simulators.intro}</p>
      <ul class="sa-simulators">
        {simulators.map((simulator) => {
          const result = simulator.available ? testResult(results, simulator.id) : undefined;
          const status = !simulator.available
            ? t.simulators.unavailable
            : !result
              ? t.simulators.notTaken
              : result.passed
                ? t.simulators.passed(result.bestScore, result.maxScore, result.completedAt)
                : t.simulators.notPassed(result.bestScore, result.maxScore);
          return (
            <li key={simulator.id} class={result?.passed ? 'sa-met' : undefined}>
              <strong>{simulator.title}</strong>
              <br />
              <span aria-hidden="true">{!simulator.available ? '… ' : result?.passed ? '✓ ' : '○ '}</span>
              {status}{' '}
              {simulator.href ? (
                <a href={simulator.href}>{t.simulators.open}</a>
              ) : (
                <>
                  {t.simulators.meanwhile} <a href={simulator.guideHref}>{simulator.guideLabel}</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
