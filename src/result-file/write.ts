/**
 * Writes a version 1 file. The content is put in NFC and in a fixed key order, checked with the same
 * rules the reader applies (so the site never hands out a file it would refuse), then given its checksum.
 */
import { parseIsoInstant } from '../dates';
import { normalizeStrings } from './canonical';
import { checksumOf } from './checksum';
import { resultFileName } from './file-name';
import {
  CHECKSUM_ALGORITHM,
  RESULT_FILE_SCHEMA,
  RESULT_FILE_VERSION,
  type ResultContent,
  type ResultFile,
} from './types';
import { validateContent } from './validate';

/** What the page supplies; the writer adds the schema name, the version and the checksum. */
export type ResultDraft = Omit<ResultContent, 'schema' | 'version'>;

export interface WrittenFile {
  file: ResultFile;
  /** The file's text: indented JSON, readable in any editor. The checksum ignores the layout. */
  text: string;
  fileName: string;
}

export function writeResultFile(draft: ResultDraft): WrittenFile {
  const d = normalizeStrings(draft);
  // Spelled out field by field: the order people see when they open the file, and no stray keys.
  const content: ResultContent = {
    schema: RESULT_FILE_SCHEMA,
    version: RESULT_FILE_VERSION,
    contentVersion: d.contentVersion,
    organisation: { name: d.organisation.name, parent: d.organisation.parent },
    person: {
      id: d.person.id,
      name: d.person.name,
      unitId: d.person.unitId,
      unitName: d.person.unitName,
      staffCode: d.person.staffCode,
    },
    checklist: d.checklist.map((e) => ({
      id: e.id,
      answer: e.answer,
      date: e.date,
      reason: e.reason,
      answeredAt: e.answeredAt,
    })),
    dossiers: {
      year: d.dossiers.year,
      submittedOnline: d.dossiers.submittedOnline,
      reusedDigitised: d.dossiers.reusedDigitised,
    },
    note: d.note,
    quiz: d.quiz && {
      bestScore: d.quiz.bestScore,
      maxScore: d.quiz.maxScore,
      passPercent: d.quiz.passPercent,
      passed: d.quiz.passed,
      completedAt: d.quiz.completedAt,
    },
    simulators: d.simulators.map((s) => ({
      id: s.id,
      available: s.available,
      test: s.test && {
        bestScore: s.test.bestScore,
        maxScore: s.test.maxScore,
        passed: s.test.passed,
        completedAt: s.test.completedAt,
      },
    })),
    exportedAt: d.exportedAt,
  };
  const checked = validateContent(content);
  if (!checked.ok) {
    // The page checks what the person typed before exporting; reaching this is a bug, not bad input.
    throw new Error(
      `writeResultFile: ${checked.issue.field}: ${'problem' in checked.issue ? checked.issue.problem : checked.issue.kind}`,
    );
  }
  const file: ResultFile = { ...content, checksum: { algorithm: CHECKSUM_ALGORITHM, value: checksumOf(content) } };
  const exportedAt = parseIsoInstant(content.exportedAt)!;
  return {
    file,
    text: `${JSON.stringify(file, null, 2)}\n`,
    fileName: resultFileName(content.person.unitId, content.person.name, exportedAt),
  };
}
