import { expect, test } from './support/test';
import { axeViolations } from './support/axe';
import { builtPagePaths } from '../../scripts/built-pages.mjs';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of builtPagePaths('dist')) {
      test(`axe finds no WCAG 2.2 A/AA violation on /${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await axeViolations(page, `/${path}`)).toEqual([]);
      });
    }
  });
}
