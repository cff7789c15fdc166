import { expect, test, type Page } from './support/test';
import { expectBarInView, message } from './support/simulator-checks';
import { openIn, phone, swipeTo, tap } from './support/touch';
import * as vneid from './support/simulator-driver';
import * as kho from './support/lay-tu-kho-driver';

/**
 * Both simulators on a cheap Android phone, used with a finger only (support/touch.ts). Before each tap
 * the control is fully on screen and nothing (the pinned task bar) lies on top of it; after each tap the
 * instruction and the bar's message are on screen.
 */
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
