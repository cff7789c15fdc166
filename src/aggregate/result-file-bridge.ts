/**
 * What the aggregation takes from the shared result-file module and the date helpers, in one place,
 * so a change there shows up here first.
 */
import { parseIsoInstant } from '../dates';
export {
  parseResultFile,
  MAX_FILE_BYTES,
  type ParseErrorCode,
  type ResultContent,
  type ChecklistAnswer,
  type ChecklistEntry,
  type QuizResult,
  type SimulatorEntry,
} from '../result-file';
export { messages as resultFileMessages } from '../result-file/messages';

/** Milliseconds of an ISO instant the reader has already validated (0 if, against all odds, it is not). */
export function parseIsoInstantSafe(text: string): number {
  return parseIsoInstant(text)?.getTime() ?? 0;
}
