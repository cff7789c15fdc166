/**
 * The result file's types and constants, defined once in schema.ts (its types are inferred from the
 * schema), and what the reader is told about the organisation files are expected from.
 */
export * from './schema';

/** What the reader needs to know about the organisation the files are expected from. */
export interface ExpectedOrganisation {
  name: string;
  parent: string;
  units: ReadonlyArray<{ id: string; name: string }>;
}
