/**
 * The TCHC aggregation page's working area: load result files (pick, folder, zip, drag and drop),
 * see what was rejected and why, load an optional roster, read the report by unit, and export it.
 * Everything happens in this browser; what each button does is in ./actions.ts, and this island only
 * lays the sections out. File contents are only ever rendered as JSX text, never as HTML.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loaderStrings as ls, reportStrings as rs } from '../strings';
import type { AggregateConfig } from '../types';
import { clearAll, loadFiles, reopenSaved } from './actions';
import { BarCharts } from './BarChart';
import { ExportSection } from './ExportSection';
import { LoadSection } from './LoadSection';
import { LoadSummary } from './LoadSummary';
import { MissingLists, NotApplicableLists, NotSentList } from './MissingLists';
import { ReportTable, ReuseMeasure } from './ReportTable';
import { RosterSection } from './RosterSection';
import { $progress, $report, $restored, $set } from './state';
import './aggregate.css';

interface Props {
  config: AggregateConfig;
}

export default function Aggregate({ config }: Props) {
  const set = useStore($set);
  const report = useStore($report);
  const progress = useStore($progress);
  const restored = useStore($restored);
  // The server-rendered buttons do nothing until the island has loaded: keep them disabled till then,
  // so a quick click on a slow phone is not silently lost.
  const [hydrated, setHydrated] = useState(false);
  const busy = progress !== null || !hydrated;
  const unitName = useMemo(() => new Map(config.units.map((unit) => [unit.id, unit.name])), [config]);

  useEffect(() => {
    setHydrated(true);
    void reopenSaved(config);
  }, []);

  const hasData = set.accepted.length > 0;

  return (
    <div class="agg" data-print="hide">
      <LoadSection busy={busy} onFiles={(picked) => void loadFiles(picked, config)} />
      <LoadSummary config={config} unitName={unitName} />
      <RosterSection config={config} unitName={unitName} hydrated={hydrated} />

      <section aria-labelledby="agg-report">
        <h2 id="agg-report">{rs.heading}</h2>
        {!restored && !hasData ? null : !hasData || !report ? (
          <p>{rs.empty}</p>
        ) : (
          <>
            <ReportTable report={report} config={config} />
            <ReuseMeasure config={config} />
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
            <NotApplicableLists report={report} config={config} />
          </section>
          <ExportSection config={config} />
        </>
      )}

      {(hasData || set.rejected.length > 0 || set.roster) && (
        <p class="agg-clear">
          <button
            type="button"
            class="site-button site-button--danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(ls.clearConfirm)) void clearAll();
            }}
          >
            {ls.clearAll}
          </button>
        </p>
      )}
    </div>
  );
}
