import { expect, test, type Locator, type Page } from './support/test';
import * as vneid from './support/simulator-driver';
import * as kho from './support/lay-tu-kho-driver';

/**
 * Both simulators on a cheap Android phone, used with a finger only: no programmatic scrolling, and
 * `touchscreen.tap` at the centre of what the person sees (`locator.tap()` would scroll for us and prove
 * nothing). Before each tap the control is fully on screen and nothing (the pinned task bar) lies on
 * top of it; after each tap the instruction and the bar's message are on screen. Reduced motion, so the
 * simulator's own scrolling is instant and a box read after a tap is where it stays.
 */
const phone = { isMobile: true, hasTouch: true, reducedMotion: 'reduce' } as const;

/** Where the instruction is read: the task bar, or the modal dialog's status line while one is open over it. */
const taskStatus = (page: Page) => page.locator('.sim-task').or(page.locator('dialog[open]')).last();
const instruction = (page: Page) => taskStatus(page).locator('.sim-instruction');
const message = (page: Page) => taskStatus(page).locator('.sim-feedback p');

/** The instruction and the feedback of the last action, both wholly inside the viewport. */
async function expectBarInView(page: Page, label: string): Promise<void> {
  await expect(instruction(page), label).toBeInViewport({ ratio: 1 });
  for (const line of await message(page).all()) await expect(line, label).toBeInViewport({ ratio: 1 });
}

