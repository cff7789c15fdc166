/**
 * The drift test: every field of a file, changed to something the site must refuse, then signed again
 * exactly as the site signs (so the checksum cannot be what refuses it). The reader must refuse each
 * one and name the changed field; the published JSON Schema, run by a real validator, must refuse
 * exactly those the table says a schema can express and accept the others (only the reader's own
 * checks catch them). A rule removed from the zod schema, from the generated JSON Schema or from the
 * reader's checks makes a row fail; a field added to the schema without a row here fails the last test.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseResultFile, resultFileSchema, writeResultFile, type ParseErrorCode } from '.';
import { resultFileJsonSchema } from './json-schema';
import { resealed, sampleDraft, SAMPLE_NOW, SAMPLE_ORGANISATION } from './test-fixtures';

const schema = resultFileJsonSchema();
const validate = new Ajv2020({ strict: true }).compile(schema);

/** A file with every field present and filled in, so every field can be changed. */
function fullFile(): Record<string, any> {
  const draft = sampleDraft();
  draft.simulators = [
    {
      id: 'lien-ket-vneid',
      available: true,
      test: { bestScore: 9, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' },
    },
    { id: 'lay-tu-kho', available: false, test: null },
  ];
  return JSON.parse(writeResultFile(draft).text) as Record<string, any>;
}

/** Which check refuses a change: the schema (so the published JSON Schema too), or only the reader. */
type Layer = 'schema' | 'reader';

interface Change {
  /** The changed field, as messages write it ("checklist[0].date"). */
  path: string;
  /** Its new value, or `undefined` to remove it. */
  value: unknown;
  layer: Layer;
  /** The refusal, when it is not "invalid": these messages name the problem, not always a field. */
  code?: ParseErrorCode;
}

const long = (length: number) => 'x'.repeat(length);
const future = '2026-11-30T08:00:00+07:00';

const changes: Change[] = [
  { path: 'contentVersion', value: '', layer: 'schema' },
  { path: 'contentVersion', value: long(LIMITS.contentVersionLength + 1), layer: 'schema' },
  { path: 'organisation', value: 'Phù Cát', layer: 'schema' },
  { path: 'organisation.name', value: ' ', layer: 'schema' },
  { path: 'organisation.name', value: long(LIMITS.officialNameLength + 1), layer: 'schema' },
  { path: 'organisation.name', value: 'Trung tâm Y tế huyện Mẫu Sơn', layer: 'reader', code: 'other-organisation' },
  { path: 'organisation.parent', value: null, layer: 'schema' },
  { path: 'organisation.parent', value: 'Sở Y tế tỉnh Mẫu', layer: 'reader', code: 'other-organisation' },
  { path: 'person', value: [], layer: 'schema' },
  { path: 'person.id', value: 'nguyen-van-mau', layer: 'schema' },
  { path: 'person.id', value: '00000000-0000-4000-8000-00000000ABCD', layer: 'schema' },
  { path: 'person.name', value: '  ', layer: 'schema' },
  { path: 'person.name', value: long(LIMITS.nameLength + 1), layer: 'schema' },
  { path: 'person.name', value: 'Mẫu 0900 000 000', layer: 'reader', code: 'personal-number' },
  { path: 'person.unitId', value: 'Khoa Nội', layer: 'schema' },
  { path: 'person.unitId', value: `k${'-a'.repeat(LIMITS.idLength)}`, layer: 'schema' },
  { path: 'person.unitId', value: 'khoa-mau', layer: 'reader', code: 'unknown-unit' },
  { path: 'person.unitName', value: '', layer: 'schema' },
  { path: 'person.unitName', value: long(LIMITS.officialNameLength + 1), layer: 'schema' },
  { path: 'person.staffCode', value: '', layer: 'schema' },
  { path: 'person.staffCode', value: long(LIMITS.staffCodeLength + 1), layer: 'schema' },
  { path: 'person.staffCode', value: 52099000111, layer: 'schema' },
  { path: 'person.staffCode', value: '052099000111', layer: 'reader', code: 'personal-number' },
  { path: 'checklist', value: {}, layer: 'schema' },
  { path: 'checklist', value: Array.from({ length: LIMITS.checklistEntries + 1 }, () => null), layer: 'schema' },
  { path: 'checklist', value: 'duplicate', layer: 'reader' },
  { path: 'checklist[0]', value: 'done', layer: 'schema' },
  { path: 'checklist[0].id', value: 'Vneid_muc_2', layer: 'schema' },
  { path: 'checklist[0].id', value: long(LIMITS.idLength + 1), layer: 'schema' },
  { path: 'checklist[0].answer', value: 'yes', layer: 'schema' },
  { path: 'checklist[0].answer', value: true, layer: 'schema' },
  { path: 'checklist[0].date', value: '05/03/2024', layer: 'schema' },
  { path: 'checklist[0].date', value: '2024-02-30', layer: 'reader' },
  { path: 'checklist[0].date', value: '2026-11-30', layer: 'reader', code: 'future-date' },
  { path: 'checklist[2].reason', value: ' ', layer: 'schema' },
  { path: 'checklist[2].reason', value: long(LIMITS.reasonLength + 1), layer: 'schema' },
  { path: 'checklist[2].reason', value: 'gọi 0900 000 000', layer: 'reader', code: 'personal-number' },
  { path: 'checklist[0].answeredAt', value: '2026-11-20T08:30:00', layer: 'schema' },
  { path: 'checklist[0].answeredAt', value: '2026-02-30T08:30:00+07:00', layer: 'reader' },
  { path: 'checklist[0].answeredAt', value: future, layer: 'reader', code: 'future-date' },
  { path: 'dossiers', value: null, layer: 'schema' },
  { path: 'dossiers.year', value: 1999, layer: 'schema' },
  { path: 'dossiers.year', value: 2101, layer: 'schema' },
  { path: 'dossiers.year', value: '2024', layer: 'schema' },
  { path: 'dossiers.submittedOnline', value: -1, layer: 'schema' },
  { path: 'dossiers.submittedOnline', value: 2.5, layer: 'schema' },
  { path: 'dossiers.submittedOnline', value: LIMITS.dossierCount + 1, layer: 'schema' },
  { path: 'dossiers.reusedDigitised', value: -1, layer: 'schema' },
  { path: 'dossiers.reusedDigitised', value: LIMITS.dossierCount + 1, layer: 'schema' },
  { path: 'dossiers.reusedDigitised', value: 4, layer: 'reader' },
  { path: 'note', value: '', layer: 'schema' },
  { path: 'note', value: long(LIMITS.noteLength + 1), layer: 'schema' },
  { path: 'note', value: 'CCCD 052099000111', layer: 'reader', code: 'personal-number' },
  { path: 'quiz', value: 13, layer: 'schema' },
  { path: 'quiz.bestScore', value: -1, layer: 'schema' },
  { path: 'quiz.bestScore', value: LIMITS.quizMaxScore + 1, layer: 'schema' },
  { path: 'quiz.bestScore', value: 17, layer: 'reader' },
  { path: 'quiz.maxScore', value: 0, layer: 'schema' },
  { path: 'quiz.maxScore', value: LIMITS.quizMaxScore + 1, layer: 'schema' },
  { path: 'quiz.passPercent', value: -1, layer: 'schema' },
  { path: 'quiz.passPercent', value: 101, layer: 'schema' },
  { path: 'quiz.passed', value: 'true', layer: 'schema' },
  { path: 'quiz.passed', value: false, layer: 'reader' },
  { path: 'quiz.completedAt', value: '28/11/2026', layer: 'schema' },
  { path: 'quiz.completedAt', value: future, layer: 'reader', code: 'future-date' },
  { path: 'simulators', value: 'lien-ket-vneid', layer: 'schema' },
  { path: 'simulators', value: Array.from({ length: LIMITS.simulatorEntries + 1 }, () => null), layer: 'schema' },
  { path: 'simulators', value: 'duplicate', layer: 'reader' },
  { path: 'simulators[0]', value: null, layer: 'schema' },
  { path: 'simulators[0].id', value: 'Liên kết', layer: 'schema' },
  { path: 'simulators[0].available', value: 'yes', layer: 'schema' },
  { path: 'simulators[0].test', value: 9, layer: 'schema' },
  { path: 'simulators[0].test.bestScore', value: -1, layer: 'schema' },
  { path: 'simulators[0].test.bestScore', value: 11, layer: 'reader' },
  { path: 'simulators[0].test.maxScore', value: 0, layer: 'schema' },
  { path: 'simulators[0].test.passed', value: 1, layer: 'schema' },
  { path: 'simulators[0].test.completedAt', value: '2026-11-28 10:00', layer: 'schema' },
  { path: 'simulators[0].test.completedAt', value: future, layer: 'reader', code: 'future-date' },
  {
    path: 'simulators[1].test',
    value: { bestScore: 9, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' },
    layer: 'reader',
  },
  { path: 'exportedAt', value: '2026-11-29', layer: 'schema' },
  { path: 'exportedAt', value: '2026-11-31T09:00:00+07:00', layer: 'reader' },
  { path: 'exportedAt', value: future, layer: 'reader', code: 'future-date' },
];

const keysOf = (path: string) =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** The full file with one field changed ("duplicate": the list's first entry appended again), signed again. */
function changed({ path, value }: Pick<Change, 'path' | 'value'>): { file: Record<string, any>; text: string } {
  const file = fullFile();
  const keys = keysOf(path);
  const parent = keys.slice(0, -1).reduce<any>((node, key) => node[key], file);
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value === 'duplicate' ? [...parent[last], structuredClone(parent[last][0])] : value;
  const text = resealed(file);
  return { file: JSON.parse(text) as Record<string, any>, text };
}

const read = (text: string) =>
  parseResultFile(text, { fileName: 'ket-qua.json', organisation: SAMPLE_ORGANISATION, now: SAMPLE_NOW });

/** Every field of the published schema, lists' entries written "[]" ("checklist[].date"). */
function schemaFields(node: Record<string, any> = schema, path = ''): string[] {
  const fields: string[] = [];
  for (const [key, child] of Object.entries<Record<string, any>>(node['properties'] ?? {})) {
    const at = path ? `${path}.${key}` : key;
    fields.push(at, ...schemaFields(child, at));
  }
  for (const option of node['anyOf'] ?? []) fields.push(...schemaFields(option, path));
  if (node['items']) fields.push(`${path}[]`, ...schemaFields(node['items'], `${path}[]`));
  return fields;
}

describe('every field, changed and signed again, is refused, and the refusal names it', () => {
  it('the full file itself is accepted by the reader and by the published schema', () => {
    const { file, text } = changed({ path: 'note', value: 'Ghi chú hợp lệ' });
    expect(read(text).ok).toBe(true);
    expect(validate(file)).toBe(true);
  });

  const rows = changes.map(
    (change) => [`${change.path} = ${JSON.stringify(change.value).slice(0, 40)}`, change] as const,
  );

  it.each(rows)('%s', (_, change) => {
    const { file, text } = changed(change);
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(change.code ?? 'invalid');
    if (change.code !== 'other-organisation' && change.code !== 'unknown-unit')
      expect(result.message).toContain(`(${change.path})`);
    expect(result.message).toContain('“ket-qua.json”');
    expect(result.message.length).toBeLessThan(500);
    // The published JSON Schema and the zod schema it is generated from agree, on every row.
    const bySchema = change.layer === 'reader';
    expect(validate(file), JSON.stringify(validate.errors)).toBe(bySchema);
    expect(resultFileSchema.safeParse(file).success).toBe(bySchema);
  });

  // `schema` and `version` are read before anything else and have messages of their own (parse.spec.ts);
  // a list's entries cannot be missing, only wrong.
  const removable = schemaFields().filter(
    (field) => !['schema', 'version'].includes(field) && !field.startsWith('checksum') && !field.endsWith('[]'),
  );
  it.each(removable)('%s, when missing', (field) => {
    const path = field.replaceAll('[]', '[0]');
    const { file, text } = changed({ path, value: undefined });
    const result = read(text);
    expect(!result.ok && result.message).toContain(`(${path}) bị thiếu`);
    expect(validate(file)).toBe(false);
  });

  it('a field the schema does not have, in the file and in each group', () => {
    for (const path of ['password', 'person.cccd', 'checklist[0].extra', 'quiz.extra', 'simulators[0].test.extra']) {
      const { file, text } = changed({ path, value: 'x' });
      const result = read(text);
      expect(!result.ok && result.message, path).toMatch(/ → “(password|cccd|extra)” là trường không có trong mẫu tệp/);
      expect(validate(file)).toBe(false);
    }
  });

  it('the checksum, whose changes the reader calls what they are', () => {
    const file = fullFile();
    file['checksum'].algorithm = 'sha1';
    expect(read(JSON.stringify(file))).toMatchObject({ ok: false, code: 'bad-checksum' });
    expect(validate(file)).toBe(false);
    file['checksum'] = { algorithm: 'sha256-jcs', value: 'abc' };
    expect(read(JSON.stringify(file))).toMatchObject({ ok: false, code: 'bad-checksum' });
    expect(validate(file)).toBe(false);
  });

  it('every field of the published schema has a row in the table above', () => {
    const changedFields = new Set(changes.map(({ path }) => path.replace(/\[\d+\]/g, '[]')));
    const valueFields = schemaFields().filter(
      (field) => !['schema', 'version', 'checksum', 'checksum.algorithm', 'checksum.value'].includes(field),
    );
    expect(valueFields.filter((field) => !changedFields.has(field))).toEqual([]);
  });
});
