import { expect, type Locator, type Page } from '@playwright/test';
import { addedForPracticeNote } from '../../../src/simulator/portals/portal-text';
import { screen, tabTo } from './simulator-driver';

/**
 * Drives the Phụ lục 2 simulator ("Lấy từ kho") the way a person would: by role and Vietnamese name,
 * with the mouse or with the keyboard alone. In Kiểm tra the store changes with every attempt, so the
 * driver reads the "Kho dữ liệu cá nhân" listing on its way and decides, component by component,
 * whether to take a paper from the store or to attach a file.
 */
export const KHO_PATH = 'luyen-tap/lay-tu-kho/';

export type Component = 'ly-lich-tu-phap' | 'thuc-hanh' | 'van-bang' | 'cccd';

/** The components in the portal's order, by the short name their row's button group carries. */
export const componentNames: Record<Component, string> = {
  'ly-lich-tu-phap': 'Phiếu lý lịch tư pháp',
  'thuc-hanh': 'Giấy xác nhận thời gian thực hành chuyên môn',
  'van-bang': 'Bản sao có chứng thực văn bằng chuyên môn',
  cccd: 'Bản sao có chứng thực căn cước công dân',
};
export const components = Object.keys(componentNames) as Component[];

/** The paper that can stand for each component, as the store titles it. */
export const fittingTitles: Record<Component, string> = {
  'ly-lich-tu-phap': 'Phiếu lý lịch tư pháp số 2',
  'thuc-hanh': 'Bản sao chứng thực điện tử Giấy xác nhận thời gian thực hành chuyên môn',
  'van-bang': 'Bản sao chứng thực điện tử Bằng tốt nghiệp đại học ngành Dược',
  cccd: 'Bản sao chứng thực điện tử Căn cước công dân',
};

/** Papers the store always holds that fit no component of this dossier. */
export const MARITAL = 'Giấy xác nhận tình trạng hôn nhân';
export const CERTIFICATE = 'Chứng chỉ hành nghề dược';

/** The store of the learning modes (and of the guide's example): everything but the diploma. */
export const learningStore = [
  CERTIFICATE,
  MARITAL,
  fittingTitles['ly-lich-tu-phap'],
  fittingTitles['thuc-hanh'],
  fittingTitles.cccd,
];

export const DIALOG_TITLE = 'Kết quả thủ tục hành chính tái sử dụng';
export const REUSED = 'Thành phần hồ sơ đã tái sử dụng';
export const UPLOADED = 'Tệp tải lên từ máy (không tính là tái sử dụng)';

export type Move = { click: string | RegExp; in?: Component } | { tick: string } | { choose: string; option: string };

/** Login at the national portal with VNeID (QR code approved on the phone), then the store listing. */
export const toStore: Move[] = [
  { click: 'Đăng nhập' },
  { click: /^Tài khoản Định danh điện tử cấp bởi Bộ Công an/ },
  { click: 'Xác nhận đăng nhập' },
  { click: 'Hồ sơ cá nhân' },
  { click: 'Kho dữ liệu cá nhân' },
];

/** From the store listing to the dossier components. */
export const toComponents: Move[] = [
  { click: 'NỘP TRỰC TUYẾN' },
  { click: 'Nộp hồ sơ – Cấp Chứng chỉ hành nghề dược' },
  { choose: 'Hình thức nhận kết quả', option: 'truc-tuyen' },
  { click: 'Tiếp tục' },
];

/** One component, judged against what the store holds: take the fitting paper, else attach a file. */
export function componentMoves(component: Component, store: readonly string[]): Move[] {
  if (!store.includes(fittingTitles[component])) return [{ click: 'Chọn tệp tin', in: component }];
  return [{ click: 'Lấy từ kho', in: component }, { tick: fittingTitles[component] }, { click: 'Cập nhật' }];
}

/** Everything after the store listing, for a store holding `store` (titles). */
export function fromStore(store: readonly string[]): Move[] {
  return [
    ...toComponents,
    ...components.flatMap((component) => componentMoves(component, store)),
    { click: 'Nộp hồ sơ' },
  ];
}

/** The right path of the learning modes (fixed store): 20 moves. */
export const fullPath: Move[] = [...toStore, ...fromStore(learningStore)];
/** Index in fullPath of the first move on the dossier-components screen. */
export const COMPONENTS_AT = toStore.length + toComponents.length;

