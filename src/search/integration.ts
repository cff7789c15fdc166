import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { markStrokedD } from './fold';
import { weighPage } from './page-weights';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

function assertOk<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Builds the Pagefind index from the built pages with đ/Đ rewritten (see `fold.ts`) and the reference
 * pages weighted down (see `page-weights.ts`), in place of Starlight's own step. The pages served to readers are left as they are.
 */
export function accentInsensitiveSearch(): AstroIntegration {
  return {
    name: 'accent-insensitive-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index } = assertOk(await pagefind.createIndex({}));
          if (!index) throw new Error('Pagefind: no index');
          const files = await htmlFiles(root);
          for (const file of files) {
            const sourcePath = relative(root, file);
            const content = markStrokedD(weighPage(await readFile(file, 'utf8'), sourcePath));
            assertOk(await index.addHTMLFile({ sourcePath, content }));
          }
          assertOk(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
          logger.info(`Indexed ${files.length} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
