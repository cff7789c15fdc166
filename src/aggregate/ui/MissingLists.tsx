/**
 * Who to chase: for each checklist item (and the quiz), the people still missing it, by unit, sorted
 * by tên. Each list is a closed <details> whose names are only rendered once it is opened, so 5,000
 * people do not cost the page anything until someone looks.
 */
import { useState } from 'preact/hooks';
import { itemLabel } from '../export-table';
import type { MissingList, Report } from '../report';
import type { RosterPerson } from '../roster';
import { formatCount, reportStrings as s, testStateText } from '../strings';
import type { AggregateConfig } from '../types';
import { Paged } from './Paged';
import { PersonName } from './PersonDetails';

function Lazy({ summary, children }: { summary: string; children: () => preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="agg-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div class="agg-details-body">{children()}</div>}
    </details>
  );
}

function MissingBlock({ list, label }: { list: MissingList; label: string }) {
  return (
    <Lazy summary={s.missingSummary(label, list.total)}>
      {() =>
        list.total === 0 ? (
          <p>{s.noneMissing}</p>
        ) : (
          list.byUnit.map((unit) => (
            <section key={unit.unitId} class="agg-missing-unit">
              <h3>
                {unit.unitName} ({formatCount(unit.people.length)})
              </h3>
              <Paged
                items={unit.people}
                render={(person, i) => (
                  <li key={i}>
                    <PersonName person={person} /> —{' '}
                    {person.test ? testStateText(person.test) : s.answer[person.answer]}
                  </li>
                )}
              />
            </section>
          ))
        )
      }
    </Lazy>
  );
}

export function MissingLists({ report, config }: { report: Report; config: AggregateConfig }) {
  return (
    <>
      <p>{s.missingIntro}</p>
      {report.missing.map((list) => (
        <MissingBlock
          key={list.id}
          list={list}
          label={list.kind === 'quiz' ? s.quizMissing : itemLabel(config, list.id)}
        />
      ))}
    </>
  );
}

/** Per checklist item, who said "Không áp dụng" and the reason they gave. */
export function NotApplicableLists({ report, config }: { report: Report; config: AggregateConfig }) {
  const lists = report.notApplicable.filter((list) => list.total > 0);
  if (lists.length === 0) return null;
  return (
    <>
      <h3>{s.notApplicableHeading}</h3>
      <p>{s.notApplicableIntro}</p>
      {lists.map((list) => (
        <Lazy key={list.id} summary={s.notApplicableSummary(itemLabel(config, list.id), list.total)}>
          {() =>
            list.byUnit.map((unit) => (
              <section key={unit.unitId} class="agg-missing-unit">
                <h4>
                  {unit.unitName} ({formatCount(unit.people.length)})
                </h4>
                <Paged
                  items={unit.people}
                  render={(person, i) => (
                    <li key={i}>
                      <PersonName person={person} />: {person.reason ? <bdi>{person.reason}</bdi> : s.noReason}
                    </li>
                  )}
                />
              </section>
            ))
          }
        </Lazy>
      ))}
    </>
  );
}

export function NotSentList({
  lists,
  total,
}: {
  lists: Array<{ unitId: string; unitName: string; people: RosterPerson[] }>;
  total: number;
}) {
  if (total === 0) return <p>{s.notSentNone}</p>;
  return (
    <Lazy summary={s.notSentHeading(total)}>
      {() =>
        lists.map((unit) => (
          <section key={unit.unitId} class="agg-missing-unit">
            <h3>
              {unit.unitName} ({formatCount(unit.people.length)})
            </h3>
            <Paged
              items={unit.people}
              render={(person, i) => (
                <li key={i}>
                  <PersonName person={person} />
                </li>
              )}
            />
          </section>
        ))
      }
    </Lazy>
  );
}
