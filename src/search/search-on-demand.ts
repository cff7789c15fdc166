/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs). Starlight imports that module and
 * builds `new PagefindUI(options)` as soon as the browser is idle, on every page: Pagefind's UI is 26 KB gzip
 * that most readers never use. This stand-in keeps the options and fetches the real UI (`pagefind-ui.ts`,
 * which in turn loads the index on the first keystroke) only when the reader reaches for search: focuses or
 * taps the "Tìm kiếm" button, or presses Ctrl+K / ⌘K or "/" (issue 16).
 */
import { indexUnavailableMessage } from './strings';

type Options = Record<string, unknown> & { element?: string };

/** On the container once the stand-in waits for the reader, so tests know the page has finished loading. */
export const ON_DEMAND_ATTRIBUTE = 'data-search-on-demand';

/** "/" opens search, as on many sites, unless the reader is typing somewhere. */
const isSlashShortcut = (event: KeyboardEvent) =>
  event.key === '/' &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  !(event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]'));

const isStarlightShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && event.key === 'k';

export class PagefindUI {
  constructor(options: Options) {
    const container = options.element ? document.querySelector<HTMLElement>(options.element) : null;
    const siteSearch = container?.closest('site-search');
    const openButton = siteSearch?.querySelector<HTMLButtonElement>('button[data-open-modal]');
    if (!container || !siteSearch || !openButton) return;
    const dialog = siteSearch.querySelector('dialog');

    let state: 'waiting' | 'loading' | 'ready' = 'waiting';
    const load = () => {
      if (state !== 'waiting') return;
      state = 'loading';
      import('./pagefind-ui').then(
        ({ PagefindUI: RealUI }) => {
          state = 'ready';
          container.replaceChildren();
          container.removeAttribute(ON_DEMAND_ATTRIBUTE);
          new RealUI(options);
          // Starlight focused the input when it opened the dialog, before the input existed.
          if (dialog?.open) container.querySelector('input')?.focus();
        },
        () => {
          // Offline and never cached: say so in the dialog, and try again on the reader's next attempt.
          state = 'waiting';
          const notice = document.createElement('p');
          notice.className = 'pagefind-ui__message';
          notice.setAttribute('role', 'alert');
          notice.textContent = indexUnavailableMessage;
          container.replaceChildren(notice);
        },
      );
    };

    openButton.addEventListener('focus', load);
    openButton.addEventListener('pointerdown', load);
    openButton.addEventListener('click', load);
    window.addEventListener('keydown', (event) => {
      if (isStarlightShortcut(event)) load();
      else if (isSlashShortcut(event) && !dialog?.open) {
        event.preventDefault();
        load();
        openButton.click();
      }
    });
    container.setAttribute(ON_DEMAND_ATTRIBUTE, '');
    // Starlight builds this once the browser is idle: a reader who opened search before then is already waiting.
    if (dialog?.open || document.activeElement === openButton) load();
  }
}
