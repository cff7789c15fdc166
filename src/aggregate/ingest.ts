/**
 * From files to people: each file is checked by the shared result-file reader, then the accepted ones
 * are folded so one person counts once. Pure (no DOM), so it is unit-tested alone and the page can run
 * it in chunks on thousands of files.
 */
import { parseResultFile, parseIsoInstantSafe, type ParseErrorCode, type ResultContent } from './result-file-bridge';
import { hasHiddenCharacters, withoutHiddenCharacters } from '../hidden-characters';
import { capText } from './cap-text';
import { runSteps, ticker, type Steps } from './steps';
import { expectedOrganisation, type AggregateConfig } from './types';

export interface AcceptedFile {
  fileName: string;
  /** The file's checksum: two copies of one export have the same one. */
  checksum: string;
  content: ResultContent;
}

export type RejectionCode = ParseErrorCode | 'unreadable' | 'not-json-file' | 'not-text' | 'zip-limit';

export interface RejectedFile {
  fileName: string;
  code: RejectionCode;
  /** Vietnamese, names the file. */
  message: string;
}

export type CheckedFile = { ok: true; file: AcceptedFile } | { ok: false; file: RejectedFile };

/** Longest file name kept (a path inside a zip can be any length), and longest rejection message. */
export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_MESSAGE_LENGTH = 600;

/**
 * Checks one file's text with the shared reader. Only what was checked leaves here: the normalised
 * content of an accepted file, or for a rejected one its code and a bounded message, never its text.
 */
export function checkFile(fileName: string, text: string, config: AggregateConfig, now: Date): CheckedFile {
  const shownName = capText(fileName, MAX_FILE_NAME_LENGTH);
  const result = parseResultFile(text, { fileName: shownName, organisation: expectedOrganisation(config), now });
  if (!result.ok)
    return {
      ok: false,
      file: { fileName: shownName, code: result.code, message: capText(result.message, MAX_MESSAGE_LENGTH) },
    };
  return { ok: true, file: { fileName: shownName, checksum: result.checksum, content: result.content } };
}

/** One person after folding: the newest file wins; the others are counted. */
export interface Person {
  /** The newest file's person id (stable key for lists). */
  key: string;
  file: AcceptedFile;
  /** How many distinct files were folded into this person (1 = no duplicate). */
  fileCount: number;
  /** Every person id merged into this person (more than one after a "Gộp" decision). */
  ids: string[];
  /** The name or staff code holds invisible or direction-changing characters (removed when comparing). */
  hiddenCharacters: boolean;
}

/**
 * Two or more people (different person ids) who share a staff code, or a name in one unit. Never merged
 * without a person choosing: a new phone gives the same person a new id, but two people can also share a
 * name, and a staff code can be mistyped.
 */
export interface ReviewCase {
  /** Stable across reloads for the same people: what a decision is remembered under. */
  key: string;
  /** What the people share: a staff code, a name in one unit, or both. */
  reasons: Array<'staff-code' | 'same-name'>;
  people: Person[];
  /** Same name and unit on every file: merging is the likely answer (the new-phone case). */
  namesAndUnitAgree: boolean;
}

/** What the person resolving a review case chose. */
export type ReviewDecision = 'merge' | 'apart';

export type ReviewReason = ReviewCase['reasons'][number];

export interface Folded {
  people: Person[];
  /** Files folded into another of the same person (accepted files − people). */
  duplicatesFolded: number;
  /** Cases still waiting for a decision; their people count separately until then. */
  review: ReviewCase[];
  /** People whose newest file counts dossiers of another year than the settings'. */
  otherYear: Person[];
}

