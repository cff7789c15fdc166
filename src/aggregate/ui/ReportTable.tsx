/**
 * The report by unit: a real <table> (caption, column and row headers) so screen readers can move by
 * cell, with sortable headers (a button in each <th>, aria-sort on the sorted one). The total row sits
 * in <tfoot> and never moves. Wide, so it scrolls inside a focusable region on a phone.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { itemLabel, simulatorLabel } from '../export-table';
import { percentOf, type Fraction, type Report, type TargetResult, type UnitReport } from '../report';
import type { Person } from '../ingest';
import { formatCount, formatPercent, reportStrings as s, TARGET_LABELS } from '../strings';
import type { AggregateConfig } from '../types';
import { Paged } from './Paged';
import { PersonDetails, PersonName } from './PersonDetails';
import { Verdict } from './Verdict';

interface Column {
  key: string;
  label: string;
  /** The value sorted on (null sorts last). */
  value: (unit: UnitReport) => number | null;
  cell: (unit: UnitReport) => preact.ComponentChildren;
}

const fraction = (f: Fraction) => (
  <>
    <span class="agg-num">{formatPercent(percentOf(f.done, f.of))}</span>
    <span class="agg-sub">
      {formatCount(f.done)}/{formatCount(f.of)}
    </span>
  </>
);

const target = (result: TargetResult, sub: string) => (
  <>
    <span class="agg-num">{formatPercent(result.percent)}</span>
    <span class="agg-sub">{sub}</span>
    <Verdict result={result} />
  </>
);

function columns(config: AggregateConfig, usualSource: UnitReport['expectedSource']): Column[] {
  return [
    {
      key: 'respondents',
      label: s.respondents,
      value: (u) => (u.expected ? u.respondents / u.expected : null),
      cell: (u) => (
        <>
          <span class="agg-num">
            {formatCount(u.respondents)}/{u.expected === null ? '?' : formatCount(u.expected)}
          </span>
          {/* Said once in the caption; repeated only where a unit differs (no roster entry, no headcount). */}
          {u.expectedSource !== usualSource && <span class="agg-sub">{s.headcountNote(u.expectedSource)}</span>}
          {u.offRoster > 0 && <span class="agg-sub">{s.offRoster(u.offRoster)}</span>}
        </>
      ),
    },
    ...config.checklist.map((item): Column => ({
      key: `item:${item.id}`,
      label: itemLabel(config, item.id),
      value: (u) => percentOf(u.items[item.id]?.done ?? 0, u.items[item.id]?.of ?? 0),
      cell: (u) => (
        <>
          {fraction(u.items[item.id] ?? { done: 0, of: 0 })}
          {(u.notApplicable[item.id] ?? 0) > 0 && (
            <span class="agg-sub">{s.notApplicableCount(u.notApplicable[item.id]!)}</span>
          )}
        </>
      ),
    })),
    ...config.simulators.map((sim): Column => ({
      key: `sim:${sim.id}`,
      label: simulatorLabel(config, sim.id),
      value: (u) =>
        u.simulators[sim.id]?.available ? percentOf(u.simulators[sim.id]!.done, u.simulators[sim.id]!.of) : null,
      cell: (u) => {
        const result = u.simulators[sim.id];
        return result?.available ? fraction(result) : <span class="agg-sub">chưa có mô phỏng</span>;
      },
    })),
    {
      key: 'quiz',
      label: s.quizPassed,
      value: (u) => percentOf(u.quiz.passed.done, u.quiz.passed.of),
      cell: (u) => (
        <>
          {fraction(u.quiz.passed)}
          <span class="agg-sub">TB {formatPercent(u.quiz.averagePercent)}</span>
        </>
      ),
    },
    {
      key: 'onlineServicesAndPayment',
      label: TARGET_LABELS.onlineServicesAndPayment,
      value: (u) => u.onlineServicesAndPayment.percent,
      cell: (u) =>
        target(u.onlineServicesAndPayment, s.people(u.onlineServicesAndPayment.done, u.onlineServicesAndPayment.of)),
    },
    {
      key: 'vneidLevel2',
      label: TARGET_LABELS.vneidLevel2,
      value: (u) => u.vneidLevel2.percent,
      cell: (u) => target(u.vneidLevel2, s.people(u.vneidLevel2.done, u.vneidLevel2.of)),
    },
    {
      key: 'digitisedReuse',
      label: TARGET_LABELS.digitisedReuse,
      value: (u) => u.digitisedReuse.percent,
      cell: (u) => (
        <>
          {target(u.digitisedReuse, s.dossiers(u.digitisedReuse.done, u.digitisedReuse.of))}
          <span class="agg-sub">
            {s.reusePeople(u.digitisedReuse.peopleReused.done, u.digitisedReuse.peopleReused.of)}
          </span>
        </>
      ),
    },
  ];
}

