/**
 * The knowledge quiz, one question at a time: choose, answer, read the explanation, go on. The
 * attempt is saved after every step, so a reload continues where the person was.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reachesPassMark } from '../../result-file/validate';
import { attemptFits, isCorrect, isShowingResult, percentOf, questionById, scoreOf } from '../quiz';
import type { QuizState } from '../state';
import { answerQuestion, chooseOption, nextQuestion, startQuiz } from '../stores';
import { t } from '../strings';
import { sectionIds } from '../summary';
import type { QuizView } from '../types';

interface Props {
  quiz: QuizView;
  state: QuizState;
}

export function Quiz({ quiz, state }: Props) {
  const attempt = state.attempt && attemptFits(state.attempt, quiz) ? state.attempt : null;
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [needChoice, setNeedChoice] = useState(false);
  const focusable = { question: questionHeading, next: nextButton, result: resultHeading };
  // Where focus goes after a step: the new question, the feedback's button, or the result.
  const focusTarget = useRef<keyof typeof focusable | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    const element = target ? focusable[target].current : null;
    // Kept until the element is drawn: another part of the page (the save status) may render first.
    if (!element) return;
    focusTarget.current = null;
    element.focus();
  });

  const start = () => {
    focusTarget.current = 'question';
    setNeedChoice(false);
    startQuiz(quiz, new Date());
  };

  const intro = <p>{t.quiz.intro(quiz.questionsPerAttempt, quiz.questions.length, quiz.passPercent)}</p>;
  const best = state.best && (
    <p class="sa-best">
      <strong>
        {t.quiz.best(state.best.bestScore, state.best.maxScore, state.best.passed, state.best.completedAt)}
      </strong>
    </p>
  );

  let body;
  if (!attempt) {
    body = (
      <>
        {intro}
        {best}
        <button type="button" class="site-button site-button--primary" onClick={start}>
          {state.best ? t.quiz.retake : t.quiz.start}
        </button>
      </>
    );
  } else if (isShowingResult(attempt)) {
    const score = scoreOf(attempt, quiz);
    const max = attempt.questionIds.length;
    const passed = reachesPassMark(score, max, quiz.passPercent);
    body = (
      <div class="sa-result">
        <h3 ref={resultHeading} tabIndex={-1}>
          {t.quiz.result(score, max, percentOf(score, max))}
        </h3>
        <p class={passed ? 'sa-pass' : 'sa-fail'}>
          <strong>{passed ? t.quiz.passed(quiz.passPercent) : t.quiz.failed(quiz.passPercent)}</strong>
        </p>
        {best}
        <button type="button" class="site-button site-button--primary" onClick={start}>
          {t.quiz.retake}
        </button>
      </div>
    );
  } else {
    const id = attempt.questionIds[attempt.index]!;
    const question = questionById(quiz, id)!;
    const chosen = attempt.chosen[id] ?? [];
    const answered = attempt.answered.includes(id);
    const right = answered && isCorrect(question, chosen);
    const last = attempt.index === attempt.questionIds.length - 1;
    const order = attempt.optionOrder[id] ?? question.options.map((option) => option.id);
    const hintId = `cau-hoi-${id}-goi-y`;
    const errorId = `cau-hoi-${id}-loi`;
    body = (
      <form
        class="sa-question"
        onSubmit={(event) => {
          event.preventDefault();
          if (answered) return;
          if (chosen.length === 0) {
            setNeedChoice(true);
            return;
          }
          setNeedChoice(false);
          focusTarget.current = 'next';
          answerQuestion(quiz, new Date());
        }}
      >
        <p class="sa-hint">{t.quiz.progress(attempt.index + 1, attempt.questionIds.length)}</p>
        <fieldset aria-describedby={needChoice && !answered ? `${hintId} ${errorId}` : hintId}>
          <legend>
            <h3 ref={questionHeading} tabIndex={-1} class="sa-question-text">
              {question.question}
            </h3>
          </legend>
          <p id={hintId} class="sa-hint">
            {question.kind === 'single' ? t.quiz.single : t.quiz.multiple}
          </p>
          <div class="sa-options">
            {order.map((optionId) => {
              const option = question.options.find((candidate) => candidate.id === optionId);
              if (!option) return null;
              const inputId = `cau-hoi-${id}-${option.id}`;
              const ticked = chosen.includes(option.id);
              const mark = answered ? (option.correct ? 'right' : ticked ? 'wrong' : null) : null;
              return (
                <label key={option.id} for={inputId} class={`sa-option${mark ? ` sa-option-${mark}` : ''}`}>
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    id={inputId}
                    name={`cau-hoi-${id}`}
                    value={option.id}
                    checked={ticked}
                    disabled={answered}
                    onChange={(event) => {
                      setNeedChoice(false);
                      chooseOption(question, option.id, event.currentTarget.checked, new Date());
                    }}
                  />
                  <span>
                    {option.text}
                    {mark === 'right' && <strong class="sa-mark"> ✓ {t.quiz.rightAnswer}</strong>}
                    {mark === 'wrong' && <strong class="sa-mark"> ✗ {t.quiz.yourWrongChoice}</strong>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {needChoice && !answered && (
          <p id={errorId} class="sa-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t.quiz.chooseFirst}
          </p>
        )}
        <div role="status" class="sa-feedback-region">
          {answered && (
            <div class={`sa-feedback ${right ? 'sa-pass' : 'sa-fail'}`}>
              <p>
                <strong>{right ? t.quiz.correct : t.quiz.incorrect}</strong> {question.explanation}
              </p>
              {question.sourceHref && (
                <p>
                  {t.quiz.readMore} <a href={question.sourceHref}>{question.sourceLabel}</a>
                </p>
              )}
            </div>
          )}
        </div>
        {answered ? (
          <button
            type="button"
            ref={nextButton}
            class="site-button site-button--primary"
            onClick={() => {
              focusTarget.current = last ? 'result' : 'question';
              nextQuestion(new Date());
            }}
          >
            {last ? t.quiz.seeResult : t.quiz.next}
          </button>
        ) : (
          <button type="submit" class="site-button site-button--primary">
            {t.quiz.submit}
          </button>
        )}
      </form>
    );
  }

  return (
    <section id={sectionIds.quiz} class="sa-section" aria-labelledby="bai-kiem-tra-tieu-de">
      <h2 id="bai-kiem-tra-tieu-de">{t.quiz.heading}</h2>
      {body}
    </section>
  );
}
