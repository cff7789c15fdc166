/**
 * A small JSON Schema (draft 2020-12) checker for the keywords our published schema uses, so a unit
 * test can check real files against public/schemas/ without a validator dependency. It refuses any
 * keyword it does not know rather than ignoring it: the schema cannot grow a rule the test skips.
 * Test support only; nothing in the site imports it.
 */

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'oneOf',
  '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Errors found in `value` against `schema` (empty when valid), each with its JSON path. */
export function checkAgainstSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`json-schema-subset: unsupported keyword "${keyword}" at ${path}`);
  }
  if (typeof schema['$ref'] === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema['$ref'])?.[1];
    const target = name ? (root['$defs'] as Record<string, Schema> | undefined)?.[name] : undefined;
    if (!target) throw new Error(`json-schema-subset: unresolved $ref ${schema['$ref']}`);
    return checkAgainstSchema(value, target, root, path);
  }
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);

  if (schema['type'] !== undefined) {
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    if (!types.some((type) => matchesType(value, type)))
      return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema['const']))
    fail(`expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].some((item) => JSON.stringify(item) === JSON.stringify(value))) {
    fail(`not one of ${JSON.stringify(schema['enum'])}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema['minLength'] === 'number' && length < schema['minLength']) fail('too short');
    if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) fail('too long');
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      fail(`does not match ${schema['pattern']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail(`below ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail(`above ${schema['maximum']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) fail('too many items');
    if (schema['items'])
      value.forEach((item, index) =>
        errors.push(...checkAgainstSchema(item, schema['items'] as Schema, root, `${path}[${index}]`)),
      );
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in record)) fail(`missing "${key}"`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...checkAgainstSchema(item, properties[key], root, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) fail(`unexpected "${key}"`);
    }
  }
  if (Array.isArray(schema['oneOf'])) {
    const passing = (schema['oneOf'] as Schema[]).filter(
      (option) => checkAgainstSchema(value, option, root, path).length === 0,
    ).length;
    if (passing !== 1) fail(`matches ${passing} of oneOf`);
  }
  return errors;
}
