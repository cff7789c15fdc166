/** "Danh sách nhân sự": load or drop the staff list, what could not be read, who replied off the list. */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { rosterStrings as ros } from '../strings';
import type { AggregateConfig } from '../types';
import { rosterEntryKey } from '../roster';
import { linkToRoster, loadRoster, removeRoster } from './actions';
import { Paged } from './Paged';
import { PersonName } from './PersonDetails';
import { $folded, $report, $rosterMessage, $set } from './state';

interface Props {
  config: AggregateConfig;
  unitName: ReadonlyMap<string, string>;
  hydrated: boolean;
}

/**
 * "Không có trong danh sách nhân sự": replies that fill no roster place, each with the two ways out
 * (add the person to the roster, or match them to a roster name of their unit not yet replied).
 */
function NotOnRoster({ unitName }: Pick<Props, 'unitName'>) {
  const report = useStore($report);
  const { rosterLinks, roster } = useStore($set);
  if (!report || !roster) return null;
  const linked = Object.keys(rosterLinks).length;
  if (report.notOnRoster.length === 0 && linked === 0) return null;
  return (
    <section class="agg-off-roster" aria-labelledby="agg-off-roster">
      <h3 id="agg-off-roster">{ros.notOnRosterHeading(report.notOnRoster.length)}</h3>
      {report.notOnRoster.length > 0 && <p>{ros.notOnRosterIntro}</p>}
      <Paged
        items={report.notOnRoster}
        // Each reply carries a list of its unit's roster names: a short page keeps that bounded.
        pageSize={20}
        render={(person) => {
          const { unitId } = person.file.content.person;
          const candidates = report.unmatchedRoster.get(unitId) ?? [];
          const selectId = `agg-match-${person.key}`;
          return (
            <li key={person.key}>
              <PersonName person={person.file.content.person} /> — {unitName.get(unitId)}
              <form
                class="agg-buttons"
                onSubmit={(event) => {
                  event.preventDefault();
                  const value = new FormData(event.currentTarget).get('entry');
                  if (typeof value === 'string' && value !== '') void linkToRoster(person.key, value);
                }}
              >
                <button type="button" class="site-button" onClick={() => void linkToRoster(person.key, 'add')}>
                  {ros.addToRoster}
                </button>
                {candidates.length > 0 && (
                  <>
                    <label class="sr-only" for={selectId}>
                      {ros.matchLabel(person.file.content.person.name)}
                    </label>
                    <select id={selectId} name="entry" class="agg-select">
                      <option value="">{ros.matchPlaceholder}</option>
                      {candidates.map((entry) => (
                        <option key={rosterEntryKey(entry)} value={rosterEntryKey(entry)}>
                          {entry.name}
                          {entry.staffCode ? ` (${entry.staffCode})` : ''}
                        </option>
                      ))}
                    </select>
                    <button type="submit" class="site-button">
                      {ros.match}
                    </button>
                  </>
                )}
              </form>
            </li>
          );
        }}
      />
      {linked > 0 && <LinkedReplies unitName={unitName} />}
    </section>
  );
}

/** The choices already made, each undoable. */
function LinkedReplies({ unitName }: Pick<Props, 'unitName'>) {
  const { rosterLinks, roster } = useStore($set);
  const folded = useStore($folded);
  const entries = new Map((roster?.people ?? []).map((entry) => [rosterEntryKey(entry), entry]));
  const people = folded.people.filter((person) => rosterLinks[person.key] !== undefined);
  return (
    <Paged
      items={people}
      render={(person) => {
        const link = rosterLinks[person.key]!;
        const entry = entries.get(link);
        return (
          <li key={person.key}>
            <PersonName person={person.file.content.person} /> — {unitName.get(person.file.content.person.unitId)}:{' '}
            {link === 'add' ? ros.addedToRoster : entry ? ros.matchedTo(entry.name) : ros.linkLost}{' '}
            <button type="button" class="site-button" onClick={() => void linkToRoster(person.key, null)}>
              {ros.undoLink}
            </button>
          </li>
        );
      }}
    />
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
