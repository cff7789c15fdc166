/**
 * Checks batches of result files off the main thread: reading 5,000 files is mostly the checksum
 * (canonical JSON + SHA-256), and doing it here keeps the page answering clicks and scrolling. Two of
 * these run side by side on a two-core office PC. Pure computation: no file ever leaves the browser.
 */
import { checkFile } from '../ingest';
import type { AggregateConfig } from '../types';

export interface CheckRequest {
  id: number;
  config: AggregateConfig;
  /** "Now" in ms, so every worker refuses the same future dates. */
  now: number;
  items: Array<{ name: string; text: string }>;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, config, now, items } = event.data;
  const date = new Date(now);
  const results = items.map(({ name, text }) => checkFile(name, text, config, date));
  self.postMessage({ id, results });
};
