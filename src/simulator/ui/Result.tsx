/** The end of a run: the score and verdict in Kiểm tra, what went right, and each mistake by guide step. */
import { useStore } from '@nanostores/preact';
import { scoreOf } from '../engine/scoring';
import type { SimulatorRuntime } from '../runtime/session';
import type { GuideStepView } from './guide-step';
import { ui } from './strings';

interface ResultProps {
  runtime: SimulatorRuntime;
  guideSteps: GuideStepView[];
  Heading: 'h3' | 'h4';
  headingRef: { current: HTMLHeadingElement | null };
}

export function Result({ runtime, guideSteps, Heading, headingRef }: ResultProps) {
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