/** NFC, hidden characters removed, single spaces, lower case: how names and units are compared. */
export function normaliseName(name: string): string {
  return withoutHiddenCharacters(name.normalize('NFC')).trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Staff codes are typed by hand: "nv-01 " and "NV-01" are the same code. */
export function normaliseStaffCode(code: string | null | undefined): string | null {
  const normalised = (code ? withoutHiddenCharacters(code.normalize('NFC')) : '').replace(/\s+/g, '').toUpperCase();
  return normalised === '' ? null : normalised;
}

const exportedMs = (file: AcceptedFile) => parseIsoInstantSafe(file.content.exportedAt);

/** Whether `a` is newer than `b`: later export time, then (for a stable answer) the larger checksum. */
function newer(a: AcceptedFile, b: AcceptedFile): boolean {
  const ta = exportedMs(a);
  const tb = exportedMs(b);
  return ta !== tb ? ta > tb : a.checksum > b.checksum;
}

/** A file's identity: its person id, or for a file without one its name and unit. */
const identityOf = (file: AcceptedFile) =>
  file.content.person.id || `name:${file.content.person.unitId}:${normaliseName(file.content.person.name)}`;

interface Group {
  best: AcceptedFile;
  count: number;
  ids: Set<string>;
}

function* groupBy(files: readonly AcceptedFile[], identity: (file: AcceptedFile) => string): Steps<Map<string, Group>> {
  const tick = ticker();
  const groups = new Map<string, Group>();
  for (const file of files) {
    if (tick()) yield;
    const id = identity(file);
    const group = groups.get(id);
    if (!group) groups.set(id, { best: file, count: 1, ids: new Set([identityOf(file)]) });
    else {
      group.count++;
      group.ids.add(identityOf(file));
      if (newer(file, group.best)) group.best = file;
    }
  }
  return groups;
}

const toPerson = ({ best, count, ids }: Group): Person => ({
  key: best.content.person.id || best.checksum,
  file: best,
  fileCount: count,
  ids: [...ids].sort(),
  hiddenCharacters: hasHiddenCharacters(best.content.person.name) || hasHiddenCharacters(best.content.person.staffCode),
});

/** The key a decision on these people is saved under: their ids, so a newcomer to the group asks again. */
const caseKey = (ids: readonly string[]) => [...ids].sort().join(',');

/**
 * Folds files into people by person id only. Different ids sharing a staff code, or a name in one unit,
 * become review cases; a case the office has decided is applied ("merge": one person, the newest file
 * wins; "apart": separate people, no longer asked), an undecided one keeps the people apart and is listed.
 */
export function* foldPeopleSteps(
  files: readonly AcceptedFile[],
  year: number,
  decisions: Readonly<Record<string, ReviewDecision>> = {},
): Steps<Folded> {
  const tick = ticker();
  const byId = yield* groupBy(files, identityOf);
  const candidates = new Map<string, { reasons: Set<ReviewReason>; ids: string[] }>();
  // Keyed in one pass over the people (a Map per key), never by comparing every pair.
  function* cluster(reason: ReviewReason, keyOf: (file: AcceptedFile) => string | null): Steps<void> {
    const byKey = new Map<string, string[]>();
    for (const [id, group] of byId) {
      if (tick()) yield;
      const key = keyOf(group.best);
      if (key === null) continue;
      const list = byKey.get(key);
      if (list) list.push(id);
      else byKey.set(key, [id]);
    }
    for (const ids of byKey.values()) {
      if (ids.length < 2) continue;
      const key = caseKey(ids);
      const candidate = candidates.get(key);
      if (candidate) candidate.reasons.add(reason);
      else candidates.set(key, { reasons: new Set([reason]), ids });
    }
  }
  yield* cluster('staff-code', (file) => normaliseStaffCode(file.content.person.staffCode));
  yield* cluster('same-name', (file) => `${file.content.person.unitId}:${normaliseName(file.content.person.name)}`);

  const mergeInto = new Map<string, string>();
  const review: Array<{ key: string; reasons: Set<ReviewReason>; ids: string[] }> = [];
  for (const [key, candidate] of candidates) {
    const decision = decisions[key];
    if (decision === 'merge') for (const id of candidate.ids.slice(1)) mergeInto.set(id, candidate.ids[0]!);
    else if (decision !== 'apart') review.push({ key, ...candidate });
  }

  const root = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (mergeInto.has(current) && !seen.has(current)) {
      seen.add(current);
      current = mergeInto.get(current)!;
    }
    return current;
  };
  const merged = yield* groupBy(files, (file) => root(identityOf(file)));
  const personOf = new Map<string, Person>();
  const people: Person[] = [];
  for (const [id, group] of merged) {
    if (tick()) yield;
    const person = toPerson(group);
    people.push(person);
    personOf.set(id, person);
  }

  const cases: ReviewCase[] = [];
  for (const { key, reasons, ids } of review) {
    if (tick()) yield;
    const casePeople = [...new Set(ids.map((id) => personOf.get(root(id))!))];
    // Merged meanwhile by another decision: nothing left to ask.
    if (casePeople.length < 2) continue;
    const first = casePeople[0]!.file.content.person;
    cases.push({
      key,
      reasons: [...reasons],
      people: casePeople,
      namesAndUnitAgree: casePeople.every(
        ({ file: { content } }) =>
          content.person.unitId === first.unitId && normaliseName(content.person.name) === normaliseName(first.name),
      ),
    });
  }

  return {
    people,
    duplicatesFolded: files.length - people.length,
    review: cases,
    otherYear: people.filter((person) => person.file.content.dossiers.year !== year),
  };
}

export function foldPeople(...args: Parameters<typeof foldPeopleSteps>): Folded {
  return runSteps(foldPeopleSteps(...args));
}

/**
 * Adds newly checked files to a set, dropping exact copies (same checksum) of a file already there,
 * so loading the same folder twice changes nothing. Returns how many copies were dropped.
 */
export function addAccepted(existing: AcceptedFile[], incoming: readonly AcceptedFile[], seen: Set<string>): number {
  let copies = 0;
  for (const file of incoming) {
    if (seen.has(file.checksum)) {
      copies++;
      continue;
    }
    seen.add(file.checksum);
    existing.push(file);
  }
  return copies;
}
