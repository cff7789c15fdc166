/** Simulator results, read from the simulators' own store: each simulator's best Kiểm tra, and a link to it. */
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
          const result = testResult(results, simulator.id);
          const status = !result
            ? t.simulators.notTaken
            : result.passed
              ? t.simulators.passed(result.bestScore, result.maxScore, result.completedAt)
              : t.simulators.notPassed(result.bestScore, result.maxScore);
          return (
            <li key={simulator.id} class={result?.passed ? 'sa-met' : undefined}>
              <strong>{simulator.title}</strong>
              <br />
              <span aria-hidden="true">{result?.passed ? '✓ ' : '○ '}</span>
              {status} <a href={simulator.href}>{t.simulators.open}</a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
