import jsQR from 'jsqr';
import type { Page } from '@playwright/test';

/** The decks /trinh-chieu/ lists, by slug, with the page each title slide's QR code opens. */
export const deckQrPaths = {
  'cong-van': 'luyen-tap/',
  'phu-luc-1': 'luyen-tap/lien-ket-vneid/',
  'phu-luc-2': 'luyen-tap/lay-tu-kho/',
  'tu-danh-gia': 'tu-danh-gia/',
} as const;

export type DeckSlug = keyof typeof deckQrPaths;
export const deckSlugs = Object.keys(deckQrPaths) as DeckSlug[];

/** How many slides the open deck has. */
export async function slideCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-deck]').getAttribute('data-total'));
}

/**
 * Decodes the QR code of the slide on screen, as a phone would read it: the drawn SVG rasterised in the page
 * (a data: image, which the policy allows), its pixels read by jsQR in the test.
 */
export async function decodeShownQr(page: Page): Promise<string | null> {
  const pixels = await page.evaluate(async () => {
    const svg = document.querySelector('.slide.is-current .qr-code svg');
    if (!svg) return null;
    const size = 240;
    const image = new Image(size, size);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    // As base64: a plain array of every channel would take the test seconds to carry across.
    const bytes = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return { size, data: btoa(binary) };
  });
  if (!pixels) return null;
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels.data, 'base64')), pixels.size, pixels.size)?.data ?? null;
}