/** A component's row of buttons (Chọn tệp tin, Scan File, Lấy từ kho, Xem), there until it has a file. */
export const row = (page: Page, component: Component) =>
  screen(page).getByRole('group', { name: componentNames[component], exact: true });

export const dialog = (page: Page) => screen(page).getByRole('dialog', { name: DIALOG_TITLE });

/** The control a move acts on. */
export function moveTarget(page: Page, move: Move): Locator {
  const region = screen(page);
  if ('tick' in move) return region.getByRole('checkbox', { name: `Chọn: ${move.tick}`, exact: true });
  if ('choose' in move) return region.getByRole('combobox', { name: move.choose, exact: true });
  const scope = move.in ? row(page, move.in) : region;
  return scope.getByRole('button', { name: move.click, exact: typeof move.click === 'string' });
}

/** Plays moves with the mouse (click, tick, select). */
export async function playWithMouse(page: Page, moves: Move[]): Promise<void> {
  for (const move of moves) {
    const control = moveTarget(page, move);
    if ('tick' in move) await control.check();
    else if ('choose' in move) await control.selectOption(move.option);
    else await control.click();
  }
}

/**
 * Plays moves with the keyboard only: Tab to each control, Enter on a button, Space on a checkbox,
 * arrow keys on the select (a closed select moves to the next option and reports the change).
 */
export async function playWithKeyboard(page: Page, moves: Move[]): Promise<void> {
  for (const move of moves) {
    const control = moveTarget(page, move);
    await tabTo(page, control, 200);
    if ('tick' in move) {
      await page.keyboard.press('Space');
    } else if ('choose' in move) {
      for (let i = 0; i < 5 && (await control.inputValue()) !== move.option; i += 1)
        await page.keyboard.press('ArrowDown');
      await expect(control).toHaveValue(move.option);
    } else {
      await page.keyboard.press('Enter');
    }
  }
}

/** The store listing ("Kho dữ liệu cá nhân"): the papers' titles, row by row, as a person reads them. */
export async function readStore(page: Page): Promise<string[]> {
  const region = screen(page);
  await expect(region.getByRole('heading', { name: 'Kho dữ liệu cá nhân' })).toBeVisible();
  const table = region.getByRole('table', { name: 'Kho dữ liệu cá nhân' });
  // A paper the source does not show carries a note after its title; a person reads past it to the title.
  const titles = (await table.getByRole('rowheader').allTextContents()).map((title) =>
    title.replace(` (${addedForPracticeNote})`, '').trim(),
  );
  expect(titles.length).toBeGreaterThan(0);
  return titles;
}

/** Kiểm tra, played like a person: to the store, read it, then each component as the store allows. */
export async function playTest(page: Page, play: (page: Page, moves: Move[]) => Promise<void>): Promise<string[]> {
  await play(page, toStore);
  const store = await readStore(page);
  await play(page, fromStore(store));
  return store;
}

/** One line of the receipt (Mã hồ sơ, Ngày nộp, …): its value. */
export function receiptFact(page: Page, label: string): Locator {
  return screen(page)
    .locator('.portal-receipt dl > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole('definition');
}

/** The receipt, dated today in Vietnam, is the end of every run. */
export async function expectReceipt(page: Page, reused: string): Promise<void> {
  const region = screen(page);
  await expect(region.getByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeVisible();
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date()),
  );
  const [day, month, year] = today.split('/');
  await expect(receiptFact(page, 'Mã hồ sơ')).toHaveText(
    new RegExp(`^000\\.00\\.18\\.H08-${year!.slice(2)}${month}${day}-\\d{4} \\(giả định\\)$`),
  );
  await expect(receiptFact(page, 'Ngày nộp')).toHaveText(today);
  await expect(receiptFact(page, 'Thành phần hồ sơ lấy từ kho')).toHaveText(reused);
}

/** Shift+Tab (backwards) until `control` has focus: for a control just before the one in focus. */
export async function shiftTabTo(page: Page, control: Locator, limit = 20): Promise<void> {
  await expect(control).toBeVisible();
  for (let i = 0; i < limit; i += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Could not reach ${control.toString()} with Shift+Tab`);
}
