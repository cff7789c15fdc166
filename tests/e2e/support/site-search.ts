import type { Page } from '@playwright/test';
import { ON_DEMAND_ATTRIBUTE } from '../../../src/search/search-on-demand';
import { expect } from './test';

/** A trainer deck (/trinh-chieu/<id>/) is a page of its own, outside Starlight's layout: no header, no search. */
export const isDeckPage = (path: string) => /^trinh-chieu\/[^/]+\/$/.test(path);

/**
 * Starlight sets up its search box when the browser is idle; ours then waits for the reader to reach for it
 * before fetching Pagefind (src/search/search-on-demand.ts). A check of what a page fetches or logs before
 * anyone touches it waits for that point, so that the search box's own requests count too. Decks have none.
 */
export async function waitForSiteSearch(page: Page, path: string): Promise<void> {
  if (!isDeckPage(path)) await expect(page.locator(`#starlight__search[${ON_DEMAND_ATTRIBUTE}]`)).toBeAttached();
}
