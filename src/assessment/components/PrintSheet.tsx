/**
 * "Phiếu tự đánh giá" on one A4 page, for offices that keep paper: the header of an administrative
 * document (Nghị định 30/2020/NĐ-CP), the person, each item, the quiz and simulators, and two
 * signature blocks. Rendered into its own element under <body> and shown only when printing.
 */
import { useStore } from '@nanostores/preact';
import { formatDocumentDate } from '../../dates';
import { simulatorResults } from '../../simulator/results';
import { answerOf, dossierCounts } from '../form';
import { checklistStore, exportStore, profileStore, quizStore } from '../stores';
import { t } from '../strings';
import { computeSummary, testResult } from '../summary';
import type { AssessmentContent } from '../types';
import { lastUpdated } from '../state';

export function PrintSheet({ content }: { content: AssessmentContent }) {
  const profile = useStore(profileStore);
  const checklist = useStore(checklistStore);
  const quiz = useStore(quizStore);
  const lastExport = useStore(exportStore);
  const results = useStore(simulatorResults);
  const summary = computeSummary(content, profile, checklist, quiz, results);
  const counts = dossierCounts(content, checklist);
  const unit = content.organisation.units.find((candidate) => candidate.id === profile.unitId);
  const updated = lastUpdated(profile, checklist, quiz);
  const exportCurrent = lastExport && (!updated || new Date(updated) <= new Date(lastExport.exportedAt));
  const now = new Date();
  const { organisation } = content;

  return (
    <article class="sa-sheet">
      <header class="sa-sheet-header">
        <div>
          <p>{organisation.current.parent.toUpperCase()}</p>
          <p class="sa-sheet-issuer">{organisation.current.shortName.toUpperCase()}</p>
        </div>
        <div>
          <p class="sa-sheet-nation">{t.print.nation}</p>
          <p class="sa-sheet-motto">{t.print.motto}</p>
          <p class="sa-sheet-date">
            {organisation.place}, {formatDocumentDate(now)}
          </p>
        </div>
      </header>
      <h1 class="sa-sheet-title">{t.print.title}</h1>
      <p class="sa-sheet-subtitle">{t.print.subtitle(organisation.year)}</p>
      <dl class="sa-sheet-person">
        <div>
          <dt>{t.print.name}</dt>
          <dd>{profile.name.trim() || t.print.blank}</dd>
        </div>
        <div>
          <dt>{t.print.unit}</dt>
          <dd>{unit?.name ?? t.print.blank}</dd>
        </div>
        <div>
          <dt>{t.print.staffCode}</dt>
          <dd>{profile.staffCode.trim() || t.print.blank}</dd>
        </div>
        {profile.personId && (
          <div>
            <dt>{t.print.personId}</dt>
            <dd class="sa-sheet-code">{profile.personId}</dd>
          </div>
        )}
      </dl>
      <table class="sa-sheet-table">
        <thead>
          <tr>
            <th>{t.print.colNumber}</th>
            <th>{t.print.colItem}</th>
            <th>{t.print.colAnswer}</th>
            <th>{t.print.colDetail}</th>
          </tr>
        </thead>
        <tbody>
          {content.checklist.map((item, index) => {
            const answer = answerOf(checklist, item.id);
            const detail =
              answer.answer === 'done'
                ? answer.date.trim()
                : answer.answer === 'not-applicable'
                  ? answer.reason.trim()
                  : '';
            return (
              <tr key={item.id}>
                <td>{index + 1}</td>
                <td>
                  {item.title}{' '}
                  <span class="sa-sheet-requirement">({t.checklist.requirementTag(item.requirement)})</span>
                </td>
                <td>{answer.answer ? t.checklist.answers[answer.answer] : t.print.unanswered}</td>
                <td>{detail}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t.print.dossiers(
          organisation.year,
          counts.submittedOnline === null ? t.print.unknown : String(counts.submittedOnline),
          counts.reusedDigitised === null ? t.print.unknown : String(counts.reusedDigitised),
        )}
      </p>
      <p>
        <strong>{t.print.quiz}</strong>{' '}
        {quiz.best
          ? t.print.quizResult(quiz.best.bestScore, quiz.best.maxScore, quiz.best.passed, quiz.best.completedAt)
          : t.print.quizNone}
      </p>
      <p>
        <strong>{t.print.simulatorsLabel}</strong>{' '}
        {content.simulators
          .map((simulator) => {
            const result = testResult(results, simulator.id);
            const status = result?.passed
              ? t.print.simulatorPassed(result.bestScore, result.maxScore, result.completedAt)
              : t.print.simulatorNotPassed;
            return `${simulator.title}: ${status}`;
          })
          .join('; ')}
        .
      </p>
      {checklist.note.trim() && (
        <p>
          <strong>{t.print.note}</strong> {checklist.note.trim()}
        </p>
      )}
      <p>
        <strong>{t.print.completion(summary.done, summary.total, summary.percent)}</strong>
      </p>
      {exportCurrent && (
        <p class="sa-sheet-small">
          {t.print.lastExport(lastExport.fileName, lastExport.exportedAt, lastExport.checksum)}
        </p>
      )}
      <div class="sa-sheet-signatures">
        <div>
          <p class="sa-sheet-sign-title">{t.print.headSign}</p>
          <p class="sa-sheet-sign-hint">{t.print.signHint}</p>
        </div>
        <div>
          <p class="sa-sheet-sign-title">{t.print.selfSign}</p>
          <p class="sa-sheet-sign-hint">{t.print.signHint}</p>
          <p class="sa-sheet-sign-name">{profile.name.trim()}</p>
        </div>
      </div>
      <p class="sa-sheet-small sa-sheet-footer">
        {t.print.footer} {organisation.contact}.
      </p>
    </article>
  );
}
