import { expect, test } from './support/test';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { waitForSiteSearch } from './support/site-search';
import { watchPage } from './support/watch-page';

const paths = builtPagePaths('dist');

test('the build publishes every page of the site', () => {
  expect(paths).toEqual(
    expect.arrayContaining([
      '',
      'cong-van/',
      'phu-luc-1/',
      'phu-luc-2/',
      'thuat-ngu/',
      'hoi-dap/',
      'can-cu-phap-ly/',
      'tai-lieu-goc/',
    ]),
  );
});

for (const path of paths) {
  test.describe(`/${path}`, () => {
    test('loads in Vietnamese with no console error and no request to another origin', async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page.locator('h1').first()).toBeVisible();
      await waitForSiteSearch(page, path);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });

    test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
