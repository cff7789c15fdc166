// Part of npm run bench: for each simulator, the gzip bytes of its island's module closure in a build:
// the island's component and renderer modules, the scenario's own chunk (which the island loads by its
// id), and every module they import statically, each counted once, as the browser fetches them (JS only).
// Run on its own after a build: node_modules/.bin/node scripts/bench-islands.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scenarios } from '../src/simulator/scenarios/index.ts';

const outDir = process.argv[2] ?? process.env.SITE_OUT_DIR ?? 'dist';

/** `./x.js` imported statically by a built module (import … from, export … from, bare import). */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g;

function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, '_astro', file), 'utf8');
    for (const [, path] of code.matchAll(STATIC_IMPORT)) queue.push(path.slice(2));
  }
  return [...seen];
}

const gzipBytes = (files) =>
  files.reduce((total, file) => total + gzipSync(readFileSync(join(outDir, '_astro', file))).length, 0);

export function islandClosures() {
  return scenarios.map(({ id }) => {
    const html = readFileSync(join(outDir, 'luyen-tap', id, 'index.html'), 'utf8');
    const island = html.match(/<astro-island[^>]*component-url="[^"]*\/([^"/]+)"[^>]*renderer-url="[^"]*\/([^"/]+)"/);
    if (!island) throw new Error(`No simulator island on /luyen-tap/${id}/`);
    const [, component, renderer] = island;
    const code = readFileSync(join(outDir, '_astro', component), 'utf8');
    const parts = code.match(new RegExp(`"\\./${id}/parts\\.ts":[^\`"']*[\`"']\\./([^\`"']+\\.js)`));
    if (!parts) throw new Error(`The island does not load ${id}'s parts`);
    const files = closure([component, renderer, parts[1]]);
    return { id, files: files.length, gzip: gzipBytes(files) };
  });
}

const rows = islandClosures();
console.log(
  "\nSimulator islands, module closure (component, renderer, the scenario's chunk and their static imports):",
);
for (const row of rows)
  console.log(
    `${row.id.padEnd(16)} ${(row.gzip / 1024).toFixed(1).padStart(6)} KiB gzip (${row.gzip} B)  ${String(row.files).padStart(3)} modules`,
  );
