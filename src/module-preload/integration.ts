import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from './closure';

/**
 * Records, from the browser build, which file each module that starts a chunk (an island, a script, a
 * dynamically imported module) was built to: `src/…/parts.ts` → `/_astro/parts.2mBI3zWX.js`.
 */
function builtModules(root: () => string, base: () => string, built: Map<string, string>): Plugin {
  return {
    name: 'module-preload:built-modules',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId) {
          built.set(relative(root(), output.facadeModuleId), base() + output.fileName);
        }
      }
    },
  };
}

/**
 * Adds `<link rel="modulepreload">` to every built page for the modules its islands and scripts need at once,
 * and for those its components said their islands import as soon as they start (see closure.ts), found by
 * source path in what the browser build wrote. Astro has no option for it. Listed before the search and offline integrations, so the
 * pages they index and precache are the final ones.
 */
export function modulePreload(): AstroIntegration {
  let base = '/';
  let root = '';
  const built = new Map<string, string>();
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              builtModules(
                () => root,
                () => base,
                built,
              ),
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
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
          const preloaded = withModulePreloads(html, read, (source) => built.get(source));
          if (preloaded === html) continue;
          writeFileSync(path, preloaded);
          pages += 1;
        }
        logger.info(`Module preloads added to ${pages} pages.`);
      },
    },
  };
}
