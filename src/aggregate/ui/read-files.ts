/**
 * Turning what the person picked or dropped (files, a folder, a .zip) into checked result files,
 * in small slices of time so the page keeps responding to clicks and scrolling while 5,000 files are
 * read. Nothing is uploaded: files are read in memory with the File API and fflate.
 */
import { addAccepted, type AcceptedFile, type CheckedFile, type RejectedFile } from '../ingest';
import { MAX_FILE_BYTES, resultFileMessages } from '../result-file-bridge';
import type { AggregateConfig } from '../types';
import { loaderStrings as s } from '../strings';
import { checkBytes, checkZip, isClutter, refusal } from '../unzip';
import { yieldToBrowser } from '../../main-thread/yield-to-browser';
import { runStepsSliced, type Steps } from '../steps';
import type { CheckRequest, CheckResponse } from './check-worker';

/** A picked file, named as the person sees it (with its folder path when there is one). */
export interface PickedFile {
  name: string;
  file: File;
}

/** What one picked file becomes: a result file to read, a zip to open, or a refusal already known. */
type Pending =
  | { kind: 'file'; name: string; file: File }
  | { kind: 'zip'; name: string; file: File }
  | { kind: 'rejected'; rejected: RejectedFile };

/**
 * Sorts the picked files by kind, run a slice at a time: a picked file's `size` is a synchronous call to the
 * browser's file system (about 0.4 ms each), so 500 files at once held the main thread for 170 ms.
 */
function* expand(picked: readonly PickedFile[]): Steps<Pending[]> {
  const pending: Pending[] = [];
  for (const { name, file } of picked) {
    yield;
    if (isClutter(name)) continue;
    if (/\.zip$/i.test(name)) pending.push({ kind: 'zip', name, file });
    else if (file.size > MAX_FILE_BYTES)
      pending.push({
        kind: 'rejected',
        rejected: refusal(name, 'too-large', resultFileMessages.tooLarge(name, file.size)),
      });
    else pending.push({ kind: 'file', name, file });
  }
  return pending;
}

export interface ReadOutcome {
  accepted: AcceptedFile[];
  rejected: RejectedFile[];
  /** Exact copies of files already in the set, dropped. */
  copies: number;
}

interface Checker {
  files: (items: Array<{ name: string; bytes: Uint8Array }>) => Promise<CheckedFile[]>;
  zip: (name: string, bytes: Uint8Array) => Promise<CheckedFile[]>;
}

/** Checks on the main thread in ~12 ms slices: the fallback where module workers cannot start. */
function mainThreadChecker(config: AggregateConfig, now: Date): Checker {
  return {
    files: async (items) => {
      const results: CheckedFile[] = [];
      let sliceStart = performance.now();
      for (const { name, bytes } of items) {
        results.push(checkBytes(name, bytes, config, now));
        if (performance.now() - sliceStart > 12) {
          await yieldToBrowser();
          sliceStart = performance.now();
        }
      }
      return results;
    },
    // Without workers a zip is opened in one go; its limits still bound how long that takes.
    zip: (name, bytes) => Promise.resolve(checkZip(name, bytes, config, now)),
  };
}

/**
 * A pool of module workers, one per core (`navigator.hardwareConcurrency`, at most 4), or undefined
 * when workers cannot start. Each request goes to the least busy worker.
 */
function workerPool(config: AggregateConfig, now: Date): (Checker & { close: () => void }) | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  let workers: Array<{ worker: Worker; busy: number }>;
  try {
    workers = Array.from({ length: size }, () => ({
      worker: new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }),
      busy: 0,
    }));
  } catch {
    return undefined;
  }
  let nextId = 0;
  const waiting = new Map<number, { resolve: (results: CheckedFile[]) => void; reject: (error: unknown) => void }>();
  for (const slot of workers) {
    slot.worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      slot.busy--;
      waiting.get(event.data.id)?.resolve(event.data.results);
      waiting.delete(event.data.id);
    };
    slot.worker.onerror = (event) => {
      event.preventDefault();
      for (const pending of waiting.values()) pending.reject(new Error('worker failed'));
      waiting.clear();
    };
  }
  type Body = CheckRequest extends infer R ? (R extends unknown ? Omit<R, 'id' | 'config' | 'now'> : never) : never;
  // Bytes are copied to the worker, not transferred, so the main thread can still check them if it fails.
  const send = (body: Body) =>
    new Promise<CheckedFile[]>((resolve, reject) => {
      const id = nextId++;
      const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      slot.busy++;
      waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ ...body, id, config, now: now.getTime() });
    });
  return {
    files: (items) => send({ kind: 'files', items }),
    zip: (name, bytes) => send({ kind: 'zip', name, bytes }),
    close: () => workers.forEach((slot) => slot.worker.terminate()),
  };
}

