/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs): Starlight's search dialog
 * builds `new PagefindUI(options)` itself, so this subclass is where the query is rewritten and the
 * results turned back, without copying Starlight's dialog.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { toSearchQuery, unmarkDeep } from './fold';

type Result = Record<string, unknown>;
type Options = Record<string, unknown> & { processResult?: (result: Result) => Result | void };

export class PagefindUI extends PagefindDefaultUI {
  constructor(options: Options) {
    const { processResult } = options;
    super({
      ...options,
      processTerm: toSearchQuery,
      processResult: (result: Result) => {
        const restored = unmarkDeep(result);
        return processResult?.(restored) ?? restored;
      },
    });
  }
}
