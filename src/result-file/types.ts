/**
 * The result file: one JSON file per person per export, read back by the self-assessment page (to
 * restore a person's progress) and by the TCHC aggregation page (thousands at a time). This file holds
 * the shape of the current version and the constants the JSON Schema in public/schemas/ must agree with.
 */

/** The `schema` field of every result file, and the stem of the published JSON Schema's name. */
export const RESULT_FILE_SCHEMA = 'ket-qua-tu-danh-gia';
/** The version this code writes. Older versions are migrated on reading; newer ones are refused. */
export const RESULT_FILE_VERSION = 1;
/** Where the site publishes the JSON Schema of the current version, relative to the site's base. */
export const RESULT_FILE_SCHEMA_PATH = `/schemas/${RESULT_FILE_SCHEMA}-v${RESULT_FILE_VERSION}.json`;
/** SHA-256 over the canonical JSON (RFC 8785 style) of the file without its `checksum` field. */
export const CHECKSUM_ALGORITHM = 'sha256-jcs';
/** A real file is a few KB; anything this big is the wrong file, and reading it would stall a phone. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What a person answered for one checklist item. `null` in the file means not answered yet. */
export const CHECKLIST_ANSWERS = ['done', 'not-done', 'not-applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** Limits that keep a file readable and small; the JSON Schema repeats them. */
export const LIMITS = {
  nameLength: 100,
  staffCodeLength: 30,
  reasonLength: 300,
  noteLength: 500,
  contentVersionLength: 100,
  checklistEntries: 50,
  simulatorEntries: 50,
  dossierCount: 10_000,
  quizMaxScore: 1_000,
} as const;

/** Stable ids of units, checklist items and scenarios: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A random (version 4) UUID: the person id, made once on the person's device. */
export const PERSON_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Who the file belongs to. Name and parent authority together, compared exactly (after Unicode NFC
 * and trimming): simple to compare, and two centres of the same name under different Sở differ.
 */
export interface ResultOrganisation {
  name: string;
  parent: string;
}

export interface ResultPerson {
  /** Random UUID made once per person and kept through export and re-import. */
  id: string;
  name: string;
  /** The unit's stable id from the organisation settings. */
  unitId: string;
  /** The unit's name when the file was written, for people reading the file; `unitId` is what counts. */
  unitName: string;
  staffCode: string | null;
}

export interface ChecklistEntry {
  /** The item's stable id from content/assessment/checklist.yaml. */
  id: string;
  answer: ChecklistAnswer | null;
  /** The day the person did it ("yyyy-mm-dd", a day in Vietnam), when they said. */
  date: string | null;
  /** Why the item does not apply, or another short remark. */
  reason: string | null;
  /** When the answer was last changed: ISO 8601 with offset. */
  answeredAt: string | null;
}

/**
 * Dossiers the person submitted online in the target year, and how many of them reused at least one
 * digitised paper. The 60% target counts dossiers, not people, so the aggregation sums these.
 */
export interface DossierCounts {
  year: number;
  submittedOnline: number | null;
  reusedDigitised: number | null;
}

export interface QuizResult {
  bestScore: number;
  maxScore: number;
  /** The pass mark in force when the best score was reached, in percent. */
  passPercent: number;
  passed: boolean;
  completedAt: string;
}

/** A passed or failed "Kiểm tra" (test mode) run of a simulator. */
export interface SimulatorTestResult {
  bestScore: number;
  maxScore: number;
  passed: boolean;
  completedAt: string;
}

export interface SimulatorEntry {
  id: string;
  /** Whether the simulator existed on the site when the file was written. */
  available: boolean;
  /** Null until the person has taken the test, and always null while the simulator is not available. */
  test: SimulatorTestResult | null;
}

/** Everything in a version 1 file except the checksum. */
export interface ResultContent {
  schema: typeof RESULT_FILE_SCHEMA;
  version: typeof RESULT_FILE_VERSION;
  /** Which wording of the checklist and quiz the person answered (a hash made when the site is built). */
  contentVersion: string;
  organisation: ResultOrganisation;
  person: ResultPerson;
  checklist: ChecklistEntry[];
  dossiers: DossierCounts;
  note: string | null;
  quiz: QuizResult | null;
  simulators: SimulatorEntry[];
  exportedAt: string;
}

/** A checksum that catches corruption and hand edits. Anyone can recompute it: it is not a signature. */
export interface ResultChecksum {
  algorithm: typeof CHECKSUM_ALGORITHM;
  value: string;
}

export interface ResultFile extends ResultContent {
  checksum: ResultChecksum;
}

/** What the reader needs to know about the organisation the files are expected from. */
export interface ExpectedOrganisation {
  name: string;
  parent: string;
  units: ReadonlyArray<{ id: string; name: string }>;
}
