import type { Page } from '@playwright/test';

/** What a reader sees first for a query: the first page's path and hash, and its first section's. */
export interface FirstHit {
  page: string;
  section: string | undefined;
}

const relative = (href: string, siteUrl: string) => {
  const url = new URL(href, siteUrl);
  return url.pathname.slice(new URL(siteUrl).pathname.length) + url.hash;
};

/**
 * Opens the search dialog on the home page the way a reader does (the "Tìm kiếm" button), types the query
 * and reads the first result: the page link and the first section link under it, relative to `siteUrl`
 * (the site's root, ending in "/"). Used by the browser test and by `npm run bench`.
 */
export async function firstHit(page: Page, siteUrl: string, query: string): Promise<FirstHit> {
  await page.goto(siteUrl);
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tìm kiếm' }).fill(query);
  const first = page.locator('.pagefind-ui__result').first();
  const title = first.locator('.pagefind-ui__result-title > .pagefind-ui__result-link').first();
  await title.waitFor();
  const section = first.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
  const pageHref = (await title.getAttribute('href')) ?? '';
  const sectionHref = (await section.count()) > 0 ? await section.getAttribute('href') : null;
  return { page: relative(pageHref, siteUrl), section: sectionHref ? relative(sectionHref, siteUrl) : undefined };
}
