/**
 * What the result-file buttons of the self-assessment do, over its stores: read a picked file back into
 * this browser (asking first when that would replace newer work or another person's), and export the
 * state as a file, downloaded or shared. The component only shows the outcome and moves focus. The
 * browser comes in as arguments (the file, a text reader, the delivery), so this is tested under Node.
 */
import { download, type DownloadFile } from '../download';
import {
  MAX_FILE_BYTES,
  parseResultFile,
  writeResultFile,
  type ParseSuccess,
  type ResultDraft,
  type WrittenFile,
} from '../result-file';
import { messages as fileMessages } from '../result-file/messages';
import { simulatorResults } from '../simulator/results';
import { flushDrafts, refusedFields } from './drafts';
import { readFileText, shareableFile, shareFile } from './environment';
import { allProblems, type FieldProblem } from './form';
import { hasProgress, lastUpdated } from './state';
import { applyRestored, checklistStore, ensurePersonId, profileStore, quizStore, recordExport } from './stores';
import { t } from './strings';
import { SUMMARY_HEADING_ID } from './summary';
import { buildDraft, restoreFromFile, unfileableTests } from './transfer';
import type { AssessmentContent } from './types';

/** A sentence for the person: a plain status, or an error shown as an alert. */
export interface Outcome {
  kind: 'status' | 'error';
  text: string;
}

/** Where a message shows: beside the control that caused it (the start screen, the page top, the file section). */
export type MessagePlace = 'gate' | 'top' | 'file';

export interface Message extends Outcome {
  place: MessagePlace;
}

/** What the page does after an import: the message, where it goes, and what takes focus. */
export interface AfterImport {
  message: Message;
  /** The id of the element to focus, when the page changed under the person. */
  focus: string | null;
  /** Whether the list of problems from a refused export is out of date (the state was replaced). */
  hideProblems: boolean;
}

export function afterImport(outcome: Outcome, place: MessagePlace): AfterImport {
  if (outcome.kind === 'error') return { message: { ...outcome, place }, focus: null, hideProblems: false };
  // From the start screen the imported state opens the page: say so at its top, and go there.
  if (place === 'gate') return { message: { ...outcome, place: 'top' }, focus: SUMMARY_HEADING_ID, hideProblems: true };
  return { message: { ...outcome, place }, focus: null, hideProblems: true };
}

/** A checked file that would replace something worth keeping: the reasons to ask before applying it. */
export interface ImportToConfirm {
  result: ParseSuccess;
  reasons: string[];
}

/** `status`: the file was applied; `error`: it was not, and nothing changed; `confirm`: ask first. */
export type ImportOutcome = Outcome | ({ kind: 'confirm' } & ImportToConfirm);

/**
 * Reads and checks a picked result file. A valid file is applied at once unless this browser holds
 * newer work or another person's, in which case nothing changes until `applyImport` is called.
 * A file that cannot be read or does not pass leaves every store as it was.
 */
export async function importFile(
  file: File,
  content: AssessmentContent,
  readText: (file: File) => Promise<string> = readFileText,
  now = new Date(),
): Promise<ImportOutcome> {
  const fail = (text: string): Outcome => ({ kind: 'error', text });
  // Refuse a huge file before reading it: a phone could stall on the wrong 200 MB video.
  if (file.size > MAX_FILE_BYTES)
    return fail(`${fileMessages.tooLarge(file.name, file.size)} ${t.file.importFailedSuffix}`);
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return fail(t.file.importReadError(file.name));
  }
  const { name, parent, units } = content.organisation;
  const result = parseResultFile(text, { fileName: file.name, organisation: { name, parent, units }, now });
  if (!result.ok) return fail(`${result.message} ${t.file.importFailedSuffix}`);
  const reasons = reasonsToAsk(result);
  if (reasons.length > 0) return { kind: 'confirm', result, reasons };
  return applyImport(result, content);
}

