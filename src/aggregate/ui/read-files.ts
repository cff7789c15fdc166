/**
 * Turning what the person picked or dropped (files, a folder, a .zip) into checked result files,
 * in small slices of time so the page keeps responding to clicks and scrolling while 5,000 files are
 * read. Nothing is uploaded: files are read in memory with the File API and fflate.
 */
import { strFromU8, unzipSync } from 'fflate';
import { addAccepted, checkFile, type AcceptedFile, type RejectedFile } from '../ingest';
import { MAX_FILE_BYTES, resultFileMessages } from '../result-file-bridge';
import type { AggregateConfig } from '../types';
import { loaderStrings as s } from '../strings';

/** A picked file, named as the person sees it (with its folder path when there is one). */
export interface PickedFile {
  name: string;
  file: File;
}

type Pending = { name: string; read: () => Promise<string> } | { name: string; rejected: RejectedFile };

/** System clutter found in folders and zips: skipped silently, not listed as rejected. */
function isClutter(path: string): boolean {
  const base = path.split('/').pop() ?? path;
  return (
    path.endsWith('/') ||
    path.startsWith('__MACOSX/') ||
    path.includes('/__MACOSX/') ||
    base.startsWith('.') ||
    /^(thumbs\.db|desktop\.ini)$/i.test(base)
  );
}

async function expand(picked: readonly PickedFile[]): Promise<Pending[]> {
  const pending: Pending[] = [];
  for (const { name, file } of picked) {
    if (isClutter(name)) continue;
    if (/\.zip$/i.test(name)) {
      let entries: Record<string, Uint8Array>;
      const tooLarge: string[] = [];
      try {
        entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
          // Read no entry larger than a result file can be: a zip bomb stops here, unread.
          filter: (entry) => {
            if (isClutter(entry.name)) return false;
            if (entry.originalSize > MAX_FILE_BYTES) {
              tooLarge.push(entry.name);
              return false;
            }
            return true;
          },
        });
      } catch {
        pending.push({ name, rejected: { fileName: name, code: 'unreadable', message: s.badZip(name) } });
        continue;
      }
      for (const entryName of tooLarge) {
        const fileName = `${name}/${entryName}`;
        pending.push({
          name: fileName,
          rejected: { fileName, code: 'too-large', message: resultFileMessages.tooLarge(fileName, MAX_FILE_BYTES + 1) },
        });
      }
      for (const [entryName, bytes] of Object.entries(entries)) {
        const fileName = `${name}/${entryName}`;
        if (/\.zip$/i.test(entryName))
          pending.push({ name: fileName, rejected: { fileName, code: 'unreadable', message: s.nestedZip(fileName) } });
        else pending.push({ name: fileName, read: () => Promise.resolve(strFromU8(bytes)) });
      }
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      pending.push({
        name,
        rejected: { fileName: name, code: 'too-large', message: resultFileMessages.tooLarge(name, file.size) },
      });
      continue;
    }
    pending.push({ name, read: () => file.text() });
  }
  return pending;
}

/** Gives the browser a turn (input, painting) without the 4 ms clamp of nested setTimeout. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface ReadOutcome {
  accepted: AcceptedFile[];
  rejected: RejectedFile[];
  /** Exact copies of files already in the set, dropped. */
  copies: number;
}

type Checked = ReturnType<typeof checkFile>;
type CheckBatch = (items: Array<{ name: string; text: string }>) => Promise<Checked[]>;

/** Checks on the main thread in ~12 ms slices: the fallback where module workers cannot start. */
function mainThreadChecker(config: AggregateConfig, now: Date): CheckBatch {
  return async (items) => {
    const results: Checked[] = [];
    let sliceStart = performance.now();
    for (const { name, text } of items) {
      results.push(checkFile(name, text, config, now));
      if (performance.now() - sliceStart > 12) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
    return results;
  };
}

/**
 * A pool of module workers (one per core, at most 2, which is what the office PCs have), or undefined
 * when workers cannot start. Each batch goes to the least busy worker.
 */
function workerPool(config: AggregateConfig, now: Date): { check: CheckBatch; close: () => void } | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const size = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 2));
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
  const waiting = new Map<number, { resolve: (results: Checked[]) => void; reject: (error: unknown) => void }>();
  for (const slot of workers) {
    slot.worker.onmessage = (event: MessageEvent<{ id: number; results: Checked[] }>) => {
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
  return {
    check: (items) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
        slot.busy++;
        waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ id, config, now: now.getTime(), items });
      }),
    close: () => workers.forEach((slot) => slot.worker.terminate()),
  };
}

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
  const pending = await expand(picked);
  const now = new Date();
  const total = pending.length;
  onProgress(0, total);
  const BATCH = 100;
  const pool = workerPool(config, now);
  const fallback = mainThreadChecker(config, now);
  let done = 0;
  const batches: Array<Promise<Array<Checked | RejectedFile>>> = [];
  try {
    for (let start = 0; start < total; start += BATCH) {
      const slice = pending.slice(start, start + BATCH);
      const texts = await Promise.all(
        slice.map((item) => ('read' in item ? item.read().catch(() => null) : Promise.resolve(null))),
      );
      const toCheck: Array<{ name: string; text: string }> = [];
      const shape: Array<RejectedFile | number> = slice.map((item, i) => {
        if ('rejected' in item) return item.rejected;
        const text = texts[i];
        if (text === null || text === undefined)
          return { fileName: item.name, code: 'unreadable', message: s.unreadable(item.name) };
        toCheck.push({ name: item.name, text });
        return toCheck.length - 1;
      });
      const checking = (pool ? pool.check(toCheck).catch(() => fallback(toCheck)) : fallback(toCheck)).then(
        (results) => {
          done += slice.length;
          onProgress(done, total);
          return shape.map((entry) => (typeof entry === 'number' ? results[entry]! : entry));
        },
      );
      batches.push(checking);
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
