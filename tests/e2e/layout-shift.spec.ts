import { expect, test, type Page } from './support/test';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { slowDown } from '../../scripts/slow-phone.mjs';

/**
 * Cumulative layout shift of every built page, first visit, nobody touching it: a page whose first paint already
 * has its islands' final size cannot shift however slow the phone, so the page is loaded on a slow one (4× CPU,
 * 150 ms round trips, 1.6 Mbit/s) where a placeholder that is replaced always shows long enough to be painted.
 * Every page is measured on a phone and on a laptop screen, where the layout differs (a table of contents beside
 * the text, the islands above the fold).
 */
const CLS_LIMIT = 0.01;
const paths = builtPagePaths('dist');

const viewports = [
  { name: 'phone 360x640', use: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } },
  { name: 'laptop 1280x800', use: { viewport: { width: 1280, height: 800 } } },
];

/** Every layout shift the page has had so far that no input caused (buffered: from the start), with its nodes. */
function layoutShiftSoFar(page: Page): Promise<{ total: number; sources: string[] }> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    // `buffered` copies the entries so far into the observer's own buffer at once: read them synchronously.
    const shifts = (observer.takeRecords() as unknown as LayoutShiftEntry[]).filter((entry) => !entry.hadRecentInput);
    observer.disconnect();
    const describe = (node: Node | null) =>
      node instanceof Element
        ? [node.tagName.toLowerCase(), node.id && `#${node.id}`, ...[...node.classList].map((name) => `.${name}`)].join(
            '',
          )
        : String(node?.nodeName);
    return {
      total: shifts.reduce((sum, entry) => sum + entry.value, 0),
      sources: shifts.map(
        (entry) => `${entry.value.toFixed(4)} (${entry.sources.map((source) => describe(source.node)).join(' ')})`,
      ),
    };
  });
}

interface LayoutShiftEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

test.describe.configure({ mode: 'default', timeout: 60_000 });

for (const viewport of viewports) {
  test.describe(viewport.name, () => {
    test.use(viewport.use);
    for (const path of paths) {
      test(`/${path} does not move once painted (CLS ≤ ${CLS_LIMIT} on a slow phone network)`, async ({ page }) => {
        await slowDown(page);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // Islands that start at load have hydrated (Astro drops `ssr` then) and rendered what they fetched.
        await expect(page.locator('astro-island[client="load"][ssr]')).toHaveCount(0);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const { total, sources } = await layoutShiftSoFar(page);
        expect(total, `/${path} shifted: ${sources.join(', ')}`).toBeLessThanOrEqual(CLS_LIMIT);
      });
    }
  });
}
