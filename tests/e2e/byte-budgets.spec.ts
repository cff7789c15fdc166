import { gzipSync } from 'node:zlib';
import { expect, test } from './support/test';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { PAGE_KINDS, pageKindOf, type PageKindName } from './support/byte-budgets';
import { waitForSiteSearch } from './support/site-search';

/**
 * Every built page, opened on a phone with an empty cache and left alone until the network is idle: the JS,
 * CSS and fonts it fetched, in gzip bytes as a web server would send them (woff2 is compressed already and
 * is counted as it is), must fit its kind's budget. Bytes are deterministic, so this is a test; timings are
 * left to `npm run bench`.
 */
const paths = builtPagePaths('dist');
const measured: { path: string; kind: PageKindName; js: number; css: number; font: number }[] = [];

test.describe.configure({ mode: 'default' });
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

for (const path of paths) {
  const kind = pageKindOf(path);
  const { label, budgetKB } = PAGE_KINDS[kind];
  test(`/${path} (${label}) fetches at most ${budgetKB} KB of JS, CSS and fonts before interaction`, async ({
    page,
  }) => {
    const sizes: Promise<{ type: 'js' | 'css' | 'font'; bytes: number }>[] = [];
    page.on('response', (response) => {
      const type = ({ script: 'js', stylesheet: 'css', font: 'font' } as const)[response.request().resourceType()];
      if (!type) return;
      sizes.push(
        response.body().then((body) => ({ type, bytes: type === 'font' ? body.length : gzipSync(body).length })),
      );
    });
    await page.goto(path);
    await waitForSiteSearch(page, path);
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(sizes);
    const sum = (type: 'js' | 'css' | 'font') =>
      fetched.filter((entry) => entry.type === type).reduce((total, entry) => total + entry.bytes, 0);
    const row = { path, kind, js: sum('js'), css: sum('css'), font: sum('font') };
    measured.push(row);
    const totalKB = (row.js + row.css + row.font) / 1024;
    expect(
      totalKB,
      `/${path}: JS ${kilobytes(row.js)} + CSS ${kilobytes(row.css)} + fonts ${kilobytes(row.font)} KB gzip`,
    ).toBeLessThanOrEqual(budgetKB);
  });
}

test.afterAll(() => {
  const width = Math.max(...measured.map((row) => row.path.length)) + 2;
  const lines = measured.map((row) => {
    const { budgetKB, goalKB } = PAGE_KINDS[row.kind];
    const total = (row.js + row.css + row.font) / 1024;
    const status = total <= goalKB ? 'goal met' : `${(total - goalKB).toFixed(1)} KB over the goal`;
    return `/${row.path.padEnd(width)}${kilobytes(row.js).padStart(7)}${kilobytes(row.css).padStart(7)}${kilobytes(row.font).padStart(7)}${total.toFixed(1).padStart(8)}${String(budgetKB).padStart(8)}${String(goalKB).padStart(6)}  ${status}`;
  });
  const missing = Object.entries(PAGE_KINDS)
    .filter(([kind]) => !measured.some((row) => row.kind === kind))
    .map(([, { label }]) => label);
  console.log(
    [
      '\nBytes before interaction, phone, empty cache (KB gzip):',
      `${'page'.padEnd(width + 1)}     JS    CSS  fonts   total  budget  goal`,
      ...lines,
      ...(missing.length > 0 ? [`No page of this kind in the build yet: ${missing.join(', ')}.`] : []),
    ].join('\n'),
  );
});
