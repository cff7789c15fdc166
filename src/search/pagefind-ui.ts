/**
 * Pagefind's UI as the site uses it, built by `search-on-demand.ts` (which Starlight's search dialog takes for
 * `@pagefind/default-ui`) once the reader reaches for search: this subclass is where the query is rewritten,
 * the results turned back and reordered, and a failed index load reported, without copying Starlight's dialog.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { toSearchQuery, unmarkDeep } from './fold';
import { ranking } from './ranking';
import { indexUnavailableMessage } from './strings';
import { bestSubResultsFirst, wordCount, type SubResult } from './sub-results';

type Result = Record<string, unknown> & { url?: string; sub_results?: SubResult[] };
type Options = Record<string, unknown> & {
  element?: string;
  bundlePath?: string;
  processResult?: (result: Result) => Result | void;
};

/**
 * Pagefind's UI imports `pagefind.js` on the first focus or keystroke and, when that fails, throws a
 * TypeError and then waits forever on "Đang tìm…". So the first focus and keystrokes are held here until
 * the same script has loaded (the browser fetches it once for both), then replayed; on failure the reader
 * is told why, on every keystroke (the browser keeps a failed script load until the page is reloaded).
 */
function holdUntilIndexLoads(container: Element, bundlePath: string): void {
  let state: 'waiting' | 'loading' | 'ready' = 'waiting';
  const notice = document.createElement('p');
  notice.className = 'pagefind-ui__message';
  notice.setAttribute('role', 'alert');
  notice.textContent = indexUnavailableMessage;

  const hold = (event: Event) => {
    const input = event.target;
    if (state === 'ready' || !(input instanceof HTMLInputElement)) return;
    event.stopPropagation();
    if (state === 'loading') return;
    state = 'loading';
    import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(
      () => {
        state = 'ready';
        notice.remove();
        input.dispatchEvent(new FocusEvent('focus'));
        input.dispatchEvent(new Event('input'));
      },
      () => {
        state = 'waiting';
        input.form?.after(notice);
      },
    );
  };
  container.addEventListener('focus', hold, true);
  container.addEventListener('input', hold, true);
}

export class PagefindUI extends PagefindDefaultUI {
  constructor(options: Options) {
    const { processResult } = options;
    // The UI hands results over without their query; it asks for them right after processing the term, and a
    // later query's results replace an earlier one's, so the last term's length is the one they belong to.
    let queryWords = 1;
    super({
      ranking,
      ...options,
      processTerm: (term: string) => {
        queryWords = wordCount(term);
        return toSearchQuery(term);
      },
      processResult: (result: Result) => {
        const restored = unmarkDeep(result);
        if (restored.sub_results && restored.url) {
          restored.sub_results = bestSubResultsFirst(restored.sub_results, restored.url, queryWords);
        }
        return processResult?.(restored) ?? restored;
      },
    });
    const container = options.element ? document.querySelector(options.element) : null;
    if (container && options.bundlePath) holdUntilIndexLoads(container, options.bundlePath);
  }
}
