import { expect, test, type Page } from './support/test';

/**
 * "Thử bước này" (issue 15): following a guide step's link opens the simulator at that step with its
 * control due in sight: in the viewport, below the pinned task bar on a phone, and not covered by
 * anything (a tap at its centre lands on it).
 */
const guides = ['phu-luc-1/', 'phu-luc-2/'] as const;

async function stepLinks(page: Page, guide: string): Promise<string[]> {
  await page.goto(guide);
  const links = page.getByRole('link', { name: /^Thử bước này trên mô phỏng: / });
  await expect(links.first()).toBeAttached();
  return links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
}

async function expectTargetInSight(page: Page, href: string) {
  const target = page.locator('.sim-screen .sim-target');
  await expect(target, href).toHaveCount(1);
  await expect(target, href).toBeInViewport();
  // The scroll may be smooth: wait for it to end where the target is uncovered.
  await expect
    .poll(
      () =>
        target.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit !== null && (hit === element || element.contains(hit));
        }),
      { message: `${href}: the target is covered` },
    )
    .toBe(true);
}

for (const guide of guides) {
  test(`${guide}: every step link opens the simulator with its target in sight (1280×800)`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const href of await stepLinks(page, guide)) {
      await page.goto(guide);
      await page.locator(`a[href="${href}"]`).click();
      await expectTargetInSight(page, href);
    }
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    test(`${guide}: every step link opens the simulator with its target in sight below the pinned bar (360×640)`, async ({
      page,
    }) => {
      for (const href of await stepLinks(page, guide)) {
        await page.goto(guide);
        await page.locator(`a[href="${href}"]`).tap();
        await expectTargetInSight(page, href);
      }
    });
  });
}
