/**
 * Registers the service worker (see `service-worker.ts`) on every page, from this bundled module: the
 * site's Content-Security-Policy allows no inline script. When a new release has been installed in the
 * background, the page offers to reload instead of serving the old release until every tab is closed.
 * Service workers need https or localhost: over plain http the site works as before, and the page that
 * asks for it (`[data-offline-https-note]`, on /luyen-tap/) says that offline use needs the https address.
 */
import { SERVICE_WORKER_FILE } from './service-worker-file';
import { offlineStrings } from './strings';

/** Shows "Đã có bản mới — Tải lại" once; the click lets the waiting worker take over, then reloads. */
function offerReload(waiting: ServiceWorker): void {
  if (document.querySelector('.offline-update')) return;
  const notice = document.createElement('div');
  notice.className = 'offline-update';
  notice.setAttribute('role', 'status');
  document.body.append(notice);
  const text = document.createElement('span');
  text.textContent = offlineStrings.updateReady;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'site-button';
  button.textContent = offlineStrings.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  // On a phone the notice covers the last lines of the screen: the reader may finish reading first.
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'site-button offline-later';
  later.textContent = offlineStrings.later;
  later.addEventListener('click', () => notice.remove());
  const actions = document.createElement('span');
  actions.className = 'offline-update-actions';
  actions.append(button, later);
  notice.append(text, actions);
}

async function register(): Promise<void> {
  const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const registration = await navigator.serviceWorker.register(`${scope}${SERVICE_WORKER_FILE}`, { scope });
  // A release installed on an earlier visit, still waiting for its turn.
  if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to reload.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerReload(installing);
    });
  });
}

if (!window.isSecureContext) {
  for (const note of document.querySelectorAll<HTMLElement>('[data-offline-https-note]')) note.hidden = false;
} else if ('serviceWorker' in navigator) {
  // After the page has loaded: the precache download must not compete with the page a reader is waiting for.
  // A browser that refuses (private mode, a policy) still has the whole site online: nothing to say.
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
