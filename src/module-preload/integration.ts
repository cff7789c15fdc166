import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from './closure';

/**
 * Adds `<link rel="modulepreload">` to every built page for the modules its islands and scripts need at once
 * (see closure.ts). Astro has no option for it. Listed before the search and offline integrations, so the
 * pages they index and precache are the final ones.
 */
export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (url: string) => {
          if (!url.startsWith(base)) return null;
          const file = join(root, url.slice(base.length));
          return existsSync(file) ? readFileSync(file, 'utf8') : null;
        };
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const preloaded = withModulePreloads(html, read);
          if (preloaded === html) continue;
          writeFileSync(path, preloaded);
          pages += 1;
        }
        logger.info(`Module preloads added to ${pages} pages.`);
      },
    },
  };
}
