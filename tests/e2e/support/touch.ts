import { expect, type Locator, type Page } from '@playwright/test';
import { screen } from './simulator-driver';

/**
 * A cheap Android phone used with a finger only: no programmatic scrolling, and `touchscreen.tap` at the
 * centre of what the person sees (`locator.tap()` would scroll for us and prove nothing). Reduced motion,
 * so the simulator's own scrolling is instant and a box read after a tap is where it stays.
 */
export const phone = { isMobile: true, hasTouch: true, reducedMotion: 'reduce' } as const;

/** Taps a control where it is, as a finger would: it must be on screen and on top. */
export async function tap(page: Page, control: Locator, label: string): Promise<void> {
  await expect(control, label).toBeInViewport({ ratio: 1 });
  const box = (await control.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const onTop = await control.evaluate(
    (element, [px, py]) => {
      const hit = document.elementFromPoint(px!, py!);
      return hit !== null && (hit === element || element.contains(hit));
    },
    [x, y],
  );
  expect(onTop, `${label}: nothing covers the control`).toBe(true);
  await page.touchscreen.tap(x, y);
}

/**
 * The person's own scrolling until `control` is on screen (the simulator starts below the page's
 * introduction): input events the browser scrolls by itself, not a script setting the scroll position.
 * Headless Chromium ignores synthetic touch swipes, so the wheel stands in for the finger.
 */
export async function swipeTo(page: Page, control: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  for (let i = 0; i < 20; i += 1) {
    const box = (await control.boundingBox())!;
    const centre = box.y + box.height / 2;
    if (centre > viewport.height * 0.5 && centre < viewport.height * 0.9) return;
    const before = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, Math.round(Math.min(viewport.height - 60, centre - viewport.height * 0.7)));
    await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(before);
  }
}

/** Opens a simulator page in a mode and scrolls, as its reader would, to its first control. */
export async function openIn(
  page: Page,
  path: string,
  mode: 'huong-dan' | 'thuc-hanh' | 'kiem-tra' | 'xem-minh-hoa',
): Promise<void> {
  await page.goto(`${path}?che-do=${mode}`);
  await expect(screen(page)).toBeVisible();
  await swipeTo(
    page,
    mode === 'xem-minh-hoa'
      ? page.getByRole('button', { name: /Bước sau/ })
      : screen(page).getByRole('button', { name: 'Đăng nhập', exact: true }),
  );
}
