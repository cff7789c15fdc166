/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs): Starlight's search dialog
 * builds `new PagefindUI(options)` itself, so this subclass is where the query is rewritten and the
 * results turned back, without copying Starlight's dialog.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { toSearchQuery, unmarkDeep } from './fold';

/**
 * Starlight's own ranking defaults, which it hands to Pagefind only when its indexing step is on (ours
 * replaces that step). They favour the page that treats a term at length, such as a guide, over a
 * short page that merely mentions it: "dang nhap" should lead to Phụ lục 1, not to one FAQ answer.
 */
const RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 };

type Result = Record<string, unknown>;
type Options = Record<string, unknown> & { processResult?: (result: Result) => Result | void };

export class PagefindUI extends PagefindDefaultUI {
  constructor(options: Options) {
    const { processResult } = options;
    super({
      ranking: RANKING,
      ...options,
      processTerm: toSearchQuery,
      processResult: (result: Result) => {
        const restored = unmarkDeep(result);
        return processResult?.(restored) ?? restored;
      },
    });
  }
}
