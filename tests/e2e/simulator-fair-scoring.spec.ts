import { expect, test, type Page } from './support/test';
import { persona } from '../../src/simulator/portals/persona';
import { simPersona } from '../../src/simulator/scenarios/lien-ket-vneid/scenario';
import { expectBarInView, instruction, message } from './support/simulator-checks';
import * as vneid from './support/simulator-driver';
import * as kho from './support/lay-tu-kho-driver';
import { openIn, phone, swipeTo, tap } from './support/touch';

/**
 * Scoring a person would call fair, on the phone in their hand (360×640, touch): a mistake is one wrong
 * action, never a keystroke; a wrong value says what to correct; a control the task does not use still
 * answers; the result of Kiểm tra leads back to each step. The made-up values are read from the persona
 * and the scenario, never written here, so a change of the persona's numbers changes the test with it.
 */
const field = (page: Page, name: string) => vneid.screen(page).getByRole('textbox', { name, exact: true });
/** The full counter line (the compact bar shows a shorter copy of it). */
const counter = (page: Page) => page.locator('.sim-counter');

/** Types as a phone keyboard does, one character per input event. */
async function typeKeys(page: Page, text: string): Promise<void> {
  for (const key of text) await page.keyboard.insertText(key);
}

/** The persona's number with one digit changed: a slip of the finger. */
const slip = (number: string, index: number) =>
  number.slice(0, index) + String((Number(number[index]) + 1) % 10) + number.slice(index + 1);

/** From the portal's home to its login form, by touch. */
async function toPortalLogin(page: Page): Promise<void> {
  await tap(page, vneid.screen(page).getByRole('button', { name: 'Đăng nhập', exact: true }), 'Đăng nhập');
  const kind = vneid.screen(page).getByRole('button', { name: /^Tài khoản cấp bởi Cổng dịch vụ công quốc gia/ });
  await swipeTo(page, kind);
  await tap(page, kind, 'kind');
  await expect(field(page, 'Tên đăng nhập')).toBeVisible();
}

