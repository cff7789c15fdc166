/**
 * The file's checksum: SHA-256 of the canonical JSON. Computed with @noble/hashes rather than
 * crypto.subtle, which browsers only offer on https: the site must work over plain http on an intranet.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalize } from './canonical';

/** Lower-case hex SHA-256 of the canonical JSON of `value`. */
export function checksumOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalize(value))));
}

/** Hex SHA-256 of a string's UTF-8 bytes (used for the content version made at build time). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The object without its `checksum` key: what the checksum is computed over. */
export function withoutChecksum(file: Record<string, unknown>): Record<string, unknown> {
  const { checksum: _checksum, ...rest } = file;
  return rest;
}
