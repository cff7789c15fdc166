/**
 * The TCHC aggregation page's working area: load result files (pick, folder, zip, drag and drop),
 * see what was rejected and why, load an optional roster, read the report by unit, and export it.
 * Everything happens in this browser. File contents are only ever rendered as JSX text, never as HTML.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { vietnamDay } from '../../dates';
import { toCsv } from '../csv';
import { summaryRows, workbookSheets } from '../export-table';
import { parseRosterCsv, parseRosterXlsx } from '../roster';
import {
  formatCount,
  loaderStrings as ls,
  reportStrings as rs,
  rosterStrings as ros,
  summaryStrings as ss,
} from '../strings';
import type { AggregateConfig } from '../types';
import { writeXlsx } from '../xlsx';
import { BarCharts } from './BarChart';
import { download } from './download';
import { MissingLists, NotSentList } from './MissingLists';
import { filesFromDrop, filesFromInput, readPicked, type PickedFile } from './read-files';
import { ReportTable } from './ReportTable';
import {
  $folded,
  $progress,
  $report,
  $restored,
  $set,
  $status,
  $storage,
  clearAll,
  commitSet,
  restoreOnce,
} from './state';
import './aggregate.css';

interface Props {
  config: AggregateConfig;
}

export default function Aggregate({ config }: Props) {
  const set = useStore($set);
  const folded = useStore($folded);
  const report = useStore($report);
  const progress = useStore($progress);
  const status = useStore($status);
  const storage = useStore($storage);
  const restored = useStore($restored);
  const [dragging, setDragging] = useState(false);
  const [rosterMessage, setRosterMessage] = useState<string | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const rosterInput = useRef<HTMLInputElement>(null);
  // The server-rendered buttons do nothing until the island has loaded: keep them disabled till then,
  // so a quick click on a slow phone is not silently lost.
  const [hydrated, setHydrated] = useState(false);
  const busy = progress !== null || !hydrated;

  useEffect(() => {
    setHydrated(true);
    void restoreOnce(config).then(() => {
      const count = $set.get().accepted.length + $set.get().rejected.length;
      if (count > 0 && !$status.get()) $status.set(ls.restored(count));
    });
  }, []);

  async function load(picked: PickedFile[]) {
    if (busy) return;
    if (picked.length === 0) return $status.set(ls.nothing);
    await restoreOnce(config);
    $progress.set({ done: 0, total: picked.length });
    try {
      const outcome = await readPicked(picked, $set.get().accepted, config, (done, total) => {
        $progress.set({ done, total });
        $status.set(ls.reading(done, total));
      });
      const current = $set.get();
      await commitSet({
        ...current,
        accepted: [...current.accepted, ...outcome.accepted],
        rejected: [...current.rejected, ...outcome.rejected],
      });
      $status.set(ls.done(outcome.accepted.length, outcome.rejected.length, outcome.copies));
    } finally {
      $progress.set(null);
    }
  }

  async function loadRoster(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = /\.xlsx$/i.test(file.name)
      ? parseRosterXlsx(new Uint8Array(await file.arrayBuffer()), config.units)
      : parseRosterCsv(await file.text(), config.units);
    if (!result.ok) return setRosterMessage(ros.failed(file.name, result.message));
    setRosterMessage(
      result.problems.length > 0
        ? [ros.problems(result.problems.length), ...result.problems.map((p) => p.message)].join('\n')
        : null,
    );
    await commitSet({ ...$set.get(), roster: { fileName: file.name, people: result.people } });
  }

  function exportName(extension: string) {
    return `tong-hop_${vietnamDay(new Date())}.${extension}`;
  }

  function exportXlsx() {
    if (!report) return;
    const bytes = writeXlsx(workbookSheets({ report, folded, rejected: set.rejected, config }));
    download(bytes, exportName('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  }

  function exportCsv() {
    if (!report) return;
    download(toCsv(summaryRows(report, config)), exportName('csv'), 'text/csv;charset=utf-8');
  }

  async function onClearAll() {
    if (!window.confirm(ls.clearConfirm)) return;
    await clearAll();
    setRosterMessage(null);
    $status.set(ls.cleared);
  }

  const unitName = new Map(config.units.map((unit) => [unit.id, unit.name]));
  const hasData = set.accepted.length > 0;

  return (
    <div class="agg" data-print="hide">
      <section aria-labelledby="agg-load">
        <h2 id="agg-load">{ls.heading}</h2>
        <div
          class={`agg-drop${dragging ? ' agg-drop--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then(load);
          }}
        >
          <p>{ls.dropHint}</p>
          <div class="agg-buttons">
            <button
              type="button"
              class="site-button site-button--primary"
              disabled={busy}
              onClick={() => filesInput.current?.click()}
            >
              {ls.pickFiles}
            </button>
            <button
              type="button"
              class="site-button site-button--primary"
              disabled={busy}
              onClick={() => folderInput.current?.click()}
            >
              {ls.pickFolder}
            </button>
          </div>
          <input
            ref={filesInput}
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            hidden
            data-testid="agg-files"
            aria-label={ls.pickFiles}
            onChange={(event) => {
              const input = event.currentTarget;
              const picked = filesFromInput(input);
              input.value = '';
              void load(picked);
            }}
          />
          <input
            ref={(element) => {
              folderInput.current = element;
              // Not in Preact's typings; every current browser supports picking a folder this way.
              element?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            hidden
            data-testid="agg-folder"
            aria-label={ls.pickFolder}
            onChange={(event) => {
              const input = event.currentTarget;
              const picked = filesFromInput(input);
              input.value = '';
              void load(picked);
            }}
          />
          <p class="agg-note">{ls.addingNote}</p>
        </div>
        {progress && (
          <div class="agg-progress">
            <label for="agg-progress">{ls.progressLabel}</label>
            <progress id="agg-progress" max={progress.total || 1} value={progress.done} />
          </div>
        )}
        <p class="agg-status" role="status" aria-live="polite">
          {status}
        </p>
        {storage === 'blocked' && <p class="agg-warning">{ls.storageBlocked}</p>}
      </section>

      {(hasData || set.rejected.length > 0) && (
        <section aria-labelledby="agg-summary">
          <h2 id="agg-summary">{ss.heading}</h2>
          <dl class="agg-counts">
            <div>
              <dt>{ss.accepted}</dt>
              <dd>{formatCount(set.accepted.length)}</dd>
            </div>
            <div>
              <dt>{ss.people}</dt>
              <dd>{formatCount(folded.people.length)}</dd>
            </div>
            <div>
              <dt>{ss.duplicates}</dt>
              <dd>{formatCount(folded.duplicatesFolded)}</dd>
            </div>
            <div>
              <dt>{ss.rejected}</dt>
              <dd>{formatCount(set.rejected.length)}</dd>
            </div>
          </dl>
          {set.rejected.length > 0 && (
            <details class="agg-details" open={set.rejected.length <= 20}>
              <summary>{ss.rejectedHeading(set.rejected.length)}</summary>
              <ul class="agg-rejected">
                {set.rejected.map((file, i) => (
                  <li key={i}>
                    <strong class="agg-file-name">{file.fileName}</strong>
                    <span>{file.message}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {(folded.sameName.length > 0 || folded.otherYear.length > 0) && (
            <div class="agg-review">
              <h3>{ss.reviewHeading}</h3>
              <ul>
                {folded.sameName.map((flag) => (
                  <li key={`n:${flag.unitId}:${flag.name}`}>
                    {ss.sameName(flag.name, unitName.get(flag.unitId) ?? flag.unitId, flag.people.length)}
                  </li>
                ))}
                {folded.otherYear.map((person) => (
                  <li key={`y:${person.key}`}>
                    {ss.otherYear(
                      person.file.content.person.name,
                      unitName.get(person.file.content.person.unitId) ?? '',
                      person.file.content.dossiers.year,
                      config.year,
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="agg-roster">
        <h2 id="agg-roster">{ros.heading}</h2>
        <p>{ros.intro}</p>
        <div class="agg-buttons">
          <button
            type="button"
            class="site-button site-button--primary"
            disabled={!hydrated}
            onClick={() => rosterInput.current?.click()}
          >
            {ros.pick}
          </button>
          {set.roster && (
            <button type="button" class="site-button" onClick={() => void commitSet({ ...$set.get(), roster: null })}>
              {ros.remove}
            </button>
          )}
        </div>
        <input
          ref={rosterInput}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="agg-roster"
          aria-label={ros.pick}
          onChange={(event) => void loadRoster(event.currentTarget)}
        />
        {set.roster && <p>{ros.loaded(set.roster.fileName, set.roster.people.length)}</p>}
        {rosterMessage && <p class="agg-warning agg-pre">{rosterMessage}</p>}
        {report && report.notOnRoster.length > 0 && (
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
        )}
      </section>

      <section aria-labelledby="agg-report">
        <h2 id="agg-report">{rs.heading}</h2>
        {!restored && !hasData ? null : !hasData || !report ? (
          <p>{rs.empty}</p>
        ) : (
          <>
            <ReportTable report={report} config={config} />
            <h3>{rs.chartsHeading}</h3>
            <BarCharts report={report} />
          </>
        )}
      </section>

      {hasData && report && (
        <>
          <section aria-labelledby="agg-missing">
            <h2 id="agg-missing">{rs.missingHeading}</h2>
            {report.notSent && <NotSentList lists={report.notSent} total={report.notSentTotal} />}
            <MissingLists report={report} config={config} />
          </section>
          <section aria-labelledby="agg-export">
            <h2 id="agg-export">{rs.exportHeading}</h2>
            <p>{rs.exportIntro}</p>
            <div class="agg-buttons">
              <button type="button" class="site-button site-button--primary" onClick={exportXlsx}>
                {rs.exportXlsx}
              </button>
              <button type="button" class="site-button site-button--primary" onClick={exportCsv}>
                {rs.exportCsv}
              </button>
              <button type="button" class="site-button site-button--primary" onClick={() => window.print()}>
                {rs.print}
              </button>
            </div>
          </section>
        </>
      )}

      {(hasData || set.rejected.length > 0 || set.roster) && (
        <p class="agg-clear">
          <button
            type="button"
            class="site-button site-button--danger"
            disabled={busy}
            onClick={() => void onClearAll()}
          >
            {ls.clearAll}
          </button>
        </p>
      )}
    </div>
  );
}