test.describe('On a phone, 360×640: fair scoring and what a wrong value says', () => {
  test.use({ ...phone, viewport: { width: 360, height: 640 } });

  test('Thực hành: typing “maicong” and correcting it is one mistake, made when pressing “Đăng nhập”', async ({
    page,
  }) => {
    await openIn(page, vneid.SIM_PATH, 'thuc-hanh');
    await toPortalLogin(page);
    await tap(
      page,
      vneid.screen(page).getByRole('button', { name: 'Điền giá trị giả định vào ô Tên đăng nhập' }),
      'chip',
    );
    const password = field(page, 'Mật khẩu');
    await tap(page, password, 'Mật khẩu');
    await typeKeys(page, 'maicong');
    // Seven keystrokes, none a mistake, and nothing said while typing.
    await expect(password).toHaveValue('maicong');
    await expect(counter(page)).toContainText('Số lần sai: 0');
    await expect(message(page)).toHaveCount(0);
    const submit = vneid.screen(page).getByRole('button', { name: 'Đăng nhập', exact: true });
    // The keyboard is put away and the page scrolled to the button, as a person does.
    await swipeTo(page, submit);
    await tap(page, submit, 'Đăng nhập with the wrong password');
    await expect(message(page)).toContainText('Giá trị này chưa đúng');
    await expectBarInView(page, 'after Đăng nhập');
    await expect(counter(page)).toContainText('Số lần sai: 1');
    // Corrected: the person deletes it and takes the made-up value.
    await tap(page, password, 'Mật khẩu again');
    for (let i = 0; i < 'maicong'.length; i += 1) await page.keyboard.press('Backspace');
    await tap(page, vneid.screen(page).getByRole('button', { name: 'Điền giá trị giả định vào ô Mật khẩu' }), 'chip');
    await swipeTo(page, submit);
    await tap(page, submit, 'Đăng nhập');
    await expect(field(page, 'Mã xác thực OTP')).toBeVisible();
    await expect(counter(page)).toContainText('Số lần sai: 1');
  });

  test('Thực hành: a password that differs only in case says that case matters', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'thuc-hanh');
    await toPortalLogin(page);
    await tap(
      page,
      vneid.screen(page).getByRole('button', { name: 'Điền giá trị giả định vào ô Tên đăng nhập' }),
      'chip',
    );
    await tap(page, field(page, 'Mật khẩu'), 'Mật khẩu');
    await typeKeys(page, simPersona.portalPassword.toLowerCase());
    const submit = vneid.screen(page).getByRole('button', { name: 'Đăng nhập', exact: true });
    await swipeTo(page, submit);
    await tap(page, submit, 'Đăng nhập');
    await expect(message(page)).toContainText('Mật khẩu phân biệt chữ hoa, chữ thường');
    await expectBarInView(page, 'after Đăng nhập');
    await expect(counter(page)).toContainText('Số lần sai: 1');
  });

  test('Thực hành: a slip in the persona’s number is named, not refused as real data', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'thuc-hanh');
    await toPortalLogin(page);
    const user = field(page, 'Tên đăng nhập');
    await tap(page, user, 'Tên đăng nhập');
    const typo = slip(persona.idNumber, 7);
    await typeKeys(page, typo);
    await expect(user).toHaveValue(typo);
    await expect(message(page)).toHaveCount(0);
    // Leaving the field confirms the value.
    await tap(page, field(page, 'Mật khẩu'), 'Mật khẩu');
    await expect(message(page)).toHaveText(
      `Số này khác số trên thẻ dữ liệu giả định: ${persona.idNumber}. Sửa lại từng chữ số cho đúng.`,
    );
    await expectBarInView(page, 'after leaving the field');
    await expect(counter(page)).toContainText('Số lần sai: 1');
    // Somebody's real-looking number is still refused, and not kept in the field.
    const other = [...persona.idNumber].map((digit) => String((Number(digit) + 5) % 10)).join('');
    await tap(page, user, 'Tên đăng nhập again');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await typeKeys(page, other);
    await expect(message(page)).toContainText('Đây là mô phỏng: không nhập thông tin thật');
    await expect(user).not.toHaveValue(other);
  });

  test('Kiểm tra: a control the task does not use answers the tap, neither right nor wrong', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'kiem-tra');
    const tile = vneid.screen(page).getByRole('button', { name: 'Tra cứu hồ sơ' });
    await swipeTo(page, tile);
    await tap(page, tile, 'service tile');
    await expect(message(page)).toHaveText('Đây là mô phỏng: mục này không dùng trong bài. Làm theo yêu cầu ở trên.');
    await expectBarInView(page, 'after the tile');
    await expect(counter(page)).toHaveText('Đã làm 0 thao tác · Số lần sai: 0');
  });

  test('Hướng dẫn, Bước 7: the source’s “Kích hoạt” link says what it is for, and is not a mistake', async ({
    page,
  }) => {
    await page.goto(`${vneid.SIM_PATH}?buoc=p1-b7`);
    const link = vneid.screen(page).getByRole('button', { name: 'Kích hoạt', exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
    // Hướng dẫn counts steps only: a press that is neither right nor wrong leaves the count as it was.
    await expect(counter(page)).toHaveText(/^Đã làm \d+\/\d+ thao tác$/);
    const before = await counter(page).textContent();
    await tap(page, link, 'Kích hoạt');
    await expect(message(page)).toContainText('dùng để kích hoạt tài khoản định danh điện tử lần đầu');
    await expectBarInView(page, 'after Kích hoạt');
    await expect(counter(page)).toHaveText(before!);
    await expect(message(page)).toHaveClass('sim-info');
  });

  test('Kiểm tra: the result leads from each mistake to its guide step and back to the step', async ({ page }) => {
    await openIn(page, vneid.SIM_PATH, 'kiem-tra');
    await tap(page, vneid.screen(page).getByRole('button', { name: 'Đăng nhập', exact: true }), 'Đăng nhập');
    const wrongKind = vneid.screen(page).getByRole('button', { name: /^Tài khoản cấp bởi Bưu điện Việt Nam/ });
    await swipeTo(page, wrongKind);
    await tap(page, wrongKind, 'wrong kind');
    await vneid.playWithMouse(page, vneid.fullPath.slice(1));
    const result = page.locator('.sim-result');
    await expect(result.getByRole('heading', { name: /^Kết quả: / })).toBeFocused();
    // The count and the list are the same mistakes.
    await expect(result).toContainText('1 lần sai');
    await expect(result.locator('.sim-mistakes > li')).toHaveCount(1);
    await expect(result.locator('.sim-mistakes ul > li')).toHaveText([/không dành cho cán bộ, công chức, viên chức/]);
    await expect(result.getByRole('link', { name: 'Đọc lại Bước 1 trong hướng dẫn' })).toHaveAttribute(
      'href',
      '/phu-luc-1/#p1-b1',
    );
    await expect(result.getByRole('link', { name: 'Về trang Tự đánh giá' })).toHaveAttribute('href', '/tu-danh-gia/');

    const retry = result.getByRole('button', { name: /^Thử lại bước này/ });
    await swipeTo(page, retry);
    await tap(page, retry, 'Thử lại bước này');
    const modes = page.getByRole('group', { name: 'Chế độ' });
    await expect(modes.getByRole('button', { name: 'Hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
    await expect(instruction(page)).toContainText('Chọn “Tài khoản cấp bởi Cổng dịch vụ công quốc gia”');
    await expectBarInView(page, 'the step to retry');
    await expect(vneid.screen(page).locator('.sim-target')).toBeInViewport();

    // Back in Kiểm tra the result waits; "Làm bài kiểm tra mới" starts a fresh test.
    const testMode = modes.getByRole('button', { name: 'Kiểm tra' });
    await swipeTo(page, testMode);
    await tap(page, testMode, 'Kiểm tra');
    const again = result.getByRole('button', { name: 'Làm bài kiểm tra mới' });
    await swipeTo(page, again);
    await tap(page, again, 'Làm bài kiểm tra mới');
    await expect(counter(page)).toHaveText('Đã làm 0 thao tác · Số lần sai: 0');
    await expect(result).toHaveCount(0);

    // The guide link opens the step in Phụ lục 1.
    await vneid.playWithMouse(page, vneid.fullPath.slice(0, 1));
    await vneid
      .screen(page)
      .getByRole('button', { name: /Bưu điện Việt Nam/ })
      .click();
    await vneid.playWithMouse(page, vneid.fullPath.slice(1));
    const read = result.getByRole('link', { name: 'Đọc lại Bước 1 trong hướng dẫn' });
    await swipeTo(page, read);
    await tap(page, read, 'Đọc lại Bước 1');
    await expect(page).toHaveURL(/\/phu-luc-1\/#p1-b1$/);
    await expect(page.locator('[id="p1-b1"]')).toBeInViewport();
  });

  test('the step counter reads the same total from the first step to the last', async ({ page }) => {
    await page.goto(`${vneid.SIM_PATH}?che-do=thuc-hanh`);
    await expect(counter(page)).toHaveText(/^Đã làm 0\/\d+ thao tác/);
    const total = (await counter(page).textContent())!.match(/\/(\d+)/)![1];
    for (const [index, move] of vneid.fullPath.entries()) {
      await vneid.playWithMouse(page, [move]);
      await expect(counter(page)).toContainText(`Đã làm ${index + 1}/${total} thao tác`);
    }
  });
});

/**
 * Reflow: a 1280 px window zoomed to 200% is a 640 px viewport of twice the pixel density; 320 px is
 * the narrowest phone. Every screen of both simulators, and the result, without sideways scrolling.
 */
for (const [label, viewport, deviceScaleFactor] of [
  ['1280 px window at 200% zoom', { width: 640, height: 400 }, 2],
  ['320 px', { width: 320, height: 640 }, 1],
] as const) {
  test.describe(`At ${label}`, () => {
    test.use({ viewport, deviceScaleFactor });
    const sideways = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    test('Phụ lục 1, Thực hành: no screen scrolls sideways', async ({ page }) => {
      await page.goto(`${vneid.SIM_PATH}?che-do=thuc-hanh`);
      await expect(vneid.screen(page)).toBeVisible();
      expect.soft(await sideways(page), 'home').toBe(0);
      for (const [index, move] of vneid.fullPath.entries()) {
        await vneid.playWithMouse(page, [move]);
        expect.soft(await sideways(page), `after move ${index + 1}`).toBe(0);
      }
      await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeVisible();
      expect(await sideways(page), 'result').toBe(0);
    });

    test('Phụ lục 2, Thực hành: no screen scrolls sideways', async ({ page }) => {
      await page.goto(`${kho.KHO_PATH}?che-do=thuc-hanh`);
      await expect(vneid.screen(page)).toBeVisible();
      expect.soft(await sideways(page), 'home').toBe(0);
      for (const [index, move] of kho.fullPath.entries()) {
        await kho.playWithMouse(page, [move]);
        expect.soft(await sideways(page), `after move ${index + 1}`).toBe(0);
      }
      await kho.expectReceipt(page, '3/4');
      expect(await sideways(page), 'result').toBe(0);
    });
  });
}
