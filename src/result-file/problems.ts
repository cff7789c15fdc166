/**
 * How a problem in a file is put into words: the Vietnamese phrases of the `invalid` message, the name of
 * a field ("họ và tên (person.name)", read from the schema's titles), a zod issue turned into both, and
 * the one way a message quotes text taken from a file.
 */
import type * as z from 'zod/mini';
import { globalRegistry } from 'zod/mini';
import { withoutHiddenCharacters } from '../hidden-characters';

/** Vietnamese problem phrases: "<field> <problem>". */
export const problems = {
  missing: 'bị thiếu',
  unexpected: 'là trường không có trong mẫu tệp',
  notObject: 'phải là một nhóm thông tin (object)',
  notArray: 'phải là một danh sách',
  notString: 'phải là chữ',
  notNumber: 'phải là số nguyên',
  notBoolean: 'phải là true hoặc false',
  empty: 'không được để trống',
  tooLong: (max: number) => `dài quá ${max} ký tự`,
  tooMany: (max: number) => `có quá ${max} phần tử`,
  outOfRange: (min: number, max: number) => `phải từ ${min} đến ${max}`,
  pattern: 'không đúng dạng',
  notOneOf: (values: readonly unknown[]) => `phải là một trong ${values.map((v) => `“${String(v)}”`).join(', ')}`,
  notDay: 'phải là ngày dạng năm-tháng-ngày (ví dụ 2024-03-05)',
  notInstant: 'phải là thời điểm ISO 8601 có múi giờ (ví dụ 2024-03-05T09:00:00+07:00)',
  duplicate: (id: string) => `có mã “${quote(id)}” bị lặp`,
  reusedAboveSubmitted: 'lớn hơn số hồ sơ đã nộp trực tuyến',
  passedMismatch: 'không khớp với điểm và điểm đạt',
  bestAboveMax: 'lớn hơn điểm tối đa',
  testWhileUnavailable: 'có kết quả dù mô phỏng chưa có trên trang',
} as const;

/** How much of any text taken from a file a message may quote. */
export const QUOTE_LENGTH = 80;

/** Line breaks, tabs and the other control characters. */
const CONTROL = /\p{Cc}/gu;

/**
 * Text from a file (a name, a key, a file name) as a message may show it: on one line, without
 * characters that would reverse or hide the page's own text after it, and at most `QUOTE_LENGTH`
 * characters, the middle elided so both the start and the end (a file's extension) stay visible.
 * A megabyte-long field thus makes a message of normal length.
 */
export function quote(text: string): string {
  // Cut first: cleaning a megabyte only to show 80 characters of it would be wasted work.
  const rough =
    text.length > QUOTE_LENGTH * 4 ? `${text.slice(0, QUOTE_LENGTH * 2)}…${text.slice(-QUOTE_LENGTH)}` : text;
  const clean = withoutHiddenCharacters(rough.replace(CONTROL, ' '));
  const chars = Array.from(clean);
  if (chars.length <= QUOTE_LENGTH) return clean;
  const tail = Math.floor((QUOTE_LENGTH - 1) / 3);
  return `${chars.slice(0, QUOTE_LENGTH - 1 - tail).join('')}…${chars.slice(-tail).join('')}`;
}

type Path = readonly PropertyKey[];

/** The schema a wrapper (nullable, optional…) stands for, or undefined when it is not one. */
function inner(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  return def.type === 'nullable' || def.type === 'optional' || def.type === 'default' ? def.innerType : undefined;
}

/** The schema of the field at `key` inside `schema`, looking through wrappers. */
function child(schema: z.core.$ZodType, key: PropertyKey): z.core.$ZodType | undefined {
  for (let s: z.core.$ZodType | undefined = schema; s; s = inner(s)) {
    const def = (s as z.core.$ZodTypes)._zod.def;
    if (def.type === 'object' && typeof key === 'string') return def.shape[key];
    if (def.type === 'array' && typeof key === 'number') return def.element;
  }
  return undefined;
}

