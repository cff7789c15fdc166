/** "Bạn đang ở đâu": percent complete, what is missing with where to fix it, the three requirements. */
import type { Summary as SummaryData } from '../summary';
import { sectionIds, SUMMARY_HEADING_ID } from '../summary';
import type { ExportRecord } from '../state';
import { t } from '../strings';

interface Props {
  summary: SummaryData;
  lastExport: ExportRecord | null;
  /** Whether something changed after the last export. */
  changedSinceExport: boolean;
}

export function Summary({ summary, lastExport, changedSinceExport }: Props) {
  return (
    <section id={sectionIds.summary} class="sa-section sa-summary" aria-labelledby={SUMMARY_HEADING_ID}>
      <h2 id={SUMMARY_HEADING_ID} tabIndex={-1}>
        {t.summary.heading}
      </h2>
      <p class="sa-progress-text">
        <strong>{t.summary.progress(summary.done, summary.total, summary.percent)}</strong>
      </p>
      <div class="sa-bar" aria-hidden="true">
        <span style={{ width: `${summary.percent}%` }} />
      </div>
      {summary.missing.length === 0 ? (
        <p>{t.summary.allDone}</p>
      ) : (
        <>
          <h3>{t.summary.missingHeading}</h3>
          <ul class="sa-missing">
            {summary.missing.map((entry) => (
              <li key={entry.key}>
                <a href={entry.anchor}>{entry.text}</a>
                {entry.guide && (
                  <>
                    {' – '}
                    <a href={entry.guide.href}>{entry.guide.label}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.summary.requirementsHeading}</h3>
      <ul class="sa-requirements">
        {summary.requirements.map((requirement) => {
          const met = requirement.done === requirement.total;
          return (
            <li key={requirement.number} class={met ? 'sa-met' : undefined}>
              <span aria-hidden="true">{met ? '✓ ' : '○ '}</span>
              {t.summary.requirement(requirement.number, requirement.title)}:{' '}
              <strong>
                {met ? t.summary.requirementDone : t.summary.requirementNotDone(requirement.done, requirement.total)}
              </strong>
            </li>
          );
        })}
      </ul>
      {summary.reuse && (
        <p>
          {t.summary.reuseRatio(
            summary.reuse.reused,
            summary.reuse.submitted,
            summary.reuse.percent,
            summary.reuse.target,
          )}
        </p>
      )}
      {lastExport && (
        <p class="sa-hint">
          {t.summary.exported(lastExport.fileName, lastExport.exportedAt)}{' '}
          {changedSinceExport && <strong>{t.summary.exportedStale}</strong>}
        </p>
      )}
      <p>
        <a href={`#${sectionIds.file}`}>{t.file.export} ↓</a>
      </p>
    </section>
  );
}
