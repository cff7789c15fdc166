/**
 * The result file, owned here and nowhere else: its schema (and the types inferred from it), canonical
 * JSON and checksum, the writer, the reader (every check) and the file name. Pure TypeScript with no
 * DOM and no stores, shared by the self-assessment page, the aggregation page and the tests.
 */
export * from './types';
export { canonicalize } from './canonical';
export { checksumOf } from './checksum';
export { findPersonalNumber, type PersonalNumberKind } from '../personal-data';
export {
  parseResultFile,
  type ParseErrorCode,
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type ParseSuccess,
} from './parse';
export { writeResultFile, type ResultDraft, type WrittenFile } from './write';
export { resultFileName, asciiSlug } from './file-name';
export { reachesPassMark } from './validate';
