import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_FILE_SCHEMA_PATH, resultFileSchema, writeResultFile, type ResultDraft } from '.';
import { GET, getStaticPaths } from '../pages/schemas/[name].json';
import { PUBLISHED_SCHEMAS, resultFileJsonSchema } from './json-schema';
import { sampleDraft } from './test-fixtures';

const schema = resultFileJsonSchema();
/** A real validator, strict: a keyword it does not know is an error, not something it skips. */
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** Drafts of every shape the page writes: all filled in, nothing answered, simulator results. */
function drafts(): ResultDraft[] {
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
  const tested = sampleDraft();
  tested.simulators = [
    {
      id: 'lien-ket-vneid',
      available: true,
      test: { bestScore: 6, maxScore: 10, passed: false, completedAt: '2026-11-27T10:00:00+07:00' },
    },
    {
      id: 'lay-tu-kho',
      available: true,
      test: { bestScore: 9, maxScore: 10, passed: true, completedAt: '2026-11-28T10:00:00+07:00' },
    },
  ];
  const noLists = sampleDraft();
  noLists.checklist = [];
  noLists.simulators = [];
  return [sampleDraft(), empty, tested, noLists];
}

const fixtures = new URL('./fixtures/', import.meta.url);

describe('the published JSON Schema', () => {
  it('is generated from the zod schema as draft 2020-12, with its stable id', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:dvc-phu-cat:schemas:ket-qua-tu-danh-gia-v1',
      title: 'Tệp kết quả tự đánh giá, phiên bản 1',
      type: 'object',
      additionalProperties: false,
    });
    expect(Object.keys(schema['properties'] as object)).toEqual(Object.keys(resultFileSchema.shape));
  });

  it('is what the site serves at the address the self-assessment page links to', async () => {
    expect(getStaticPaths()).toEqual([{ params: { name: 'ket-qua-tu-danh-gia-v1' } }]);
    expect(RESULT_FILE_SCHEMA_PATH).toBe('/schemas/ket-qua-tu-danh-gia-v1.json');
    expect(Object.keys(PUBLISHED_SCHEMAS).map((name) => `/schemas/${name}.json`)).toEqual([RESULT_FILE_SCHEMA_PATH]);
    const response = await GET({ params: { name: 'ket-qua-tu-danh-gia-v1' } } as never);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
    expect(await response.json()).toEqual(schema);
  });

  it('accepts every file the writer produces', () => {
    for (const draft of drafts()) {
      const { file } = writeResultFile(draft);
      expect(validate(file) || validate.errors).toBe(true);
    }
  });

  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.json')))(
    'accepts %s, a file an earlier version of the site handed out',
    (name) => {
      const file: unknown = JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
      expect(validate(file) || validate.errors).toBe(true);
    },
  );

  it('gives every field the title messages call it by', () => {
    const untitled: string[] = [];
    const walk = (node: Record<string, any>, path: string) => {
      if (path !== '' && typeof node['title'] !== 'string') untitled.push(path);
      for (const [key, child] of Object.entries<Record<string, any>>(node['properties'] ?? {}))
        walk(child, path ? `${path}.${key}` : key);
      for (const option of node['anyOf'] ?? []) if (option.type !== 'null') walkInside(option, path);
      if (node['items']) walkInside(node['items'], `${path}[]`);
    };
    // A nullable field's title sits beside its anyOf, a list's on the list: what they wrap needs none.
    const walkInside = (node: Record<string, any>, path: string) => {
      for (const [key, child] of Object.entries<Record<string, any>>(node['properties'] ?? {}))
        walk(child, `${path}.${key}`);
      if (node['items']) walkInside(node['items'], `${path}[]`);
    };
    walk(schema, '');
    expect(untitled).toEqual([]);
  });
});
