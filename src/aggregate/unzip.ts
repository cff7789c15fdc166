/**
 * Reading a .zip of result files, and the one text-encoding policy for every file. Pure (no DOM): it
 * runs in the check worker (fflate's own async API starts workers from blob: URLs, which the site's CSP
 * refuses), and in Node for the tests. A zip is inflated as a stream and every limit is checked against
 * the bytes really inflated so far, not against the sizes the zip claims: a 2 MB zip cannot make the
 * page inflate 2 GB.
 */
import { Inflate, Unzip, type FlateError, type UnzipDecoder } from 'fflate';
import { capText } from './cap-text';
import { checkFile, MAX_FILE_NAME_LENGTH, MAX_MESSAGE_LENGTH, type CheckedFile, type RejectedFile } from './ingest';
import { MAX_FILE_BYTES, resultFileMessages } from './result-file-bridge';
import { loaderStrings as s } from './strings';
import type { AggregateConfig } from './types';

export const ZIP_LIMITS = {
  /** Result files one zip may hold: a whole province's health sector, and then some. */
  maxEntries: 30_000,
  /** Bytes inflated from one zip, all entries together (a real file is a few KB). */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Bytes one entry may inflate to: the size limit of a result file. */
  maxEntryBytes: MAX_FILE_BYTES,
} as const;

export type ZipLimits = { readonly [K in keyof typeof ZIP_LIMITS]: number };

/** System clutter found in folders and zips: skipped silently, not listed as rejected. */
export function isClutter(path: string): boolean {
  const base = path.split('/').pop() ?? path;
  return (
    path.endsWith('/') ||
    path.startsWith('__MACOSX/') ||
    path.includes('/__MACOSX/') ||
    base.startsWith('.') ||
    /^(thumbs\.db|desktop\.ini)$/i.test(base)
  );
}

export type ZipEntry = { name: string; bytes: Uint8Array } | { name: string; rejected: RejectedFile };

export interface UnzipOutcome {
  entries: ZipEntry[];
  /** Set when the zip as a whole was refused or cut short (damaged, too many entries, too much data). */
  stopped: RejectedFile | null;
}

/**
 * How much of the zip is fed in at a time. Deflate expands at most ~1,030 times, so one chunk of a
 * bomb inflates to ~4 MB before the limits are next checked.
 */
const CHUNK = 4 * 1024;

/**
 * fflate's UnzipInflate, but one that really stops: its own `terminate` only exists for the worker
 * version, so a terminated entry would go on inflating (uselessly) to its end.
 */
class StoppableInflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: UnzipDecoder['ondata'] = () => undefined;
  private stopped = false;
  private readonly inflate = new Inflate((data, final) => this.ondata(null, data, final));

  push(data: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(data, final);
    } catch (error) {
      this.ondata(error as FlateError, new Uint8Array(0), final);
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The result files in a zip, each as its bytes or the reason it was refused. Entries inside a nested
 * zip are not read (one level only); an entry that inflates past the file limit is stopped there.
 */
export function unzipResultFiles(zipName: string, bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): UnzipOutcome {
  const entries: ZipEntry[] = [];
  let stopped: RejectedFile | null = null;
  let count = 0;
  let total = 0;
  const stop = (message: string) => {
    stopped ??= { fileName: zipName, code: 'zip-limit', message };
  };
  const unzip = new Unzip((file) => {
    if (stopped || isClutter(file.name)) return;
    const fileName = `${zipName}/${file.name}`;
    if (++count > limits.maxEntries) return stop(s.zipTooManyEntries(zipName, limits.maxEntries));
    if (/\.zip$/i.test(file.name)) {
      entries.push({ name: fileName, rejected: { fileName, code: 'unreadable', message: s.nestedZip(fileName) } });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    file.ondata = (error, chunk, final) => {
      if (done) return;
      if (error) {
        done = true;
        entries.push({ name: fileName, rejected: { fileName, code: 'unreadable', message: s.badZipEntry(fileName) } });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        done = true;
        file.terminate();
        return stop(s.zipTooLarge(zipName, limits.maxTotalBytes));
      }
      if (size > limits.maxEntryBytes) {
        done = true;
        file.terminate();
        entries.push({
          name: fileName,
          rejected: {
            fileName,
            code: 'too-large',
            message: s.zipEntryTooLarge(fileName, size, file.originalSize, limits.maxEntryBytes),
          },
        });
        return;
      }
      chunks.push(chunk);
      if (final) {
        done = true;
        entries.push({ name: fileName, bytes: concat(chunks, size) });
      }
    };
    try {
      file.start();
    } catch {
      // An entry packed with a method fflate cannot inflate (not "stored" or "deflate").
      entries.push({ name: fileName, rejected: { fileName, code: 'unreadable', message: s.badZipEntry(fileName) } });
    }
  });
  unzip.register(StoppableInflate);
  try {
    for (let offset = 0; offset < bytes.length && !stopped; offset += CHUNK)
      unzip.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
    if (bytes.length === 0) unzip.push(bytes, true);
  } catch {
    stop(s.badZip(zipName));
  }
  if (!stopped && count === 0 && !looksLikeZip(bytes)) stop(s.badZip(zipName));
  return { entries, stopped };
}

/** A zip starts with a local file header (or, when empty, the end-of-directory record). */
const looksLikeZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * The one encoding policy, for picked files and zip entries alike: a UTF-8 or UTF-16 (Notepad's
 * "Unicode") byte-order mark is honoured; anything else must be valid UTF-8, or the file is refused.
 */
export function decodeResultText(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // `fatal`: a byte sequence that is not valid in the encoding throws instead of becoming "�".
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A refusal with its file name and message bounded, whatever the file or zip put in them. */
export function refusal(fileName: string, code: RejectedFile['code'], message: string): RejectedFile {
  return {
    fileName: capText(fileName, MAX_FILE_NAME_LENGTH),
    code,
    message: capText(message, MAX_MESSAGE_LENGTH),
  };
}

/** Decodes a file's bytes by the one encoding policy, then checks it. */
export function checkBytes(name: string, bytes: Uint8Array, config: AggregateConfig, now: Date): CheckedFile {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, file: refusal(name, 'too-large', resultFileMessages.tooLarge(name, bytes.length)) };
  const text = decodeResultText(bytes);
  if (text === null) return { ok: false, file: refusal(name, 'not-text', s.notText(name)) };
  return checkFile(name, text, config, now);
}

/** Every result file in a zip, checked, in the zip's order; the zip's own refusal (if any) last. */
export function checkZip(name: string, bytes: Uint8Array, config: AggregateConfig, now: Date): CheckedFile[] {
  const { entries, stopped } = unzipResultFiles(name, bytes);
  const results = entries.map((entry): CheckedFile =>
    'bytes' in entry
      ? checkBytes(entry.name, entry.bytes, config, now)
      : { ok: false, file: refusal(entry.rejected.fileName, entry.rejected.code, entry.rejected.message) },
  );
  if (stopped) results.push({ ok: false, file: refusal(stopped.fileName, stopped.code, stopped.message) });
  return results;
}
