/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs): Starlight's search dialog
 * builds `new PagefindUI(options)` itself, so this subclass is where the query is rewritten, the results
 * turned back and reordered, and a failed index load reported, without copying Starlight's dialog.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { toSearchQuery, unmarkDeep } from './fold';
import { ranking } from './ranking';
import { bestSubResultsFirst, wordCount, type SubResult } from './sub-results';

/** Shown in place of results when Pagefind's script cannot be fetched (offline, a blocked folder). */
export const indexUnavailableMessage =
  'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng rồi tải lại trang; các trang đã mở vẫn đọc được.';

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
