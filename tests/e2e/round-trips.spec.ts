import type { Page } from '@playwright/test';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { expect, test } from './support/test';

/**
 * On a phone network every file a page waits for costs a round trip once the browser's connections are busy,
 * and a file found only when another has run costs one more (issue 16). These tests count files, not time.
 */
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

const simulatorPages = ['luyen-tap/lien-ket-vneid/', 'luyen-tap/lay-tu-kho/'];

/** The style sheets a page must have before it paints anything (a print sheet does not hold it up). */
async function blockingStyleSheets(page: Page): Promise<string[]> {
  return page
    .locator('link[rel="stylesheet"]:not([media="print"])')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
}

test('no page waits for more than five style sheets before it first paints', async ({ page }) => {
  const counts: string[] = [];
  for (const path of builtPagePaths('dist')) {
    await page.goto(path);
    const sheets = await blockingStyleSheets(page);
    if (sheets.length > 5) counts.push(`/${path}: ${sheets.length} (${sheets.join(', ')})`);
  }
  expect(counts).toEqual([]);
});

for (const path of simulatorPages) {
  test(`/${path} waits for three style sheets and names every script of its first screen in its HTML`, async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    await expect(page.locator('.sim .sim-modes button').first()).toBeVisible();
    expect(await blockingStyleSheets(page)).toHaveLength(3);
    // What the HTML names, the browser fetches at once; anything else it finds only once a script has run.
    const named = [...html.matchAll(/<(?:link rel="modulepreload" href|script type="module" src)="([^"]+)"/g)].map(
      (match) => new URL(match[1]!, page.url()).pathname,
    );
    // Search's own code loads on purpose only once the reader reaches for search (or the browser is idle).
    const foundLate = fetched.filter((url) => !named.includes(url) && !/\/search-on-demand\.[\w-]+\.js$/.test(url));
    expect(named.length).toBeGreaterThan(5);
    expect(foundLate).toEqual([]);
  });
}
