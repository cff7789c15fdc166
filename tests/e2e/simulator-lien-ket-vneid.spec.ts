import { expect, test, type Page } from './support/test';
import { checkSimulatorScreen } from './support/simulator-checks';
import { watchPage } from './support/watch-page';
import { persona } from '../../src/simulator/portals/persona';
import {
  chooseMode,
  expectLinked,
  fullPath,
  personaValue,
  playWithKeyboard,
  playWithMouse,
  screen,
  SIM_PATH,
  tabTo,
} from './support/simulator-driver';

const instruction = (page: Page) => page.locator('.sim-instruction');
const status = (page: Page) => page.getByRole('status');

async function open(page: Page, query = '') {
  await page.goto(SIM_PATH + query);
  await expect(page.getByRole('group', { name: 'Chế độ' })).toBeVisible();
}

async function savedResults(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('dvc-phu-cat:simulator-results') ?? 'null') as unknown);
}

test.describe('Phụ lục 1 simulator', () => {
  let problems: string[];
  test.beforeEach(({ page, baseURL }) => {
    problems = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  for (const mode of ['Hướng dẫn', 'Thực hành'] as const) {
    test(`${mode}: completes with the mouse`, async ({ page }) => {
      await open(page);
      await chooseMode(page, mode);
      await playWithMouse(page, fullPath);
      await expectLinked(page);
      await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeFocused();
      const results = (await savedResults(page)) as { data: Record<string, Record<string, { passed: boolean }>> };
      const key = mode === 'Hướng dẫn' ? 'guided' : 'practice';
      expect(results.data['lien-ket-vneid']?.[key]?.passed).toBe(false);
      expect(results.data['lien-ket-vneid']?.['test']).toBeUndefined();
    });
  }

  test('Kiểm tra: completes with the mouse, passes, and the result is saved', async ({ page }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    await expect(instruction(page)).toContainText('Hãy liên kết tài khoản');
    await expect(page.getByRole('button', { name: 'Gợi ý' })).toHaveCount(0);
    await playWithMouse(page, fullPath);
    await expectLinked(page);
    await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeFocused();
    await expect(page.getByText('Điểm: 100/100')).toBeVisible();
    const results = (await savedResults(page)) as { version: number; data: Record<string, Record<string, unknown>> };
    expect(results.version).toBe(1);
    expect(results.data['lien-ket-vneid']?.['test']).toMatchObject({ bestScore: 100, maxScore: 100, passed: true });
  });

  for (const mode of ['Hướng dẫn', 'Thực hành', 'Kiểm tra'] as const) {
    test(`${mode}: completes with the keyboard only`, async ({ page }) => {
      // Some 40 controls reached by Tab, one key at a time: slower than the default budget.
      test.setTimeout(120_000);
      await open(page);
      const button = page.getByRole('group', { name: 'Chế độ' }).getByRole('button', { name: mode });
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await playWithKeyboard(page, fullPath);
      await expectLinked(page);
      if (mode === 'Kiểm tra') await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeFocused();
    });
  }

  test('moves focus to the new screen’s heading, not when a menu opens', async ({ page }) => {
    await open(page);
    await screen(page).getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(screen(page).getByRole('heading', { name: 'Đăng nhập' })).toBeFocused();
    await playWithMouse(page, fullPath.slice(1, 8));
    const menu = screen(page).getByRole('button', { name: 'Nguyễn Thị Mai' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeFocused();
  });

  test('Hướng dẫn: a wrong action explains itself and nothing advances', async ({ page }) => {
    await open(page);
    await playWithMouse(page, fullPath.slice(0, 1));
    await screen(page)
      .getByRole('button', { name: /Bưu điện Việt Nam/ })
      .click();
    await expect(status(page)).toContainText('không dành cho cán bộ, công chức, viên chức');
    await expect(screen(page).getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expect(page.locator('.sim-target')).toHaveCount(1);
    await expect(page.locator('.sim-target')).toContainText('Tài khoản cấp bởi Cổng dịch vụ công quốc gia');
  });

  test('Thực hành: no highlight until “Gợi ý”; mistakes are counted; the notice’s Bỏ qua is wrong at Bước 6', async ({
    page,
  }) => {
    await open(page);
    await chooseMode(page, 'Thực hành');
    await expect(page.locator('.sim-target')).toHaveCount(0);
    await page.getByRole('button', { name: 'Gợi ý' }).click();
    await expect(status(page)).toContainText('Nút “Đăng nhập” nằm ở dải màu đỏ đầu trang.');
    await expect(page.locator('.sim-target')).toHaveCount(1);
    // Bước 1: Đăng nhập bằng VNeID before updating the CCCD is a listed mistake.
    await playWithMouse(page, fullPath.slice(0, 7));
    await screen(page).getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
    await expect(status(page)).toContainText('Chưa nên đăng nhập VNeID lúc này');
    await expect(page.getByText('Số lần sai: 1')).toBeVisible();
    await playWithMouse(page, fullPath.slice(7, 10));
    // Bước 3: Cập nhật before Cập nhật từ CSDL.
    await playWithMouse(page, fullPath.slice(10, 12));
    await screen(page).getByRole('button', { name: 'Cập nhật', exact: true }).click();
    await expect(status(page)).toContainText('Chưa cập nhật từ CSDL');
    await playWithMouse(page, fullPath.slice(12, 23));
    await screen(page).getByRole('button', { name: 'Bỏ qua' }).click();
    await expect(status(page)).toContainText('hai tài khoản vẫn chưa liên kết');
    await expect(page.getByText('Số lần sai: 3')).toBeVisible();
  });

  test('a real-looking number is refused with a warning; the persona’s values are accepted', async ({ page }) => {
    await open(page);
    await playWithMouse(page, fullPath.slice(0, 2));
    const user = screen(page).getByRole('textbox', { name: 'Tên đăng nhập' });
    await user.pressSequentially('0905123456');
    await expect(status(page)).toContainText('Đây là mô phỏng: không nhập thông tin thật');
    await expect(user).not.toHaveValue(/\d{9}/);
    await user.fill('');
    await user.pressSequentially(await personaValue(page, 'idNumber'));
    await expect(user).toHaveValue(persona.idNumber);
    await expect(status(page)).not.toContainText('không nhập thông tin thật');
    // A wrong OTP has its own feedback.
    await playWithMouse(page, fullPath.slice(3, 5));
    const otp = await personaValue(page, 'otp');
    await screen(page)
      .getByRole('textbox', { name: 'Mã xác thực OTP' })
      .pressSequentially(otp[0] === '9' ? '0' : '9');
    await expect(status(page)).toContainText('Mã OTP không đúng');
    await screen(page).getByRole('button', { name: 'Xác nhận' }).click();
    await expect(status(page)).toContainText('Mã OTP chưa đúng');
  });

  test('Kiểm tra: the result screen says what went wrong, step by step', async ({ page }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    await playWithMouse(page, fullPath.slice(0, 1));
    await screen(page)
      .getByRole('button', { name: /Bưu điện Việt Nam/ })
      .click();
    // No explanation during the test: that would be a hint.
    await expect(status(page)).toContainText('Chưa đúng. Lỗi đã được ghi lại');
    await expect(status(page)).not.toContainText('Bưu điện');
    await playWithMouse(page, fullPath.slice(1));
    const result = page.locator('.sim-result');
    await expect(result.getByRole('heading', { name: /^Kết quả: / })).toBeFocused();
    await expect(result.getByRole('listitem').filter({ hasText: 'Bước 1:' }).first()).toContainText(
      'không dành cho cán bộ, công chức, viên chức',
    );
  });

  test('the QR code path at VNeID links the accounts too', async ({ page }) => {
    await open(page);
    await playWithMouse(page, fullPath.slice(0, 25));
    await screen(page).getByRole('button', { name: 'Quét mã QR bằng ứng dụng VNeID' }).click();
    await screen(page).getByRole('button', { name: 'Xác nhận đăng nhập' }).click();
    await expect(screen(page).getByText('Liên kết tài khoản thành công')).toBeVisible();
    await playWithMouse(page, fullPath.slice(-4));
    await expectLinked(page);
  });

  test('resumes after a reload half-way, and “Làm lại” starts over', async ({ page }) => {
    await open(page);
    await chooseMode(page, 'Thực hành');
    await playWithMouse(page, fullPath.slice(0, 12));
    await expect(page.getByText('Đã làm 12/34 thao tác')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Thực hành' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Đã làm 12/34 thao tác')).toBeVisible();
    await expect(instruction(page)).toContainText('Cập nhật từ CSDL Quốc gia về Dân cư');
    await playWithMouse(page, fullPath.slice(12));
    await expectLinked(page);
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect(page.getByText('Đã làm 0/34 thao tác')).toBeVisible();
    await expect(screen(page).getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  });

  test('Xem minh họa plays to the end, with pause and step controls', async ({ page }) => {
    await page.clock.install();
    await open(page);
    await chooseMode(page, 'Xem minh họa');
    await expect(instruction(page)).toContainText('Đang minh họa:');
    await expect(page.locator('.sim-target')).toHaveCount(1);
    await page.getByRole('button', { name: 'Bước sau ▶' }).click();
    await expect(screen(page).getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await page.getByRole('button', { name: '◀ Bước trước' }).click();
    await expect(screen(page).getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    await page.getByLabel('Tốc độ').selectOption('4');
    await page.getByRole('button', { name: '▶ Phát' }).click();
    await page.clock.runFor(2000);
    await page.getByRole('button', { name: '❚❚ Tạm dừng' }).click();
    const paused = await page.locator('.sim-counter').textContent();
    await page.clock.runFor(5000);
    await expect(page.locator('.sim-counter')).toHaveText(paused ?? '');
    await page.getByRole('button', { name: '▶ Phát' }).click();
    await page.clock.runFor(60_000);
    await expect(instruction(page)).toContainText('Đã minh họa hết các bước');
    await expectLinked(page);
    // Watching is not doing: the demo records no result.
    expect(await savedResults(page)).toBeNull();
  });

  test('“Thử bước này” on the guide opens the simulator at that step in Hướng dẫn', async ({ page }) => {
    await page.goto('phu-luc-1/');
    const link = page.getByRole('link', { name: 'Thử bước này trên mô phỏng: Bước 3', exact: true });
    await expect(link).toHaveAttribute('href', /\/luyen-tap\/lien-ket-vneid\/\?buoc=p1-b3$/);
    await link.click();
    await expect(page.getByRole('button', { name: 'Hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.sim-guide')).toContainText('Bước 3: Cập nhật từ CSDL Quốc gia về Dân cư');
    await expect(screen(page).getByRole('heading', { name: 'Thông tin định danh' })).toBeVisible();
    await expect(page.locator('.sim-target')).toContainText('Cập nhật từ CSDL Quốc gia về Dân cư');
    expect(new URL(page.url()).search).toBe('');
    await playWithMouse(page, fullPath.slice(12));
    await expectLinked(page);
    await expect(page.getByText('không được ghi kết quả')).toBeVisible();
  });

  test('the guide downloads none of the simulator’s JavaScript until the reader starts it', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('phu-luc-1/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { name: 'Kiểm tra kết quả' }).scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => /Island|client\.|preact|hooks|signals/.test(path))).toEqual([]);
    await page.getByText('Bắt đầu luyện tập ngay trên trang này').click();
    await expect(page.getByRole('group', { name: 'Chế độ' })).toBeVisible();
    await playWithMouse(page, fullPath.slice(0, 2));
    await expect(screen(page).getByRole('textbox', { name: 'Tên đăng nhập' })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  // 640 px (a 1280 px window at 200% zoom) checks reflow, which does not depend on the theme: light only.
  for (const width of colorScheme === 'light' ? [360, 640, 1280] : [360, 1280]) {
    test(`every screen passes axe, reflows and keeps targets large (${colorScheme}, ${width} px)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await open(page);
      await checkSimulatorScreen(page, 'home');
      const stops = new Map([
        [1, 'login chooser'],
        [3, 'portal login, half filled'],
        [6, 'otp'],
        [7, 'notice'],
        [9, 'account menu open'],
        [11, 'personal'],
        [13, 'identity verified'],
        [24, 'vneid login'],
        [27, 'vneid otp'],
      ]);
      for (let i = 0; i < fullPath.length; i += 1) {
        await playWithMouse(page, fullPath.slice(i, i + 1));
        const stop = stops.get(i + 1);
        if (stop) await checkSimulatorScreen(page, stop);
      }
      await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeVisible();
      await checkSimulatorScreen(page, 'result');
      await page.getByRole('button', { name: 'Thực hành' }).click();
      await screen(page).getByRole('button', { name: 'Đăng nhập' }).click();
      await screen(page)
        .getByRole('button', { name: /Bưu điện/ })
        .click();
      await page.getByRole('button', { name: 'Gợi ý' }).click();
      await expect(status(page)).toContainText('Ô đầu tiên');
      await checkSimulatorScreen(page, 'practice with hint');
      await page.getByRole('button', { name: 'Xem minh họa' }).click();
      await checkSimulatorScreen(page, 'demo');
    });
  }
}
