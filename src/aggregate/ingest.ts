/**
 * From files to people: each file is checked by the shared result-file reader, then the accepted ones
 * are folded so one person counts once. Pure (no DOM), so it is unit-tested alone and the page can run
 * it in chunks on thousands of files.
 */
import { parseResultFile, parseIsoInstantSafe, type ParseErrorCode, type ResultContent } from './result-file-bridge';
import { expectedOrganisation, type AggregateConfig } from './types';

export interface AcceptedFile {
  fileName: string;
  /** The file's checksum: two copies of one export have the same one. */
  checksum: string;
  content: ResultContent;
}

export type RejectionCode = ParseErrorCode | 'unreadable' | 'not-json-file';

export interface RejectedFile {
  fileName: string;
  code: RejectionCode;
  /** Vietnamese, names the file. */
  message: string;
}

export type CheckedFile = { ok: true; file: AcceptedFile } | { ok: false; file: RejectedFile };

/** Checks one file's text with the shared reader. */
export function checkFile(fileName: string, text: string, config: AggregateConfig, now: Date): CheckedFile {
  const result = parseResultFile(text, { fileName, organisation: expectedOrganisation(config), now });
  if (!result.ok) return { ok: false, file: { fileName, code: result.code, message: result.message } };
  return { ok: true, file: { fileName, checksum: result.checksum, content: result.content } };
}

/** One person after folding: the newest file wins; the others are counted. */
export interface Person {
  /** The newest file's person id (stable key for lists). */
  key: string;
  file: AcceptedFile;
  /** How many distinct files were folded into this person (1 = no duplicate). */
  fileCount: number;
}

export interface SameNameFlag {
  unitId: string;
  name: string;
  /** The people (different person ids, no shared staff code) who carry this name in this unit. */
  people: Person[];
}

export interface Folded {
  people: Person[];
  /** Files folded into another of the same person (accepted files − people). */
  duplicatesFolded: number;
  /** Same name in one unit with different person ids: shown for a human to decide, never merged. */
  sameName: SameNameFlag[];
  /** People whose newest file counts dossiers of another year than the settings'. */
  otherYear: Person[];
}

/** NFC, single spaces, lower case: how names and units are compared. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Staff codes are typed by hand: "nv-01 " and "NV-01" are the same code. */
export function normaliseStaffCode(code: string | null | undefined): string | null {
  const normalised = code?.normalize('NFC').replace(/\s+/g, '').toUpperCase() ?? '';
  return normalised === '' ? null : normalised;
}

const exportedMs = (file: AcceptedFile) => parseIsoInstantSafe(file.content.exportedAt);

/** Whether `a` is newer than `b`: later export time, then (for a stable answer) the larger checksum. */
function newer(a: AcceptedFile, b: AcceptedFile): boolean {
  const ta = exportedMs(a);
  const tb = exportedMs(b);
  return ta !== tb ? ta > tb : a.checksum > b.checksum;
}

/**
 * Folds files into people. Files are the same person when they share the person id; failing that, the
 * staff code (a person who changed phones gets a new random id but keeps the code); and only for files
 * without an id, the NFC-normalised name and unit. The same name with different ids in one unit is not
 * merged (two nurses can share a name) but flagged.
 */
export function foldPeople(files: readonly AcceptedFile[], year: number): Folded {
  const parent = files.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  const firstByKey = new Map<string, number>();
  const link = (key: string, index: number) => {
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else union(first, index);
  };
  files.forEach((file, index) => {
    const { id, staffCode, name, unitId } = file.content.person;
    if (id) link(`id:${id}`, index);
    else link(`name:${unitId}:${normaliseName(name)}`, index);
    const code = normaliseStaffCode(staffCode);
    if (code) link(`code:${code}`, index);
  });

  const groups = new Map<number, { best: AcceptedFile; count: number }>();
  files.forEach((file, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (!group) groups.set(root, { best: file, count: 1 });
    else {
      group.count++;
      if (newer(file, group.best)) group.best = file;
    }
  });
  const people: Person[] = [...groups.values()].map(({ best, count }) => ({
    key: best.content.person.id || best.checksum,
    file: best,
    fileCount: count,
  }));

  const byName = new Map<string, Person[]>();
  for (const person of people) {
    const key = `${person.file.content.person.unitId}\u0000${normaliseName(person.file.content.person.name)}`;
    const list = byName.get(key);
    if (list) list.push(person);
    else byName.set(key, [person]);
  }
  const sameName: SameNameFlag[] = [...byName.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({
      unitId: list[0]!.file.content.person.unitId,
      name: list[0]!.file.content.person.name,
      people: list,
    }));

  return {
    people,
    duplicatesFolded: files.length - people.length,
    sameName,
    otherYear: people.filter((person) => person.file.content.dossiers.year !== year),
  };
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
