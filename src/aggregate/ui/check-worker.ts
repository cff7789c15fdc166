/**
 * Decodes, unzips and checks result files off the main thread: reading 5,000 files is mostly the
 * checksum (canonical JSON + SHA-256), and a hostile zip is mostly inflating; doing both here keeps the
 * page answering clicks and scrolling. One of these runs per core. Pure computation: no file ever
 * leaves the browser.
 */
import { checkBytes, checkZip } from '../unzip';
import type { CheckedFile } from '../ingest';
import type { AggregateConfig } from '../types';

export type CheckRequest = {
  id: number;
  config: AggregateConfig;
  /** "Now" in ms, so every worker refuses the same future dates. */
  now: number;
} & (
  | { kind: 'files'; items: Array<{ name: string; bytes: Uint8Array }> }
  | { kind: 'zip'; name: string; bytes: Uint8Array }
);

export interface CheckResponse {
  id: number;
  results: CheckedFile[];
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const date = new Date(request.now);
  const results =
    request.kind === 'zip'
      ? checkZip(request.name, request.bytes, request.config, date)
      : request.items.map(({ name, bytes }) => checkBytes(name, bytes, request.config, date));
  self.postMessage({ id: request.id, results } satisfies CheckResponse);
};
