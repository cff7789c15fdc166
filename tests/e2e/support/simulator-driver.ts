import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Drives the Phụ lục 1 simulator the way a person would: by role and Vietnamese name, with the mouse
 * or with the keyboard alone. The made-up values come from the persona card on the page itself.
 */
export const SIM_PATH = 'luyen-tap/lien-ket-vneid/';

export type Move =
  | { click: string | RegExp; role?: 'button' }
  | { fill: string; value: 'idNumber' | 'portalPassword' | 'vneidPassword' | 'otp' };

const personaLabels = {
  idNumber: 'Tên đăng nhập Cổng = số định danh',
  portalPassword: 'Mật khẩu tài khoản Cổng',
  vneidPassword: 'Mật khẩu VNeID',
  otp: 'Mã OTP (tin nhắn giả định)',
} as const;

const login: Move[] = [
  { click: 'Đăng nhập' },
  { click: /^Tài khoản cấp bởi Cổng dịch vụ công quốc gia/ },
  { fill: 'Tên đăng nhập', value: 'idNumber' },
  { fill: 'Mật khẩu', value: 'portalPassword' },
  { click: 'Đăng nhập' },
  { fill: 'Mã xác thực OTP', value: 'otp' },
  { click: 'Xác nhận' },
];

const toIdentity: Move[] = [
  { click: 'Nguyễn Thị Mai' },
  { click: 'Thông tin cá nhân' },
  { click: 'Thông tin tài khoản' },
  { click: 'Thông tin định danh' },
];

/** The right path through Phụ lục 1, with số định danh + mật khẩu + OTP at VNeID. */
export const fullPath: Move[] = [
  ...login,
  { click: 'Bỏ qua' },
  ...toIdentity,
  { click: 'Cập nhật từ CSDL Quốc gia về Dân cư' },
  { click: 'Cập nhật' },
  { click: 'Nguyễn Thị Mai' },
  { click: 'Đăng xuất' },
  ...login,
  { click: 'Đăng nhập bằng VNeID' },
  { fill: 'Số định danh cá nhân', value: 'idNumber' },
  { fill: 'Mật khẩu', value: 'vneidPassword' },
  { click: 'Đăng nhập' },
  { fill: 'Mã xác thực OTP', value: 'otp' },
  { click: 'Xác nhận' },
  ...toIdentity,
];

export const screen = (page: Page) => page.getByRole('region', { name: 'Màn hình mô phỏng' });

export async function personaValue(page: Page, value: keyof typeof personaLabels): Promise<string> {
  const row = page
    .locator('.sim-stage .sim-persona div')
    .filter({ has: page.getByText(personaLabels[value], { exact: true }) });
  return (await row.locator('dd').textContent())?.trim() ?? '';
}

/** The control a move acts on. */
export function moveTarget(page: Page, move: Move): Locator {
  const region = screen(page);
  if ('fill' in move)
    return region
      .getByRole('textbox', { name: move.fill, exact: true })
      .or(region.getByLabel(move.fill, { exact: true }))
      .first();
  return region.getByRole('button', { name: move.click, exact: typeof move.click === 'string' });
}

/** Plays moves with the mouse (click, fill). */
export async function playWithMouse(page: Page, moves: Move[]): Promise<void> {
  for (const move of moves) {
    const control = moveTarget(page, move);
    if ('fill' in move) await control.fill(await personaValue(page, move.value));
    else await control.click();
  }
}

/** Tabs (forwards) until `control` has focus: the keyboard user's way to reach it. */
export async function tabTo(page: Page, control: Locator, limit = 120): Promise<void> {
  await expect(control).toBeVisible();
  for (let i = 0; i < limit; i += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${control.toString()} with Tab`);
}

/** Plays moves with the keyboard only: Tab to each control, Enter to press, keys to type. */
export async function playWithKeyboard(page: Page, moves: Move[]): Promise<void> {
  for (const move of moves) {
    const control = moveTarget(page, move);
    await tabTo(page, control);
    if ('fill' in move) await page.keyboard.type(await personaValue(page, move.value));
    else await page.keyboard.press('Enter');
  }
}

export async function chooseMode(
  page: Page,
  mode: 'Xem minh họa' | 'Hướng dẫn' | 'Thực hành' | 'Kiểm tra',
): Promise<void> {
  const button = page.getByRole('group', { name: 'Chế độ' }).getByRole('button', { name: mode });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The linked-account list, with today's date in Vietnam, is the end of every run. */
export async function expectLinked(page: Page): Promise<void> {
  const region = screen(page);
  await expect(region.getByText('Danh sách tài khoản liên kết')).toBeVisible();
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date()),
  );
  await expect(region.getByText(`Ngày liên kết: ${today}`)).toBeVisible();
}