/** Never overwrite newer work, or another person's, without asking. */
function reasonsToAsk(result: ParseSuccess): string[] {
  const profile = profileStore.get();
  const checklist = checklistStore.get();
  const quiz = quizStore.get();
  if (!hasProgress(profile, checklist, quiz)) return [];
  const reasons: string[] = [];
  const localUpdated = lastUpdated(profile, checklist, quiz);
  if (localUpdated && new Date(localUpdated) > new Date(result.content.exportedAt))
    reasons.push(t.file.confirmImportNewer(localUpdated, result.content.exportedAt));
  if (profile.personId && profile.personId !== result.content.person.id)
    reasons.push(t.file.confirmImportOtherPerson(result.content.person.name));
  return reasons;
}

/** Replaces this browser's state with the file's, and says what was imported. */
export function applyImport(result: ParseSuccess, content: AssessmentContent): Outcome {
  applyRestored(restoreFromFile(content, result.content));
  const text = t.file.imported(result.fileName, result.content.person.name, result.content.exportedAt);
  return { kind: 'status', text: result.sourceVersion < 1 ? `${text} ${t.file.importedMigrated}` : text };
}

/** How a written file leaves the page. */
export interface Delivery {
  download: (file: DownloadFile) => void;
  /** Opens the share sheet with the file; false where files cannot be shared or the person cancelled. */
  share: (text: string, fileName: string) => Promise<boolean>;
}

const browserDelivery: Delivery = {
  download,
  share: async (text, fileName) => {
    const file = shareableFile(text, fileName);
    return file !== null && (await shareFile(file, fileName));
  },
};

/**
 * The writer checks the file with the reader's rules and throws when saved data breaks one that the
 * page's checks and the stores' schemas did not catch (a simulator's result from an older release):
 * the person gets a message instead of a button that does nothing.
 */
function writeSafely(draft: ResultDraft): WrittenFile | null {
  try {
    return writeResultFile(draft);
  } catch {
    return null;
  }
}

/** `problems`: the form is not ready, no file was written; the page lists what to fix. */
export type ExportOutcome = Outcome | { kind: 'problems' };

/**
 * What stands between the page and a file, in page order: fields that hold refused text (a CCCD or
 * phone number that is on screen but not saved), then the problems of the saved answers.
 */
export function exportProblems(content: AssessmentContent, now: Date): FieldProblem[] {
  const refused = refusedFields
    .get()
    .map(({ id, label, message }): FieldProblem => ({ field: id, label, message, kind: 'invalid' }));
  const saved = allProblems(content, profileStore.get(), checklistStore.get(), now);
  return [...refused, ...saved.filter((problem) => !refused.some((entry) => entry.field === problem.field))];
}

/**
 * "Xuất tệp kết quả" / "Chia sẻ tệp kết quả": writes the state as a result file and hands it over.
 * The export is recorded (for "changed since the last export") only once the file has left.
 */
export async function exportResult(
  mode: 'download' | 'share',
  content: AssessmentContent,
  delivery: Delivery = browserDelivery,
  now = new Date(),
): Promise<ExportOutcome> {
  // What is still being typed goes into the file too.
  flushDrafts();
  if (exportProblems(content, now).length > 0) return { kind: 'problems' };
  const personId = ensurePersonId();
  const draft = buildDraft(
    content,
    profileStore.get(),
    checklistStore.get(),
    quizStore.get(),
    simulatorResults.get(),
    personId,
    now,
  );
  const written = writeSafely(draft);
  if (!written) return { kind: 'error', text: t.file.exportFailed };
  const record = {
    fileName: written.fileName,
    exportedAt: written.file.exportedAt,
    checksum: written.file.checksum.value,
  };
  const leftOut = unfileableTests(content, simulatorResults.get()).map((simulator) => simulator.title);
  const leftOutNote = leftOut.length > 0 ? ` ${t.file.testsLeftOut(leftOut)}` : '';
  if (mode === 'download') {
    delivery.download({ data: written.text, fileName: written.fileName, type: 'application/json' });
    recordExport(record);
    return { kind: 'status', text: t.file.exported(written.fileName) + leftOutNote };
  }
  if (!(await delivery.share(written.text, written.fileName))) return { kind: 'error', text: t.file.shareFailed };
  recordExport(record);
  return { kind: 'status', text: t.file.shared + leftOutNote };
}
