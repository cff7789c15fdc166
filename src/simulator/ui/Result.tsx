/**
 * The end of a run: the score and verdict in Kiểm tra, what went right, and each mistake by guide step,
 * with the way back to that step in the guide and in the simulator; then a new test or the
 * self-assessment. The count of mistakes and the list are the same misses (scoring.ts).
 */
import { useStore } from '@nanostores/preact';
import { withBase } from '../../navigation/paths';
import { scoreOf } from '../engine/scoring';
import type { SimulatorRuntime } from '../runtime/session';
import type { GuideStepView } from './guide-step';
import { ui } from './strings';

interface ResultProps {
  runtime: SimulatorRuntime;
  guideSteps: GuideStepView[];
  Heading: 'h3' | 'h4';
  headingRef: { current: HTMLHeadingElement | null };
  /** "Làm bài kiểm tra mới": a fresh run in this mode. */
  onRestart: () => void;
}

/** Each distinct miss once, with how many times it was made, so the lines add up to the count. */
function tally(misses: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const miss of misses) counts.set(miss, (counts.get(miss) ?? 0) + 1);
  return [...counts];
}

export function Result({ runtime, guideSteps, Heading, headingRef, onRestart }: ResultProps) {
  const run = useStore(runtime.$run);
  const scenario = useStore(runtime.$scenario);
  const score = scoreOf(scenario, run);
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
          {mistakes.map((step) => {
            const guideStep = guideSteps.find((candidate) => candidate.id === step.guideStep);
            const label = guideStep?.label ?? step.guideStep;
            return (
              <li>
                <strong>{label}:</strong> {step.instruction} {step.hinted && <em>{ui.hinted}</em>}
                {step.misses.length > 0 && (
                  <ul>
                    {tally(step.misses).map(([miss, times]) => (
                      <li>
                        {miss}
                        {times > 1 && ` ${ui.times(times)}`}
                      </li>
                    ))}
                  </ul>
                )}
                <p class="sim-mistake-actions">
                  {guideStep && (
                    <a class="site-button" href={guideStep.href}>
                      {ui.readStep(label)}
                    </a>
                  )}
                  <button type="button" class="site-button" onClick={() => runtime.openAt(step.stepId)}>
                    {ui.retryStep}
                    <span class="sr-only"> – {label}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {test ? (
        <p class="sim-result-actions">
          <button type="button" class="site-button" onClick={onRestart}>
            {ui.newTest}
          </button>
          <a class="site-button" href={withBase('/tu-danh-gia/')}>
            {ui.toSelfAssessment}
          </a>
        </p>
      ) : (
        <p>{ui.tryTest}</p>
      )}
    </section>
  );
}