const readBytes = (file: File) =>
  file.arrayBuffer().then(
    (buffer) => new Uint8Array(buffer),
    () => null,
  );

/**
 * Reads and checks every picked file, reporting progress. `existing` is the set so far: exact copies of
 * its files are dropped, so loading the same folder twice changes nothing. Files are read in batches
 * (disk reads are asynchronous) and checked by a pool of workers; results are merged in the order the
 * files were picked, so the outcome does not depend on which worker finished first.
 */
export async function readPicked(
  picked: readonly PickedFile[],
  existing: readonly AcceptedFile[],
  config: AggregateConfig,
  onProgress: (done: number, total: number) => void,
): Promise<ReadOutcome> {
  const pending = await runStepsSliced(expand(picked), 12);
  const now = new Date();
  const total = pending.length;
  onProgress(0, total);
  const BATCH = 100;
  const pool = workerPool(config, now);
  const fallback = mainThreadChecker(config, now);
  // A worker that fails (out of memory on a hostile file) leaves the rest to the main thread.
  const checker: Checker = pool
    ? {
        files: (items) => pool.files(items).catch(() => fallback.files(items)),
        zip: (name, bytes) => pool.zip(name, bytes).catch(() => fallback.zip(name, bytes)),
      }
    : fallback;
  let done = 0;
  const batches: Array<Promise<Array<CheckedFile | RejectedFile>>> = [];
  const unreadable = (name: string) => refusal(name, 'unreadable', s.unreadable(name));
  const settle = (work: Promise<Array<CheckedFile | RejectedFile>>, count: number) =>
    work.then((results) => {
      done += count;
      onProgress(done, total);
      return results;
    });
  try {
    for (let start = 0; start < total;) {
      const first = pending[start]!;
      if (first.kind === 'zip') {
        start++;
        const bytes = await readBytes(first.file);
        batches.push(settle(bytes ? checker.zip(first.name, bytes) : Promise.resolve([unreadable(first.name)]), 1));
      } else {
        // A run of plain files (up to BATCH) read together, checked together.
        let end = start;
        while (end < total && end - start < BATCH && pending[end]!.kind !== 'zip') end++;
        const slice = pending.slice(start, end);
        start = end;
        const read = await Promise.all(
          slice.map((item) => (item.kind === 'file' ? readBytes(item.file) : Promise.resolve(null))),
        );
        const toCheck: Array<{ name: string; bytes: Uint8Array }> = [];
        const shape = slice.map((item, i): RejectedFile | number => {
          if (item.kind === 'rejected') return item.rejected;
          const bytes = read[i];
          if (!bytes) return unreadable(item.name);
          toCheck.push({ name: item.name, bytes });
          return toCheck.length - 1;
        });
        batches.push(
          settle(
            checker
              .files(toCheck)
              .then((results) => shape.map((entry) => (typeof entry === 'number' ? results[entry]! : entry))),
            slice.length,
          ),
        );
      }
      // Reading runs ahead of checking by at most a few batches, so memory stays flat on huge folders.
      if (batches.length > 4) await batches[batches.length - 5];
    }
    const outcomes = (await Promise.all(batches)).flat();
    const accepted: AcceptedFile[] = [...existing];
    const seen = new Set(existing.map((file) => file.checksum));
    const rejected: RejectedFile[] = [];
    let copies = 0;
    for (const outcome of outcomes) {
      if (!('ok' in outcome)) rejected.push(outcome);
      else if (outcome.ok) copies += addAccepted(accepted, [outcome.file], seen);
      else rejected.push(outcome.file);
    }
    return { accepted: accepted.slice(existing.length), rejected, copies };
  } finally {
    pool?.close();
  }
}

/** Walks dropped folders (DataTransferItem entries), so a whole folder can be dropped at once. */
export async function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry === null)) return [...transfer.files].map((file) => ({ name: file.name, file }));
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ name: `${prefix}${file.name}`, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns at most 100 entries per call: read until it returns none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry!, '');
  return out;
}

export function filesFromInput(input: HTMLInputElement): PickedFile[] {
  return [...(input.files ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}
