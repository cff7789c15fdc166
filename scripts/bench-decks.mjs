// Part of npm run bench: the trainer decks' own JavaScript (issue 13's goal: at most 10 KB gzip without the
// simulator), per deck page of the build, read from the files the page's module script pulls in (its imports
// and dynamic imports, followed through the built chunks), beside the simulator code the deck fetches after
// its first paint for the live slides (with Astro's inline island loader, there only for it). Prints a table; sets a failing exit code when a deck is over the goal.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPagePaths } from './built-pages.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const GOAL_KB = 10;
const root = new URL(`../${outDir}/`, import.meta.url);
// Built chunks name their siblings as `name.<8-character hash>.js` (as src/decks/client/deck-client.ts reads them).
const CHUNK_NAME = /["'`](?:\.\/|_astro\/)?([\w-]+(?:\.[\w-]+)*\.[\w-]{8}\.js)["'`]/g;

/** The chunks (file names in _astro/) a set of entry chunks reaches, the entries included. */
function reached(entries) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    found.add(name);
    for (const [, next] of readFileSync(new URL(`_astro/${name}`, root), 'utf8').matchAll(CHUNK_NAME)) visit(next);
  };
  entries.forEach(visit);
  return found;
}

const gzipOf = (names) =>
  [...names].reduce((total, name) => total + gzipSync(readFileSync(new URL(`_astro/${name}`, root))).length, 0);
const chunkOf = (src) => src.split('/').pop();

const rows = builtPagePaths(outDir)
  .filter((path) => /^trinh-chieu\/[^/]+\/$/.test(path))
  .map((path) => {
    const html = readFileSync(new URL(`${path}index.html`, root), 'utf8');
    const own = reached([...html.matchAll(/<script type="module" src="([^"]+)"/g)].map(([, src]) => chunkOf(src)));
    const island = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map(([, src]) => chunkOf(src));
    const simulator = [...reached(island)].filter((name) => !own.has(name));
    // Inline scripts: the theme's is the deck's; Astro's island loader is there for the simulator only.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
    const forIsland = (code) => code.includes('astro-island') || code.includes('Astro');
    const islandLoader = inline.filter(forIsland).join('');
    const deckInline = inline.filter((code) => !forIsland(code)).join('');
    return {
      path,
      own: gzipOf(own),
      inline: gzipSync(deckInline).length,
      simulator: gzipOf(simulator) + (islandLoader ? gzipSync(islandLoader).length : 0),
    };
  });

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
console.log(`\nTrainer decks: their own JS (gzip) against the ${GOAL_KB} KB goal, the simulator apart (KB gzip):`);
const width = Math.max(...rows.map((row) => row.path.length)) + 2;
console.log(`${'page'.padEnd(width)} deck JS   inline  deck total  goal  simulator (after first paint)`);
for (const row of rows) {
  const total = row.own + row.inline;
  const verdict = total <= GOAL_KB * 1024 ? '  ok' : 'OVER';
  console.log(
    `${`/${row.path}`.padEnd(width)}${kb(row.own)} ${kb(row.inline)} ${kb(total).padStart(11)}  ${verdict} ${kb(row.simulator).padStart(10)}`,
  );
}
if (rows.some((row) => row.own + row.inline > GOAL_KB * 1024)) process.exitCode = 1;
