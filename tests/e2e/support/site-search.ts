import type { Page } from '@playwright/test';
import { expect } from './test';

/** A trainer deck (/trinh-chieu/<id>/) is a page of its own, outside Starlight's layout: no header, no search. */
export const isDeckPage = (path: string) => /^trinh-chieu\/[^/]+\/$/.test(path);

/**
 * Starlight loads its search UI when the browser is idle; a check of what a page fetches or logs waits for it,
 * so that its requests count too. Decks have none to wait for.
 */
export async function waitForSiteSearch(page: Page, path: string): Promise<void> {
  if (!isDeckPage(path)) await expect(page.locator('#starlight__search input')).toBeAttached();
}
