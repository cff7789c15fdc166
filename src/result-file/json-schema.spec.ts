import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ANSWERS,
  CHECKSUM_ALGORITHM,
  CHECKSUM_PATTERN,
  LIMITS,
  PERSON_ID_PATTERN,
  RESULT_FILE_SCHEMA,
  RESULT_FILE_SCHEMA_PATH,
  RESULT_FILE_VERSION,
  SLUG_PATTERN,
  parseResultFile,
  writeResultFile,
} from '.';
import { checkAgainstSchema } from './json-schema-subset';
import { sampleDraft, SAMPLE_NOW, SAMPLE_ORGANISATION } from './test-fixtures';
import { CONTENT_KEYS } from './validate';

const schemaUrl = new URL(`../../public${RESULT_FILE_SCHEMA_PATH}`, import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, any>;
const props = schema['properties'];

/** Real files, written by the module, covering nulls and filled values. */
function realFiles() {
  const full = sampleDraft();
  const empty = sampleDraft();
  empty.person.staffCode = null;
  empty.checklist = empty.checklist.map((entry) => ({
    ...entry,
    answer: null,
    date: null,
    reason: null,
    answeredAt: null,
  }));
  empty.dossiers = { year: 2024, submittedOnline: null, reusedDigitised: null };
  empty.note = null;
  empty.quiz = null;
  const withSimulator = sampleDraft();
  withSimulator.simulators = [
    {
      id: 'lay-tu-kho',
      available: true,
      test: { bestScore: 9, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' },
    },
  ];
  return [full, empty, withSimulator].map((draft) => writeResultFile(draft).file);
}

describe('the published JSON Schema', () => {
  it('is published at the stable URL the module names', () => {
    expect(RESULT_FILE_SCHEMA_PATH).toBe('/schemas/ket-qua-tu-danh-gia-v1.json');
    expect(existsSync(schemaUrl)).toBe(true);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts every real file the writer produces', () => {
    for (const file of realFiles()) expect(checkAgainstSchema(file, schema)).toEqual([]);
  });

  it('agrees with the module on names, version, required keys and enums', () => {
    expect(props.schema.const).toBe(RESULT_FILE_SCHEMA);
    expect(props.version.const).toBe(RESULT_FILE_VERSION);
    expect(props.checksum.properties.algorithm.const).toBe(CHECKSUM_ALGORITHM);
    expect(schema['required']).toEqual([...CONTENT_KEYS, 'checksum']);
    expect(Object.keys(props)).toEqual([...CONTENT_KEYS, 'checksum']);
    const file = realFiles()[0]!;
    expect(props.person.required).toEqual(Object.keys(file.person));
    expect(props.checklist.items.required).toEqual(Object.keys(file.checklist[0]!));
    expect(props.dossiers.required).toEqual(Object.keys(file.dossiers));
    expect(props.quiz.oneOf[1].required).toEqual(Object.keys(file.quiz!));
    expect(props.simulators.items.required).toEqual(Object.keys(file.simulators[0]!));
    expect(props.checklist.items.properties.answer.enum).toEqual([...CHECKLIST_ANSWERS, null]);
  });

  it('uses the module own patterns and limits', () => {
    expect(props.person.properties.id.pattern).toBe(PERSON_ID_PATTERN.source);
    expect(schema['$defs'].slug.pattern).toBe(SLUG_PATTERN.source);
    expect(props.checksum.properties.value.pattern).toBe(CHECKSUM_PATTERN.source);
    expect(props.person.properties.name.maxLength).toBe(LIMITS.nameLength);
    expect(props.person.properties.staffCode.maxLength).toBe(LIMITS.staffCodeLength);
    expect(props.checklist.items.properties.reason.maxLength).toBe(LIMITS.reasonLength);
    expect(props.note.maxLength).toBe(LIMITS.noteLength);
    expect(props.contentVersion.maxLength).toBe(LIMITS.contentVersionLength);
    expect(props.checklist.maxItems).toBe(LIMITS.checklistEntries);
    expect(props.simulators.maxItems).toBe(LIMITS.simulatorEntries);
    expect(schema['$defs'].countOrNull.maximum).toBe(LIMITS.dossierCount);
  });

  it('rejects what the module rejects, for every rule a schema can express', () => {
    const mutations: Array<(file: Record<string, any>) => void> = [
      (f) => delete f['person'].unitId,
      (f) => (f['extra'] = 1),
      (f) => (f['version'] = 2),
      (f) => (f['checklist'][0].answer = 'yes'),
      (f) => (f['checklist'][0].date = '05/03/2024'),
      (f) => (f['person'].id = 'nguyen-van-mau'),
      (f) => (f['person'].unitId = 'Khoa Nội'),
      (f) => (f['person'].name = ''),
      (f) => (f['dossiers'].submittedOnline = 2.5),
      (f) => (f['dossiers'].submittedOnline = -1),
      (f) => (f['quiz'].maxScore = 0),
      (f) => (f['exportedAt'] = '2026-11-29T09:00:00'),
      (f) => (f['checksum'].algorithm = 'sha1'),
      (f) => (f['simulators'][0].available = 'no'),
      (f) => (f['note'] = 'x'.repeat(LIMITS.noteLength + 1)),
    ];
    for (const mutate of mutations) {
      const file = structuredClone(realFiles()[0]) as Record<string, any>;
      mutate(file);
      expect(checkAgainstSchema(file, schema), mutate.toString()).not.toEqual([]);
      const read = parseResultFile(JSON.stringify(file), {
        fileName: 'x.json',
        organisation: SAMPLE_ORGANISATION,
        now: SAMPLE_NOW,
      });
      expect(read.ok, mutate.toString()).toBe(false);
    }
  });

  it('the checker itself refuses keywords it does not know', () => {
    expect(() => checkAgainstSchema(1, { type: 'integer', multipleOf: 2 })).toThrow(/multipleOf/);
  });
});
