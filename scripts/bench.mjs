// npm run bench: builds the site, then loads every page of the build in headless Chromium with an
// empty cache and prints what a reader downloads: HTML, CSS, JS and font bytes (gzip) and requests;
// then the trainer decks' own JS (bench-decks.mjs), the search's hit rate on the query table (bench-search.mjs) and the aggregation page at scale.
// Figures also go to bench-results/pages.json so later changes can be compared against them.
import { chromiumLaunchOptions } from './chromium.mjs';
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPagePaths } from './built-pages.mjs';
import { serveDist } from './serve-dist.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

// As root-relative paths ("/cong-van/"), the form bench-results/pages.json has always recorded.
const paths = builtPagePaths(outDir).map((path) => `/${path}`);
const server = await serveDist(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);

const kindOf = (type) =>
  ({ document: 'html', stylesheet: 'css', script: 'js', font: 'font' })[type] ??
  (type === 'fetch' || type === 'xhr' ? 'data' : 'other');

const rows = [];
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({ kind: kindOf(response.request().resourceType()), gzip: gzipSync(body).length }),
        () => ({ kind: kindOf(response.request().resourceType()), gzip: 0 }),
      ),
    );
  });
  await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
  const responses = await Promise.all(pending);
  const sum = (kind) => responses.filter((r) => r.kind === kind).reduce((total, r) => total + r.gzip, 0);
  rows.push({
    page: path,
    html: sum('html'),
    css: sum('css'),
    js: sum('js'),
    font: sum('font'),
    other: sum('other') + sum('data'),
    requests: responses.length,
  });
  await context.close();
}
await browser.close();
server.close();

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (astro build, including the search index)`);
console.log('\nPer page, first visit with an empty cache, everything fetched until the network is idle (KB gzip):');
const width = Math.max(...rows.map((row) => row.page.length)) + 1;
console.log(`${'page'.padEnd(width)}    HTML     CSS      JS    font   other  requests`);
for (const row of rows) {
  console.log(
    `${row.page.padEnd(width)} ${kb(row.html)} ${kb(row.css)} ${kb(row.js)} ${kb(row.font)} ${kb(row.other)} ${String(row.requests).padStart(9)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pages.json', `${JSON.stringify({ buildSeconds, pages: rows }, null, 2)}\n`);
await import('./bench-islands.mjs'); // per simulator, the gzip bytes of its island's module closure
await import('./bench-decks.mjs'); // the trainer decks' own JS against their 10 KB goal, the simulator apart
await import('./bench-search.mjs'); // the page each query of src/search/expected-results.ts opens first
await import('./bench-island-start.mjs'); // how long a simulator page takes to start on a slow phone network
if (process.env.BENCH_LIGHTHOUSE !== '0') await import('./bench-lighthouse.mjs'); // performance, CLS, LCP, TBT per page (BENCH_LIGHTHOUSE=0 skips it)
if (process.env.BENCH_AGGREGATE !== '0') await import('./bench-aggregate.mjs'); // the aggregation page at 500, 5,000 and 20,000 files against the read-and-parse floor (BENCH_AGGREGATE=0 skips it)
