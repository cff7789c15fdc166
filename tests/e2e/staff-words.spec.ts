import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { expect, test } from './support/test';

/**
 * Words addressed to the site's editors and developers (folders, file formats, how the pages are made):
 * they belong in the README, not on a page staff read.
 */
const editorWords = /content\/|\.ya?ml\b|\bYAML\b|HTML\/CSS|khi xây dựng/i;

/** One word per thing across the site: "Email" (as the portal's field says), "menu" (as the portals show it). */
const secondTerms = /\bE-mail\b|thư điện tử|trình đơn/i;

for (const path of builtPagePaths('dist')) {
  test(`/${path} speaks to staff, not to editors`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text.match(editorWords)?.[0], 'an editor-only word on the page').toBeUndefined();
    expect(text.match(secondTerms)?.[0], 'a second word for a thing the site names one way').toBeUndefined();
  });
}
