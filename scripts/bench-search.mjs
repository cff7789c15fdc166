// Search quality: types every query of src/search/expected-results.ts into the BUILT site's search dialog
// in headless Chromium, as a reader would, and prints which page (and step) came first, the rows that
// missed, and the hit rate. Run alone (`node scripts/bench-search.mjs`, after a build) or in `npm run bench`.
import { chromiumLaunchOptions } from './chromium.mjs';
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveDist } from './serve-dist.mjs';
import { expectedResults } from '../src/search/expected-results.ts';
import { firstHit } from '../tests/e2e/support/search-driver.ts';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const server = await serveDist(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();

const rows = [];
for (const expected of expectedResults) {
  const hit = await firstHit(page, server.url, expected.query);
  const pageHit = hit.page === expected.page;
  const stepHit = expected.step === undefined || hit.section === `${expected.page}#${expected.step}`;
  rows.push({ ...expected, got: hit.page, gotSection: hit.section, pageHit, stepHit });
}
await browser.close();
server.close();

const pageHits = rows.filter((row) => row.pageHit).length;
const withStep = rows.filter((row) => row.step !== undefined);
const stepHits = withStep.filter((row) => row.pageHit && row.stepHit).length;
const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
console.log('\nSearch: the page each query of src/search/expected-results.ts must open first');
for (const row of rows.filter((r) => !r.pageHit || !r.stepHit)) {
  const wanted = row.step ? `${row.page}#${row.step}` : row.page;
  console.log(`  miss  "${row.query}": wanted /${wanted}, got /${row.got} (first section ${row.gotSection ?? 'none'})`);
}
console.log(`Right page first: ${pageHits}/${rows.length} (${percent(pageHits, rows.length)})`);
console.log(`Right step first: ${stepHits}/${withStep.length} (${percent(stepHits, withStep.length)})`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', `${JSON.stringify({ pageHits, stepHits, rows }, null, 2)}\n`);