type Sort = { key: string; direction: 'ascending' | 'descending' };

/** The people a unit's figures count (sorted by tên in the report), each opening their whole file. */
function UnitPeople({ people, config }: { people: readonly Person[]; config: AggregateConfig }) {
  if (people.length === 0) return <p>{s.noPeople}</p>;
  return (
    <Paged
      class="agg-people"
      items={people}
      render={(person) => (
        <li key={person.key}>
          <details class="agg-details">
            <summary>
              <PersonName person={person.file.content.person} />
            </summary>
            <PersonDetails person={person} config={config} />
          </details>
        </li>
      )}
    />
  );
}

export function ReportTable({ report, config }: { report: Report; config: AggregateConfig }) {
  const [sort, setSort] = useState<Sort>({ key: 'unit', direction: 'ascending' });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggleUnit = (unitId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  const usualSource = report.total.expectedSource;
  const cols = columns(config, usualSource);
  const order = new Map(config.units.map((unit, index) => [unit.id, index]));
  const sortColumn = cols.find((c) => c.key === sort.key);
  const rows = [...report.units].sort((a, b) => {
    const settingsOrder = order.get(a.unitId)! - order.get(b.unitId)!;
    if (!sortColumn) return sort.direction === 'ascending' ? settingsOrder : -settingsOrder;
    const x = sortColumn.value(a);
    const y = sortColumn.value(b);
    // Units with nothing to count go last in both directions; ties keep the settings' order.
    if (x === null || y === null) return x === y ? settingsOrder : x === null ? 1 : -1;
    return (sort.direction === 'ascending' ? x - y : y - x) || settingsOrder;
  });
  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const header = (key: string, label: string, scopeClass = '') => (
    <th scope="col" class={scopeClass} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" class="agg-sort" onClick={() => toggle(key)}>
        {label}
        <span class="agg-sort-icon" aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div class="agg-table-wrap" role="region" aria-label={s.tableRegion} tabIndex={0}>
      <table class="agg-table">
        <caption>
          {s.tableCaption(config.year)} {s.expectedCaption(usualSource, config.unitsChecked)}{' '}
          <span class="agg-sub">{s.sortHint}</span>
        </caption>
        <thead>
          <tr>
            {header('unit', 'Đơn vị', 'agg-unit-col')}
            {cols.map((c) => header(c.key, c.label))}
          </tr>
        </thead>
        <tbody>
          {rows.map((unit) => {
            const people = report.peopleByUnit.get(unit.unitId) ?? [];
            const expanded = open.has(unit.unitId);
            return (
              <Fragment key={unit.unitId}>
                <tr>
                  <th scope="row">
                    {unit.unitName}
                    {people.length > 0 && (
                      <button
                        type="button"
                        class="agg-expand"
                        aria-expanded={expanded}
                        aria-controls={`agg-people-${unit.unitId}`}
                        onClick={() => toggleUnit(unit.unitId)}
                      >
                        {expanded ? s.hidePeople : s.showPeople(people.length)}
                      </button>
                    )}
                  </th>
                  {cols.map((c) => (
                    <td key={c.key}>{c.cell(unit)}</td>
                  ))}
                </tr>
                {expanded && (
                  <tr class="agg-people-row" id={`agg-people-${unit.unitId}`}>
                    <td colSpan={cols.length + 1}>
                      <UnitPeople people={people} config={config} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr class="agg-total">
            <th scope="row">{report.total.unitName}</th>
            {cols.map((c) => (
              <td key={c.key}>{c.cell(report.total)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** How the 60% figure is computed here, in the one sentence the site keeps for it (content/directive). */
export function ReuseMeasure({ config }: { config: AggregateConfig }) {
  return (
    <div class="agg-reuse-measure">
      <h3>{s.reuseHeading}</h3>
      <p>{config.reuseHowMeasured}</p>
    </div>
  );
}
