/**
 * The body of the printed "Báo cáo tổng hợp": a compact table on A4 landscape between the document
 * header and the signature, which the page draws with the shared Nghị định 30/2020 components. Reads
 * the same state as the working area; on screen it is hidden.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { itemLabel } from '../export-table';
import { percentOf, type TargetResult } from '../report';
import { formatCount, formatPercent, reportStrings as rs, strings, TARGET_LABELS } from '../strings';
import type { AggregateConfig, RequirementKey } from '../types';
import { $folded, $report, $set, restoreOnce } from './state';

const verdict = (r: TargetResult) => (r.of === 0 ? strings.noData : r.met ? `✓ ${strings.met}` : `✗ ${strings.notMet}`);
const REQUIREMENTS: RequirementKey[] = ['onlineServicesAndPayment', 'vneidLevel2', 'digitisedReuse'];

export default function PrintReport({ config }: { config: AggregateConfig }) {
  const report = useStore($report);
  const folded = useStore($folded);
  const set = useStore($set);
  useEffect(() => void restoreOnce(config), []);

  if (!report || set.accepted.length === 0) {
    return <p class="agg-print-empty">Chưa có tệp kết quả nào được nạp: chưa có số liệu để báo cáo.</p>;
  }
  const unitsMet = (key: RequirementKey) => report.units.filter((u) => u[key].met).length;
  const cell = (r: TargetResult, unit: string) =>
    `${formatPercent(r.percent)} (${formatCount(r.done)}/${formatCount(r.of)} ${unit}) ${verdict(r)}`;
  const rows = [...report.units, report.total];
  return (
    <div class="agg-print-body">
      <p>
        Tổng hợp từ {formatCount(set.accepted.length)} tệp kết quả tự đánh giá hợp lệ của{' '}
        {formatCount(folded.people.length)} viên chức, người lao động
        {folded.duplicatesFolded > 0
          ? ` (đã gộp ${formatCount(folded.duplicatesFolded)} tệp trùng người, giữ tệp xuất sau cùng)`
          : ''}
        {set.rejected.length > 0 ? `; ${formatCount(set.rejected.length)} tệp không hợp lệ không được tính` : ''}
        {report.notOnRoster.length > 0 ? `; ${rs.printOffRoster(report.notOnRoster.length)}` : ''}
        {folded.review.length > 0 ? `; ${rs.printReview(folded.review.length)}` : ''}. Yêu cầu 1 và 2 tính trên số người
        của đơn vị; yêu cầu 3 tính trên số hồ sơ nộp trực tuyến.{' '}
        {rs.expectedCaption(report.total.expectedSource, config.unitsChecked)}
      </p>
      <p>{config.reuseHowMeasured}</p>
      <ul class="agg-print-conclusions">
        {REQUIREMENTS.map((key) => (
          <li key={key}>
            {TARGET_LABELS[key]} (chỉ tiêu {formatCount(config.targets[key])}%): toàn đơn vị{' '}
            {formatPercent(report.total[key].percent)}, {verdict(report.total[key])}; {formatCount(unitsMet(key))}/
            {formatCount(report.units.length)} khoa, phòng, trạm đạt.
          </li>
        ))}
      </ul>
      <table class="agg-print-table">
        <caption>Kết quả theo khoa, phòng, trạm Y tế năm {config.year}</caption>
        <thead>
          <tr>
            <th scope="col">TT</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Đã gửi / số người</th>
            {config.checklist.map((item) => (
              <th scope="col" key={item.id}>
                {itemLabel(config, item.id)}
              </th>
            ))}
            <th scope="col">Bài kiểm tra đạt</th>
            {REQUIREMENTS.map((key) => (
              <th scope="col" key={key}>
                {TARGET_LABELS[key]} ({formatCount(config.targets[key])}%)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((unit, index) => (
            <tr key={unit.unitId || 'total'} class={unit === report.total ? 'agg-total' : undefined}>
              <td>{unit === report.total ? '' : index + 1}</td>
              <th scope="row">{unit.unitName}</th>
              <td>
                {formatCount(unit.respondents)}/{unit.expected === null ? '?' : formatCount(unit.expected)}
              </td>
              {config.checklist.map((item) => {
                const f = unit.items[item.id] ?? { done: 0, of: 0 };
                return <td key={item.id}>{formatPercent(percentOf(f.done, f.of))}</td>;
              })}
              <td>
                {formatCount(unit.quiz.passed.done)}/{formatCount(unit.quiz.passed.of)}
              </td>
              <td>{cell(unit.onlineServicesAndPayment, 'người')}</td>
              <td>{cell(unit.vneidLevel2, 'người')}</td>
              <td>{cell(unit.digitisedReuse, 'hồ sơ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
