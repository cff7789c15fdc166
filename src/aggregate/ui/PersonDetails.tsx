/**
 * One person's file, in full: every checklist answer with its date and reason, the dossier counts, the
 * quiz and simulator tests in their three states, the note, and where the figures came from. Names and
 * every text from a file sit in <bdi>, so a right-to-left character cannot reorder the page around them.
 */
import { formatDateTime } from '../../dates';
import { itemLabel, simulatorLabel } from '../export-table';
import type { Person } from '../ingest';
import { quizState, simulatorState } from '../report';
import { ANSWER_TEXT, formatCount, reportStrings as rs, summaryStrings as ss, testStateText } from '../strings';
import type { AggregateConfig } from '../types';

const p = rs.person;

/** "Nguyễn Văn An (NV-01)", isolated from the text around it. */
export function PersonName({ person }: { person: Pick<Person['file']['content']['person'], 'name' | 'staffCode'> }) {
  return (
    <>
      <bdi>{person.name}</bdi>
      {person.staffCode ? (
        <>
          {' ('}
          <bdi>{person.staffCode}</bdi>
          {')'}
        </>
      ) : null}
    </>
  );
}

const count = (n: number | null) => (n === null ? p.unknown : formatCount(n));
const day = (date: string | null) => (date ? date.split('-').reverse().join('/') : '');

export function PersonDetails({ person, config }: { person: Person; config: AggregateConfig }) {
  const c = person.file.content;
  const unitName = config.units.find((unit) => unit.id === c.person.unitId)?.name ?? c.person.unitId;
  return (
    <div class="agg-person">
      {person.hiddenCharacters && <p class="agg-warning">{ss.hiddenCharacters}</p>}
      <table class="agg-person-table">
        <caption>{p.answers}</caption>
        <thead>
          <tr>
            <th scope="col">{p.item}</th>
            <th scope="col">{p.answer}</th>
            <th scope="col">{p.date}</th>
            <th scope="col">{p.reason}</th>
          </tr>
        </thead>
        <tbody>
          {config.checklist.map((item) => {
            const entry = c.checklist.find((e) => e.id === item.id);
            return (
              <tr key={item.id}>
                <th scope="row">{itemLabel(config, item.id)}</th>
                <td>{ANSWER_TEXT[entry?.answer ?? 'unanswered']}</td>
                <td>{day(entry?.date ?? null)}</td>
                <td>{entry?.reason ? <bdi>{entry.reason}</bdi> : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl class="agg-person-facts">
        <div>
          <dt>{p.dossiers(c.dossiers.year)}</dt>
          <dd>
            {p.submitted}: {count(c.dossiers.submittedOnline)}; {p.reused}: {count(c.dossiers.reusedDigitised)}
          </dd>
        </div>
        <div>
          <dt>{p.quiz}</dt>
          <dd>{testStateText(quizState(c.quiz))}</dd>
        </div>
        {config.simulators.map((simulator) => (
          <div key={simulator.id}>
            <dt>{simulatorLabel(config, simulator.id)}</dt>
            <dd>{testStateText(simulatorState(c.simulators.find((s) => s.id === simulator.id)))}</dd>
          </div>
        ))}
        <div>
          <dt>{p.note}</dt>
          <dd>{c.note ? <bdi class="agg-pre">{c.note}</bdi> : p.noNote}</dd>
        </div>
        <div>
          <dt>{p.file}</dt>
          <dd>
            <bdi class="agg-file-name">{person.file.fileName}</bdi>; {ss.exportedAt} {formatDateTime(c.exportedAt)}
            {person.fileCount > 1 ? `; ${p.filesMerged(person.fileCount)}` : ''}; {p.otherUnit(unitName)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
