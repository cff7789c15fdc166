/**
 * What the aggregation page does, as plain functions over its stores (./state.ts): reopen the saved
 * set, load result files, load or drop the roster, export the report, clear everything. The components
 * only call these and draw the stores. Nothing here touches the DOM: files arrive as `File`s and
 * exports leave through `save`, so the whole flow is tested under Node.
 */
import { vietnamDay } from '../../dates';
import { download, type DownloadFile } from '../../download';
import { toCsv } from '../csv';
import { csvRows, workbookSheets } from '../export-table';
import { clearSet, EMPTY_SET } from '../persist';
import type { ReviewDecision } from '../ingest';
import { parseRosterCsv, parseRosterXlsx } from '../roster';
import { loaderStrings as ls, rosterStrings as ros } from '../strings';
import type { AggregateConfig } from '../types';
import { writeXlsx } from '../xlsx';
import { readPicked, type PickedFile } from './read-files';
import { $folded, $progress, $report, $rosterMessage, $set, $status, $storage, commitSet, restoreOnce } from './state';

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ReportFormat = 'xlsx' | 'csv';

/** Reopens what was loaded before this reload, and says so when there was something. */
export async function reopenSaved(config: AggregateConfig): Promise<void> {
  await restoreOnce(config);
  const { accepted, rejected } = $set.get();
  const count = accepted.length + rejected.length;
  if (count > 0 && !$status.get()) $status.set(ls.restored(count));
}

/**
 * Reads and checks the picked files and adds them to the set (exact copies of files already in it are
 * dropped), reporting progress in the status line. Ignored while a load is running.
 */
export async function loadFiles(picked: readonly PickedFile[], config: AggregateConfig): Promise<void> {
  if ($progress.get() !== null) return;
  if (picked.length === 0) return $status.set(ls.nothing);
  // Marked busy before the first wait, so a second load started meanwhile is ignored, not interleaved.
  $progress.set({ done: 0, total: picked.length });
  try {
    await restoreOnce(config);
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

/**
 * Reads a staff list (.xlsx, or CSV for anything else) and uses it for the report. A file that cannot
 * be used leaves the current roster in place; rows that cannot be placed are listed, the rest is used.
 */
export async function loadRoster(file: File, config: AggregateConfig): Promise<void> {
  const result = /\.xlsx$/i.test(file.name)
    ? parseRosterXlsx(new Uint8Array(await file.arrayBuffer()), config.units)
    : parseRosterCsv(await file.text(), config.units);
  if (!result.ok) return $rosterMessage.set(ros.failed(file.name, result.message));
  $rosterMessage.set(
    result.problems.length > 0
      ? [ros.problems(result.problems.length), ...result.problems.map((problem) => problem.message)].join('\n')
      : null,
  );
  await commitSet({ ...$set.get(), roster: { fileName: file.name, people: result.people } });
}

/** "Gộp thành một người" / "Để riêng từng người" on a review case, remembered with the set. */
export async function decideReview(caseKey: string, decision: ReviewDecision): Promise<void> {
  const current = $set.get();
  await commitSet({ ...current, decisions: { ...current.decisions, [caseKey]: decision } });
}

/** Forgets every review decision, so the cases are asked again. */
export async function resetDecisions(): Promise<void> {
  await commitSet({ ...$set.get(), decisions: {} });
}

/**
 * An off-roster reply: "add" puts the person on the roster, a `rosterEntryKey` matches them to that
 * roster name, null forgets the choice.
 */
export async function linkToRoster(personKey: string, link: string | null): Promise<void> {
  const { [personKey]: _previous, ...others } = $set.get().rosterLinks;
  await commitSet({ ...$set.get(), rosterLinks: link === null ? others : { ...others, [personKey]: link } });
}

export async function removeRoster(): Promise<void> {
  await commitSet({ ...$set.get(), roster: null });
}

/**
 * "Xuất tệp Excel" / "Xuất tệp CSV": the report as a file, handed to `save` (the browser's download).
 * The .xlsx holds every sheet; the CSV the summary table. Nothing to export before the first report.
 */
export function exportReport(
  format: ReportFormat,
  config: AggregateConfig,
  save: (file: DownloadFile) => void = download,
  now = new Date(),
): void {
  const report = $report.get();
  if (!report) return;
  const fileName = `tong-hop_${vietnamDay(now)}.${format}`;
  if (format === 'csv') return save({ data: toCsv(csvRows(report, config)), fileName, type: CSV_TYPE });
  const sheets = workbookSheets({ report, folded: $folded.get(), rejected: $set.get().rejected, config });
  save({ data: writeXlsx(sheets), fileName, type: XLSX_TYPE });
}

/** "Xóa tất cả" (once the person has confirmed): files, rejections and roster leave the page and this browser. */
export async function clearAll(): Promise<void> {
  $set.set(EMPTY_SET);
  $rosterMessage.set(null);
  $status.set(ls.cleared);
  if ($storage.get() === 'ok') await clearSet().catch(() => undefined);
}
