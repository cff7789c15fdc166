/** "Xuất báo cáo": the .xlsx, the CSV and the printed report. */
import { reportStrings as rs } from '../strings';
import type { AggregateConfig } from '../types';
import { exportReport } from './actions';

export function ExportSection({ config }: { config: AggregateConfig }) {
  return (
    <section aria-labelledby="agg-export">
      <h2 id="agg-export">{rs.exportHeading}</h2>
      <p>{rs.exportIntro}</p>
      <div class="agg-buttons">
        <button type="button" class="site-button site-button--primary" onClick={() => exportReport('xlsx', config)}>
          {rs.exportXlsx}
        </button>
        <button type="button" class="site-button site-button--primary" onClick={() => exportReport('csv', config)}>
          {rs.exportCsv}
        </button>
        <button type="button" class="site-button site-button--primary" onClick={() => window.print()}>
          {rs.print}
        </button>
      </div>
    </section>
  );
}