/** Taps a control where it is, as a finger would: it must be on screen and on top. */
async function tap(page: Page, control: Locator, label: string): Promise<void> {
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
async function swipeTo(page: Page, control: Locator): Promise<void> {
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

/** Every visible control of the simulator, with its size where it is under 44 × 44 CSS px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sim button, .sim input, .sim select, .sim summary, .sim a')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ element, box }) => `${element.textContent?.trim() || element.id} ${box.width}×${box.height}`),
  );
}

async function openIn(page: Page, path: string, mode: 'huong-dan' | 'thuc-hanh' | 'kiem-tra' | 'xem-minh-hoa') {
  await page.goto(`${path}?che-do=${mode}`);
  await expect(vneid.screen(page)).toBeVisible();
  await swipeTo(
    page,
    mode === 'xem-minh-hoa'
      ? page.getByRole('button', { name: /Bước sau/ })
      : vneid.screen(page).getByRole('button', { name: 'Đăng nhập', exact: true }),
  );
}

for (const size of [
  { width: 360, height: 640 },
  { width: 360, height: 360 },
]) {
  const sizeLabel = `${size.width}×${size.height}`;
  test.describe(`On a phone, ${sizeLabel}`, () => {
    test.use({ ...phone, viewport: size });

    test('Phụ lục 1, Thực hành: every move by touch, each target on screen, values from the chips', async ({
      page,
    }) => {
      await openIn(page, vneid.SIM_PATH, 'thuc-hanh');
      for (const [index, move] of vneid.fullPath.entries()) {
        const label = `move ${index + 1}`;
        const control = vneid.moveTarget(page, move);
        if ('fill' in move) {
          const value = await vneid.personaValue(page, move.value);
          if (size.height < 400) {
            // Keyboard up: the field tapped stays in view above it, and takes what is typed.
            await tap(page, control, label);
            await expect(control).toBeFocused();
            await expect(control, `${label}: the focused field`).toBeInViewport({ ratio: 1 });
            await page.keyboard.insertText(value);
          } else {
            const chip = vneid.screen(page).getByRole('button', { name: `Điền giá trị giả định vào ô ${move.fill}` });
            await expect(chip.locator('xpath=..')).toContainText(`Giá trị giả định: ${value}`);
            await tap(page, chip, `${label} (chip)`);
          }
          await expect(control).toHaveValue(value);
        } else {
          await tap(page, control, label);
        }
        await expectBarInView(page, label);
        expect.soft(await smallTargets(page), `${label}: tap targets under 44 px`).toEqual([]);
      }
      await vneid.expectLinked(page);
    });

    test('Phụ lục 2, Thực hành: every move by touch, each target on screen', async ({ page }) => {
      await openIn(page, kho.KHO_PATH, 'thuc-hanh');
      for (const [index, move] of kho.fullPath.entries()) {
        const label = `move ${index + 1}`;
        const control = kho.moveTarget(page, move);
        await tap(page, control, label);
        // The phone's own picker chooses the option; Playwright stands in for it.
        if ('choose' in move) await control.selectOption(move.option);
        await expectBarInView(page, label);
        expect.soft(await smallTargets(page), `${label}: tap targets under 44 px`).toEqual([]);
      }
      await kho.expectReceipt(page, '3/4');
    });
  });
}

test.describe('On a phone, 360×640: what a tap answers', () => {
  test.use({ ...phone, viewport: { width: 360, height: 640 } });

  for (const mode of ['huong-dan', 'thuc-hanh', 'kiem-tra'] as const) {
    for (const [name, path, wrongKind] of [
      ['Phụ lục 1', vneid.SIM_PATH, /^Tài khoản cấp bởi Bưu điện Việt Nam/],
      ['Phụ lục 2', kho.KHO_PATH, /^Tài khoản cấp bởi Bưu điện Việt Nam/],
    ] as const) {
      test(`${name}, ${mode}: a right and a wrong tap, each answered on screen`, async ({ page }) => {
        await openIn(page, path, mode);
        const region = vneid.screen(page);
        // Scrolled as a reader would have it: the simulator's top, the screen far below.
        await tap(page, region.getByRole('button', { name: 'Đăng nhập', exact: true }), 'right tap');
        await expectBarInView(page, 'after the right tap');
        const wrong = region.getByRole('button', { name: wrongKind });
        if (mode === 'huong-dan') await expect(region.locator('.sim-target')).toBeInViewport({ ratio: 1 });
        // A control other than the one due may lie further down: the person scrolls to it.
        await swipeTo(page, wrong);
        await tap(page, wrong, 'wrong tap');
        await expect(message(page)).toContainText(mode === 'kiem-tra' ? 'Chưa đúng' : /./);
        await expectBarInView(page, 'after the wrong tap');
        // Near the finger: the tapped control itself is outlined in red.
        await expect(wrong).toHaveClass(/sim-missed/);
        expect(await wrong.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
        if (mode === 'huong-dan') await expect(region.locator('.sim-target')).toBeInViewport({ ratio: 1 });
      });
    }
  }

  test('Xem minh họa: the step played and its target stay on screen', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'xem-minh-hoa');
    const next = page.getByRole('button', { name: /Bước sau/ });
    for (let step = 1; step <= 6; step += 1) {
      await tap(page, next, `Bước sau ${step}`);
      await expectBarInView(page, `demo step ${step}`);
      await expect(vneid.screen(page).locator('.sim-target')).toBeInViewport({ ratio: 1 });
    }
  });

  test('Kiểm tra: the persona card opens from the bar, where the bar is', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'kiem-tra');
    const region = vneid.screen(page);
    await tap(page, region.getByRole('button', { name: 'Đăng nhập', exact: true }), 'Đăng nhập');
    // Kiểm tra points at nothing: the person finds the control, scrolling as needed.
    const kind = region.getByRole('button', { name: /^Tài khoản cấp bởi Cổng dịch vụ công quốc gia/ });
    await swipeTo(page, kind);
    await tap(page, kind, 'kind');
    // No chips in Kiểm tra: the values are on the persona card.
    await expect(region.getByRole('button', { name: /^Điền/ })).toHaveCount(0);
    await tap(page, page.getByRole('button', { name: 'Thẻ dữ liệu' }), 'Thẻ dữ liệu');
    const card = page.locator('.sim-task').getByRole('complementary', { name: 'Thẻ dữ liệu giả định' });
    await expect(card).toBeInViewport();
    await expect(card.getByText(await vneid.personaValue(page, 'otp'))).toBeInViewport();
  });
});

test.describe('On a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the task bar is not pinned, and the persona card sits beside the screen', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'thuc-hanh');
    expect(await page.locator('.sim-task').evaluate((element) => getComputedStyle(element).position)).toBe('static');
    await expect(page.getByRole('button', { name: 'Thẻ dữ liệu' })).toBeHidden();
  });
});
