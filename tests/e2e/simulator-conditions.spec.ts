import { expect, test, type APIRequestContext, type Page } from './support/test';
import { fillStorageQuota, makeStorageWritesThrow } from './support/storage-faults';
import { chooseMode, screen, SIM_PATH } from './support/simulator-driver';
import { KHO_PATH, playWithMouse, row, toComponents, toStore } from './support/lay-tu-kho-driver';

/**
 * The simulators under real conditions: storage that is full or refuses every write, two tabs of one
 * simulator, forced colours, and no JavaScript at all.
 */
const modes = (page: Page) => page.getByRole('group', { name: 'Chế độ' });
const loginButton = (page: Page) => screen(page).getByRole('button', { name: 'Đăng nhập', exact: true });
const chooser = (page: Page) => screen(page).getByRole('heading', { name: 'Đăng nhập' });

for (const path of [SIM_PATH, KHO_PATH]) {
  test.describe(`${path} with storage that takes nothing`, () => {
    test('storage filled to within 300 bytes of the quota: the simulator starts, works and says so', async ({
      page,
    }) => {
      await page.goto('');
      expect(await fillStorageQuota(page)).toBeGreaterThan(0);
      await page.goto(path);
      await expect(loginButton(page)).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'Không lưu được tiến độ trên máy này' })).toBeVisible();
      await loginButton(page).click();
      await expect(chooser(page)).toBeVisible();
    });

    test('a setItem that always throws: the simulator starts, works and says so', async ({ page }) => {
      await makeStorageWritesThrow(page);
      await page.goto(path);
      await expect(loginButton(page)).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: /sẽ mất khi/ })).toBeVisible();
      await loginButton(page).click();
      await expect(chooser(page)).toBeVisible();
    });
  });
}

test('two tabs: the run belongs to the tab that moves it, and each tab keeps its own mode', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto(SIM_PATH);
    await expect(loginButton(page)).toBeVisible();
  }
  await loginButton(first).click();
  await expect(chooser(first)).toBeVisible();

  // The other tab does not take the first one's move as its own: it says where the run is.
  const notice = second.getByRole('alert').filter({ hasText: 'Bài này đang làm ở thẻ khác' });
  await expect(notice).toBeVisible();
  await expect(screen(second)).toBeHidden();
  await notice.getByRole('button', { name: 'Tiếp tục ở đây' }).click();
  await expect(chooser(second)).toBeVisible();
  await expect(notice).toBeHidden();
  await screen(second)
    .getByRole('button', { name: /^Tài khoản cấp bởi Cổng dịch vụ công quốc gia/ })
    .click();
  await expect(second.getByRole('heading', { name: /^Tài khoản cấp bởi Cổng/ })).toBeVisible();
  await expect(first.getByRole('alert').filter({ hasText: 'Bài này đang làm ở thẻ khác' })).toBeVisible();

  // A mode chosen in one tab leaves the other tab's mode, and its run, alone.
  await chooseMode(second, 'Kiểm tra');
  await first.getByRole('button', { name: 'Tiếp tục ở đây' }).click();
  await expect(modes(first).getByRole('button', { name: 'Hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByRole('heading', { name: /^Tài khoản cấp bởi Cổng/ })).toBeVisible();
  await expect(modes(second).getByRole('button', { name: 'Kiểm tra' })).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByText('Bài này đang làm ở thẻ khác')).toBeHidden();

  // Each tab reloads into its own mode.
  await second.reload();
  await expect(modes(second).getByRole('button', { name: 'Kiểm tra' })).toHaveAttribute('aria-pressed', 'true');
  await first.reload();
  await expect(modes(first).getByRole('button', { name: 'Hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active', viewport: { width: 1024, height: 768 } });

  test('the mode that is on is marked by more than colour', async ({ page }) => {
    await page.goto(SIM_PATH);
    const pressed = modes(page).getByRole('button', { name: 'Hướng dẫn' });
    const other = modes(page).getByRole('button', { name: 'Thực hành' });
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    const look = (button: typeof pressed) =>
      button.evaluate((element) => {
        const style = getComputedStyle(element);
        const mark = getComputedStyle(element, '::before').content;
        return { border: style.borderTopWidth, underline: style.textDecorationLine, mark };
      });
    const [on, off] = [await look(pressed), await look(other)];
    expect(on.underline).toContain('underline');
    expect(off.underline).not.toContain('underline');
    expect(on.mark).toContain('✓');
    expect(off.mark).toBe('none');
    expect(on.border).not.toBe(off.border);
    await modes(page).screenshot({ path: test.info().outputPath('mode-switch-forced-colors.png') });
  });
});

/**
 * What a browser without scripting shows: the page's `<noscript>` markup. Checked in the served HTML,
 * because Chromium under Playwright parses pages as scripted even with `javaScriptEnabled: false` (and
 * with scripting off in its settings), so a `<noscript>` never renders there.
 */
async function noScriptText(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((match) => match[1]!).join(' ');
}

test.describe('without JavaScript', () => {
  for (const path of [SIM_PATH, KHO_PATH]) {
    test(`${path} says what needs JavaScript and what works without`, async ({ request }) => {
      const notice = await noScriptText(request, path);
      expect(notice).toContain('Trình mô phỏng cần JavaScript');
      expect(notice).toMatch(/<a href="[^"]*\/phu-luc-[12]\/"[^>]*>Đọc Phụ lục/);
    });
  }

  test('the practice hub says what works without JavaScript', async ({ request }) => {
    expect(await noScriptText(request, 'luyen-tap/')).toContain('vẫn xem được các bài và đọc được hai phụ lục');
  });
});

test('after “Chọn tệp tin” the focus stays in the simulator, not on the page', async ({ page }) => {
  await page.goto(`${KHO_PATH}?che-do=thuc-hanh`);
  await playWithMouse(page, [...toStore, ...toComponents]);
  await row(page, 'van-bang').getByRole('button', { name: 'Chọn tệp tin' }).click();
  await expect(row(page, 'van-bang')).toHaveCount(0);
  const focused = await page.evaluate(() => ({
    inSimulator: document.activeElement?.closest('.sim-screen') !== null,
    onBody: document.activeElement === document.body,
  }));
  expect(focused).toEqual({ inSimulator: true, onBody: false });
});