/** The schemas along a path: the root's, then each field's (shorter when the path leaves the schema). */
function schemasAlong(root: z.core.$ZodType, path: Path): z.core.$ZodType[] {
  const found = [root];
  for (const key of path) {
    const next = child(found[found.length - 1]!, key);
    if (!next) break;
    found.push(next);
  }
  return found;
}

/** A schema's title, on it or on what it wraps. */
function titleOf(schema: z.core.$ZodType | undefined): string | undefined {
  for (let s = schema; s; s = inner(s)) {
    const title = globalRegistry.get(s)?.title;
    if (title) return title;
  }
  return undefined;
}

/** "checklist[2].date" */
function pathText(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

const lookUp = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as never)[key] : undefined),
    data,
  );

/**
 * What messages call a field: its title in the schema and where it is in the file, e.g.
 * "họ và tên (person.name)". Inside a list whose entries have an id, the entry is named by it from
 * `data` ("ngày thực hiện của mục tự đánh giá “vneid-muc-2” (checklist[0].date)"), since the TCHC
 * office knows items by name, not by position. The whole file is "tệp".
 */
export function fieldName(root: z.core.$ZodType, path: Path, data?: unknown): string {
  if (path.length === 0) return 'tệp';
  const schemas = schemasAlong(root, path);
  let name = titleOf(schemas[path.length]) ?? `trường “${quote(String(path[path.length - 1]))}”`;
  const entry = path.findLastIndex((key) => typeof key === 'number');
  if (entry >= 0 && entry < path.length - 1) {
    const id = lookUp(data, [...path.slice(0, entry + 1), 'id']);
    const entryTitle = titleOf(schemas[entry + 1]);
    if (typeof id === 'string' && entryTitle) name = `${name} của ${entryTitle} “${quote(id)}”`;
  }
  return `${name} (${pathText(path)})`;
}

/** "phải từ 0 đến 10000": the bounds the schema of the number field at `path` sets. */
function outOfRange(root: z.core.$ZodType, path: Path): string {
  let min = -Infinity;
  let max = Infinity;
  for (let s = schemasAlong(root, path)[path.length]; s; s = inner(s)) {
    for (const check of s._zod.def.checks ?? []) {
      const def = check._zod.def as { check: string; value?: unknown };
      if (typeof def.value !== 'number') continue;
      if (def.check === 'greater_than') min = def.value;
      if (def.check === 'less_than') max = def.value;
    }
  }
  return problems.outOfRange(min, max);
}

const TYPE_PROBLEMS: Partial<Record<string, string>> = {
  object: problems.notObject,
  array: problems.notArray,
  string: problems.notString,
  number: problems.notNumber,
  int: problems.notNumber,
  boolean: problems.notBoolean,
};

/**
 * One zod issue of `root` on `data`, as the field it is about and the problem, in Vietnamese. The
 * schema gives its format checks their phrase (`z.regex(…, problems.notDay)`); the rest is read from
 * the issue's code and the schema.
 */
export function describeIssue(
  root: z.core.$ZodType,
  issue: z.core.$ZodIssue,
  data: unknown,
): { field: string; problem: string } {
  const { path } = issue;
  const field = fieldName(root, path, data);
  const parent = lookUp(data, path.slice(0, -1));
  const missing =
    path.length > 0 &&
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, path[path.length - 1]!);
  if (missing) return { field, problem: problems.missing };
  switch (issue.code) {
    case 'unrecognized_keys':
      return { field: `${field} → “${quote(issue.keys[0] ?? '')}”`, problem: problems.unexpected };
    case 'invalid_type':
      return { field, problem: TYPE_PROBLEMS[issue.expected] ?? problems.pattern };
    case 'invalid_value':
      return { field, problem: problems.notOneOf(issue.values) };
    case 'too_big':
      if (issue.origin === 'string') return { field, problem: problems.tooLong(Number(issue.maximum)) };
      if (issue.origin === 'array') return { field, problem: problems.tooMany(Number(issue.maximum)) };
      return { field, problem: outOfRange(root, path) };
    case 'too_small':
      return { field, problem: outOfRange(root, path) };
    case 'invalid_format':
    case 'custom':
      return { field, problem: issue.message };
    default:
      return { field, problem: problems.pattern };
  }
}
