/**
 * The JSON Schema (draft 2020-12) the site publishes for the result file, generated from the zod schema
 * at build time by src/pages/schemas/[name].json.ts, so it cannot drift from what the reader checks.
 * Build-time only: nothing the browser loads imports this module.
 */
import * as z from 'zod/mini';
import { RESULT_FILE_SCHEMA_NAME, resultFileSchema } from './schema';

const DESCRIPTION = [
  'Result file of the self-assessment page (/tu-danh-gia/), version 1. One file per person per export.',
  'The checksum is SHA-256 over the canonical JSON (RFC 8785 style: keys sorted by UTF-16 code units, no',
  'whitespace, strings in Unicode NFC) of the file without its "checksum" member, in lower-case hex. It',
  'catches corruption and hand edits; it is NOT a signature: anyone can recompute it. Beyond this schema the',
  "site's reader (src/result-file/validate.ts and parse.ts) also checks the checksum, that days and instants",
  "exist, that ids are unique, reusedDigitised <= submittedOnline, bestScore <= maxScore, the quiz's",
  '"passed", that a simulator not available has no test, that free text holds no CCCD or phone number, the',
  'organisation, its units and that no date is in the future.',
].join(' ');

/** The published JSON Schema of the result file, generated from `resultFileSchema`. */
export function resultFileJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(resultFileSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: `urn:dvc-phu-cat:schemas:${RESULT_FILE_SCHEMA_NAME}`,
    title: 'Tệp kết quả tự đánh giá, phiên bản 1',
    description: DESCRIPTION,
    ...generated,
  };
}

/** Every JSON Schema the site publishes under /schemas/, by name (the file name without ".json"). */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  [RESULT_FILE_SCHEMA_NAME]: resultFileJsonSchema,
};
