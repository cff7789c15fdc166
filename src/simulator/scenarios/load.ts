/**
 * Loads a scenario's code, its folder's parts.ts, on demand: each folder becomes a chunk of its own, so a
 * page fetches only its scenario, and only when its simulator starts (a still is drawn at build time).
 * A new folder is found by the glob; its id is the folder's name, as in the registry.
 *
 * Kept apart from the registry (./index.ts) on purpose: Astro gives a page the CSS of every module it can
 * reach, through dynamic imports too, so the pages that only list scenarios (the practice hub, the
 * self-assessment, the aggregation) must not reach their screens.
 */
import type { ScenarioParts } from './types';

const folders = import.meta.glob<{ parts: ScenarioParts }>('./*/parts.ts');

/**
 * A scenario's code as the project root names it, for a page whose simulator starts at once to have it
 * fetched with the page's other modules instead of after them (see src/module-preload).
 */
export const scenarioSource = (id: string): string => `src/simulator/scenarios/${id}/parts.ts`;

export async function loadScenario(id: string): Promise<ScenarioParts> {
  const load = folders[`./${id}/parts.ts`];
  if (!load) throw new Error(`Không có mô phỏng "${id}": thiếu ${scenarioSource(id)}`);
  return (await load()).parts;
}
