/** "Danh sách nhân sự": load or drop the staff list, what could not be read, who replied off the list. */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { rosterStrings as ros } from '../strings';
import type { AggregateConfig } from '../types';
import { loadRoster, removeRoster } from './actions';
import { $report, $rosterMessage, $set } from './state';

interface Props {
  config: AggregateConfig;
  unitName: ReadonlyMap<string, string>;
  hydrated: boolean;
}

function NotOnRoster({ unitName }: Pick<Props, 'unitName'>) {
  const report = useStore($report);
  if (!report || report.notOnRoster.length === 0) return null;
  return (
    <details class="agg-details">
      <summary>{ros.notOnRoster(report.notOnRoster.length)}</summary>
      <ul>
        {report.notOnRoster.map((person) => (
          <li key={person.key}>
            {person.file.content.person.name} — {unitName.get(person.file.content.person.unitId)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function RosterSection({ config, unitName, hydrated }: Props) {
  const { roster } = useStore($set);
  const message = useStore($rosterMessage);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="agg-roster">
      <h2 id="agg-roster">{ros.heading}</h2>
      <p>{ros.intro}</p>
      <div class="agg-buttons">
        <button
          type="button"
          class="site-button site-button--primary"
          disabled={!hydrated}
          onClick={() => input.current?.click()}
        >
          {ros.pick}
        </button>
        {roster && (
          <button type="button" class="site-button" onClick={() => void removeRoster()}>
            {ros.remove}
          </button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="agg-roster"
        aria-label={ros.pick}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so picking the same list again, after fixing it, still loads it.
          event.currentTarget.value = '';
          if (file) void loadRoster(file, config);
        }}
      />
      {roster && <p>{ros.loaded(roster.fileName, roster.people.length)}</p>}
      {message && <p class="agg-warning agg-pre">{message}</p>}
      <NotOnRoster unitName={unitName} />
    </section>
  );
}
