import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_FILE } from './service-worker-file';

/**
 * Writes the service worker into the built site in `dir`: it precaches every file of the build (pages,
 * CSS, JS, the simulators, the Pagefind index and its WebAssembly), so that after one visit the whole site
 * works with the network off. Precache URLs are relative to the worker, so one build serves any base path.
 *
 * Nothing the person saves is ever cached: progress and profiles live in localStorage, and result files are
 * made in the page and downloaded from a blob, never fetched. The worker caches only the build's own files.
 *
 * A new release has new file revisions, so its worker differs byte for byte: the browser installs it beside
 * the old one, and it waits (`skipWaiting: false`) until the reader accepts "Tải lại"; then it takes over and
 * the old release's cache is deleted (`cleanupOutdatedCaches`).
 */
export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, '**/*.map'],
    swDest: join(dir, SERVICE_WORKER_FILE),
    // The Pagefind index and a simulator's chunks can pass Workbox's 2 MB default.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // Pagefind asks for its entry file with `?ts=<build time>`: the precached copy is that same build.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // One file, no importScripts of a separate runtime: less to go wrong on an intranet server.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}

/**
 * Writes the service worker once the build is done. List it after the search integration: the Pagefind
 * index must exist when the precache list is made.
 */
export function offlinePrecache(): AstroIntegration {
  return {
    name: 'offline-precache',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import '/src/offline/register.ts';`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`Service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB).`);
      },
    },
  };
}
