import { expect, test } from './support/test';
import { decodeShownQr, deckQrPaths, deckSlugs } from './support/decks';
import { SUBFOLDER_BASE, SUBFOLDER_SITE_URL } from './support/sites';

// Built with SITE_URL, a deck's QR code is drawn at build time with the public address, whatever machine
// serves the copy the trainer opened (here a loopback port).
test('with SITE_URL, the QR code of each deck opens the practice page at the public address', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const slug of deckSlugs) {
    await page.goto(`trinh-chieu/${slug}/`);
    const expected = `${SUBFOLDER_SITE_URL}${SUBFOLDER_BASE}${deckQrPaths[slug]}`;
    expect(await decodeShownQr(page), slug).toBe(expected);
    await expect(page.locator('.slide.is-current .qr-address')).toHaveText(expected);
  }
});
