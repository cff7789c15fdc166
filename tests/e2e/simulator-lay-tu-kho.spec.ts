import { expect, test, type Page } from './support/test';
import { checkSimulatorScreen } from './support/simulator-checks';
import { watchPage } from './support/watch-page';
import { chooseMode, screen, tabTo } from './support/simulator-driver';
import {
  CERTIFICATE,
  COMPONENTS_AT,
  DIALOG_TITLE,
  KHO_PATH,
  MARITAL,
  REUSED,
  UPLOADED,
  componentMoves,
  components,
  dialog,
  expectReceipt,
  fittingTitles,
  fullPath,
  learningStore,
  playTest,
  shiftTabTo,
  playWithKeyboard,
  playWithMouse,
  readStore,
  receiptFact,
  row,
  toComponents,
  toStore,
} from './support/lay-tu-kho-driver';

const instruction = (page: Page) => page.locator('.sim-instruction');
const status = (page: Page) => page.getByRole('status');
const counter = (page: Page) => page.locator('.sim-counter');
const modeButton = (page: Page, mode: string) =>
  page.getByRole('group', { name: 'Chế độ' }).getByRole('button', { name: mode, exact: true });
const componentsHeading = (page: Page) => screen(page).getByRole('heading', { name: 'Thành phần hồ sơ', exact: true });
const dialogHeading = (page: Page) => screen(page).getByRole('heading', { name: DIALOG_TITLE });

async function open(page: Page, query = '') {
  await page.goto(KHO_PATH + query);
  await expect(page.getByRole('group', { name: 'Chế độ' })).toBeVisible();
}

type Results = {
  version: number;
  data: Record<string, Record<string, { bestScore?: number; maxScore?: number; passed?: boolean }>>;
};
async function savedResults(page: Page) {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem('dvc-phu-cat:simulator-results') ?? 'null') as unknown,
  ) as Promise<Results | null>;
}

/** Thực hành (errors counted), at the dossier components. */
async function practiceAtComponents(page: Page) {
  await open(page);
  await chooseMode(page, 'Thực hành');
  await playWithMouse(page, fullPath.slice(0, COMPONENTS_AT));
  await expect(componentsHeading(page)).toBeFocused();
  await expect(counter(page)).toHaveText('Đã làm 9/20 thao tác · Số lần sai: 0');
}

test.describe('Phụ lục 2 simulator (Lấy từ kho)', () => {
  let problems: string[];
  test.beforeEach(({ page, baseURL }) => {
    problems = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  for (const mode of ['Hướng dẫn', 'Thực hành'] as const) {
    test(`${mode}: completes with the mouse; the receipt counts 3/4 taken from the store`, async ({ page }) => {
      await open(page);
      await chooseMode(page, mode);
      await playWithMouse(page, fullPath);
      await expectReceipt(page, '3/4');
      await expect(
        screen(page).getByRole('listitem').filter({ hasText: 'Bản sao có chứng thực văn bằng chuyên môn:' }),
      ).toHaveText(/tải tệp lên$/);
      await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeFocused();
      const results = await savedResults(page);
      const key = mode === 'Hướng dẫn' ? 'guided' : 'practice';
      expect(results?.data['lay-tu-kho']?.[key]?.passed).toBe(false);
      expect(results?.data['lay-tu-kho']?.['test']).toBeUndefined();
    });
  }

  test('Kiểm tra: completes with the mouse reading the store, scores 100/100, and the result is saved', async ({
    page,
  }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    await expect(instruction(page)).toContainText('Hãy nộp trực tuyến hồ sơ');
    await expect(page.getByRole('button', { name: 'Gợi ý' })).toHaveCount(0);
    await expect(page.locator('.sim-guide')).toHaveCount(0);
    const store = await playTest(page, playWithMouse);
    const reused = components.filter((component) => store.includes(fittingTitles[component])).length;
    await expectReceipt(page, `${reused}/4`);
    await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeFocused();
    await expect(page.getByText('Điểm: 100/100')).toBeVisible();
    const results = await savedResults(page);
    expect(results?.version).toBe(1);
    expect(results?.data['lay-tu-kho']?.['test']).toMatchObject({ bestScore: 100, maxScore: 100, passed: true });
  });

  for (const mode of ['Hướng dẫn', 'Thực hành', 'Kiểm tra'] as const) {
    test(`${mode}: completes with the keyboard only`, async ({ page }) => {
      // Every control reached by Tab, one key at a time: slower than the default budget.
      test.setTimeout(90_000);
      await open(page);
      const button = modeButton(page, mode);
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      if (mode === 'Kiểm tra') {
        const store = await playTest(page, playWithKeyboard);
        const reused = components.filter((component) => store.includes(fittingTitles[component])).length;
        await expectReceipt(page, `${reused}/4`);
        await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeFocused();
        await expect(page.getByText('Điểm: 100/100')).toBeVisible();
      } else {
        await playWithKeyboard(page, fullPath);
        await expectReceipt(page, '3/4');
        await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeFocused();
        await expect(counter(page)).toContainText('Đã làm 20/20 thao tác');
      }
    });
  }

  test('Xem minh họa plays to the end, with pause, step and speed controls, by mouse', async ({ page }) => {
    await page.clock.install();
    await open(page);
    await chooseMode(page, 'Xem minh họa');
    await expect(instruction(page)).toContainText('Đang minh họa:');
    await expect(page.locator('.sim-target')).toHaveCount(1);
    await page.getByRole('button', { name: 'Bước sau ▶' }).click();
    await expect(screen(page).getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await page.getByRole('button', { name: '◀ Bước trước' }).click();
    await expect(screen(page).getByRole('button', { name: 'Đăng nhập', exact: true })).toBeVisible();
    await page.getByLabel('Tốc độ').selectOption('4');
    await page.getByRole('button', { name: '▶ Phát' }).click();
    await page.clock.runFor(2000);
    await page.getByRole('button', { name: '❚❚ Tạm dừng' }).click();
    const paused = await counter(page).textContent();
    expect(paused).not.toBe('Đã làm 0/20 thao tác');
    await page.clock.runFor(5000);
    await expect(counter(page)).toHaveText(paused ?? '');
    await page.getByRole('button', { name: '▶ Phát' }).click();
    await page.clock.runFor(60_000);
    await expect(instruction(page)).toContainText('Đã minh họa hết các bước');
    await expectReceipt(page, '3/4');
    // Watching is not doing: the demo records no result.
    expect(await savedResults(page)).toBeNull();
  });

  test('Xem minh họa plays to the end with the keyboard only', async ({ page }) => {
    await page.clock.install();
    await open(page);
    const button = modeButton(page, 'Xem minh họa');
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const next = page.getByRole('button', { name: 'Bước sau ▶' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText('Đã làm 1/20 thao tác');
    await expect(screen(page).getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    const speed = page.getByLabel('Tốc độ');
    await tabTo(page, speed);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('4');
    // Phát sits just before Bước sau and the speed box.
    const play = page.getByRole('group', { name: 'Xem minh họa' }).getByRole('button', { name: /Phát|Tạm dừng/ });
    await shiftTabTo(page, play);
    await page.keyboard.press('Enter');
    await expect(play).toHaveAccessibleName('❚❚ Tạm dừng');
    await page.clock.runFor(1300);
    await page.keyboard.press('Space');
    await expect(play).toHaveAccessibleName('▶ Phát');
    const paused = await counter(page).textContent();
    expect(paused).not.toBe('Đã làm 1/20 thao tác');
    await page.clock.runFor(5000);
    await expect(counter(page)).toHaveText(paused ?? '');
    await expect(play).toBeFocused();
    await page.keyboard.press('Enter');
    await page.clock.runFor(60_000);
    await expect(instruction(page)).toContainText('Đã minh họa hết các bước');
    await expectReceipt(page, '3/4');
  });

  test('a link with an unknown mode or step, and a broken saved run, open a usable simulator', async ({ page }) => {
    await open(page);
    await page.evaluate(() => {
      const broken = {
        scenarioId: 'lay-tu-kho',
        mode: 'practice',
        seed: 5,
        position: 3,
        done: ['<img src=x onerror=alert(1)>'],
        skipped: [],
        fields: {},
        misses: {},
        hints: [],
        openedAt: null,
        startedAt: 1,
        finishedAt: null,
      };
      localStorage.setItem(
        'dvc-phu-cat:simulator-runs:lay-tu-kho',
        JSON.stringify({ version: 1, data: { mode: 'practice', runs: { practice: broken } } }),
      );
      // As a new tab: one that has not chosen a mode yet opens the mode saved last.
      sessionStorage.clear();
    });
    await open(page, '?che-do=khong-co&buoc=%3Cscript%3E');
    // The saved mode stays, its broken run gives way to a fresh one, and the link's leftovers leave the address.
    await expect(modeButton(page, 'Thực hành')).toHaveAttribute('aria-pressed', 'true');
    await expect(counter(page)).toHaveText('Đã làm 0/20 thao tác · Số lần sai: 0');
    await expect(instruction(page)).toContainText('Bấm “Đăng nhập”');
    expect(new URL(page.url()).search).toBe('');
    await playWithMouse(page, fullPath);
    await expectReceipt(page, '3/4');
  });

  test('the receipt shows a made-up code and the day of submission, in Vietnam', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T09:00:00+07:00'));
    await open(page);
    await playWithMouse(page, fullPath);
    await expect(screen(page).getByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeVisible();
    await expect(receiptFact(page, 'Mã hồ sơ')).toHaveText(/^000\.00\.18\.H08-261128-\d{4} \(giả định\)$/);
    await expect(receiptFact(page, 'Ngày nộp')).toHaveText('28/11/2026');
    await expect(receiptFact(page, 'Thành phần hồ sơ lấy từ kho')).toHaveText('3/4');
    await expect(receiptFact(page, 'Thủ tục')).toHaveText('Cấp Chứng chỉ hành nghề dược');
  });

  test('Kiểm tra: “Làm lại” draws a different store', async ({ page }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 5 && seen.size < 2; attempt += 1) {
      if (attempt > 0) {
        await page.getByRole('button', { name: 'Làm lại' }).click();
        await expect(counter(page)).toHaveText('Đã làm 0 thao tác · Số lần sai: 0');
      }
      await playWithMouse(page, toStore);
      const store = await readStore(page);
      // Each variant asks for both judgements, and always holds the two papers that fit nothing.
      const fitting = components.filter((component) => store.includes(fittingTitles[component]));
      expect(fitting.length, store.join(' | ')).toBeGreaterThanOrEqual(1);
      expect(fitting.length, store.join(' | ')).toBeLessThanOrEqual(3);
      expect(store).toEqual(expect.arrayContaining([MARITAL, CERTIFICATE]));
      expect(store).toHaveLength(fitting.length + 2);
      seen.add(store.join(' | '));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  test('Kiểm tra: resumes after a reload half-way with the same store and attachments; “Làm lại” starts over', async ({
    page,
  }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    await playWithMouse(page, toStore);
    const store = await readStore(page);
    await playWithMouse(page, toComponents);
    const [first, second, ...rest] = components;
    await playWithMouse(page, [...componentMoves(first!, store), ...componentMoves(second!, store)]);
    const table = screen(page).getByRole('table', { name: /^Thành phần hồ sơ/ });
    const before = { counter: await counter(page).textContent(), table: await table.innerText() };
    expect(before.table.match(new RegExp(`${REUSED}|${escapeRegExp(UPLOADED)}`, 'g'))).toHaveLength(2);
    // Kiểm tra shows no total: it would tell how many components the store can fill.
    expect(before.counter).toMatch(/^Đã làm \d+ thao tác · Số lần sai: 0$/);
    await expect(screen(page).getByText(/^Đã gắn 2\/4 thành phần/)).toBeVisible();
    await page.reload();
    await expect(modeButton(page, 'Kiểm tra')).toHaveAttribute('aria-pressed', 'true');
    await expect(componentsHeading(page)).toBeVisible();
    await expect(counter(page)).toHaveText(before.counter!);
    expect(await table.innerText()).toEqual(before.table);
    await expect(row(page, first!)).toHaveCount(0);
    await expect(row(page, second!)).toHaveCount(0);
    for (const component of rest) await expect(row(page, component)).toBeVisible();
    // The same store after the reload: the rest is judged against the listing read before it.
    await playWithMouse(page, [
      ...rest.flatMap((component) => componentMoves(component, store)),
      { click: 'Nộp hồ sơ' },
    ]);
    await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeFocused();
    await expect(page.getByText('Điểm: 100/100')).toBeVisible();
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect(counter(page)).toHaveText('Đã làm 0 thao tác · Số lần sai: 0');
    await expect(screen(page).getByRole('button', { name: 'Đăng nhập', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Kết quả: / })).toHaveCount(0);
  });

  test('the dialog takes focus; a wrong paper is named and nothing advances; “Đóng” costs nothing', async ({
    page,
  }) => {
    await practiceAtComponents(page);
    await row(page, 'ly-lich-tu-phap').getByRole('button', { name: 'Lấy từ kho' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialogHeading(page)).toBeFocused();
    await expect(dialog(page)).toContainText('Thành phần hồ sơ: Phiếu lý lịch tư pháp');
    await expect(dialog(page).getByRole('checkbox')).toHaveCount(learningStore.length);
    await expect(counter(page)).toHaveText('Đã làm 10/20 thao tác · Số lần sai: 0');

    const marital = dialog(page).getByRole('checkbox', { name: `Chọn: ${MARITAL}` });
    await marital.click();
    // The task bar is out of reach behind the modal dialog: the dialog's own status line says it.
    await expect(dialog(page).getByRole('status')).toContainText(`“${MARITAL}” không phải “Phiếu lý lịch tư pháp”`);
    await expect(dialog(page).getByRole('status')).toContainText(`Chọn “${fittingTitles['ly-lich-tu-phap']}”.`);
    await expect(marital).not.toBeChecked();
    await expect(dialog(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(dialog(page)).toBeVisible();
    await expect(counter(page)).toHaveText('Đã làm 10/20 thao tác · Số lần sai: 1');

    // Đóng: back to the table and to the button that opened the dialog, the row as it was, no error counted.
    await dialog(page).getByRole('button', { name: 'Đóng' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(row(page, 'ly-lich-tu-phap').getByRole('button', { name: 'Lấy từ kho' })).toBeFocused();
    await expect(row(page, 'ly-lich-tu-phap').getByRole('button', { name: 'Lấy từ kho' })).toBeVisible();
    await expect(counter(page)).toHaveText('Đã làm 9/20 thao tác · Số lần sai: 1');
    await expect(page.locator('.sim-feedback .sim-wrong')).toHaveCount(0);

    // Opened again, the right paper goes in.
    await playWithMouse(page, componentMoves('ly-lich-tu-phap', learningStore));
    await expect(componentsHeading(page)).toBeFocused();
    await expect(screen(page).getByRole('row').filter({ hasText: 'Phiếu lý lịch tư pháp.' })).toContainText(REUSED);
    await expect(screen(page).getByRole('row').filter({ hasText: 'Phiếu lý lịch tư pháp.' })).toContainText('_Signed_');
    await expect(counter(page)).toHaveText('Đã làm 12/20 thao tác · Số lần sai: 1');
  });

  test('a paper the store holds, uploaded instead, would not count as reuse', async ({ page }) => {
    await practiceAtComponents(page);
    await row(page, 'thuc-hanh').getByRole('button', { name: 'Chọn tệp tin' }).click();
    await expect(status(page)).toContainText(`Kho đã có “${fittingTitles['thuc-hanh']}”`);
    await expect(status(page)).toContainText('không được tính là tái sử dụng');
    await expect(row(page, 'thuc-hanh').getByRole('button', { name: 'Lấy từ kho' })).toBeVisible();
    await expect(counter(page)).toHaveText('Đã làm 9/20 thao tác · Số lần sai: 1');
    await row(page, 'thuc-hanh').getByRole('button', { name: 'Scan File' }).click();
    await expect(status(page)).toContainText('không được tính là tái sử dụng');
    await expect(counter(page)).toHaveText('Đã làm 9/20 thao tác · Số lần sai: 2');
  });

  test('a component the store lacks: “Lấy từ kho” is explained, “Chọn tệp tin” is right', async ({ page }) => {
    await practiceAtComponents(page);
    await row(page, 'van-bang').getByRole('button', { name: 'Lấy từ kho' }).click();
    await expect(status(page)).toContainText(
      'Kho dữ liệu cá nhân không có giấy tờ nào là “Bản sao có chứng thực văn bằng chuyên môn”',
    );
    await expect(status(page)).toContainText('Bộ phận Một cửa');
    await expect(dialog(page)).toHaveCount(0);
    await expect(counter(page)).toHaveText('Đã làm 9/20 thao tác · Số lần sai: 1');
    await row(page, 'van-bang').getByRole('button', { name: 'Chọn tệp tin' }).click();
    await expect(status(page)).toContainText('Đúng.');
    await expect(status(page)).toContainText('bản sao chứng thực điện tử');
    await expect(status(page)).toContainText('Bộ phận Một cửa');
    await expect(row(page, 'van-bang')).toHaveCount(0);
    await expect(
      screen(page).getByRole('row').filter({ hasText: 'Bản sao có chứng thực văn bằng chuyên môn.' }),
    ).toContainText(UPLOADED);
    await expect(counter(page)).toHaveText('Đã làm 10/20 thao tác · Số lần sai: 1');
    // Nộp hồ sơ before every component has a file is a mistake too.
    await screen(page).getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect(status(page)).toContainText('Còn thành phần hồ sơ chưa có tệp');
    await expect(componentsHeading(page)).toBeVisible();
  });

  test('Kiểm tra explains nothing until the result, which lists the mistake', async ({ page }) => {
    await open(page);
    await chooseMode(page, 'Kiểm tra');
    await playWithMouse(page, toStore);
    const store = await readStore(page);
    await playWithMouse(page, toComponents);
    // The first component with a fitting paper: tick a paper that fits nothing.
    const component = components.find((candidate) => store.includes(fittingTitles[candidate]))!;
    await row(page, component).getByRole('button', { name: 'Lấy từ kho' }).click();
    await dialog(page)
      .getByRole('checkbox', { name: `Chọn: ${MARITAL}` })
      .click();
    await expect(dialog(page).getByRole('status')).toContainText('Chưa đúng. Lỗi đã được ghi lại');
    await expect(dialog(page).getByRole('status')).not.toContainText(MARITAL);
    await expect(counter(page)).toContainText('Số lần sai: 1');
    await dialog(page)
      .getByRole('checkbox', { name: `Chọn: ${fittingTitles[component]}` })
      .check();
    await dialog(page).getByRole('button', { name: 'Cập nhật' }).click();
    await playWithMouse(page, [
      ...components.filter((other) => other !== component).flatMap((other) => componentMoves(other, store)),
      { click: 'Nộp hồ sơ' },
    ]);
    const result = page.locator('.sim-result');
    await expect(result.getByRole('heading', { name: /^Kết quả: / })).toBeFocused();
    await expect(result).not.toContainText('Điểm: 100/100');
    await expect(result.getByRole('listitem').filter({ hasText: 'Bước 4:' }).first()).toContainText(
      `“${MARITAL}” không phải`,
    );
  });

  test('“Thử bước này” on the guide opens the simulator at that step in Hướng dẫn', async ({ page }) => {
    await page.goto('phu-luc-2/');
    const link = page.getByRole('link', { name: 'Thử bước này trên mô phỏng: Bước 4', exact: true });
    await expect(link).toHaveAttribute('href', /\/luyen-tap\/lay-tu-kho\/\?buoc=p2-b4$/);
    await link.click();
    await expect(modeButton(page, 'Hướng dẫn')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.sim-guide')).toContainText('Bước 4: Chọn kết quả, bấm Cập nhật');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('Thành phần hồ sơ: Phiếu lý lịch tư pháp');
    await expect(page.locator('.sim-target')).toHaveCount(1);
    await expect(page.locator('.sim-target')).toHaveAccessibleName(`Chọn: ${fittingTitles['ly-lich-tu-phap']}`);
    expect(new URL(page.url()).search).toBe('');
    await playWithMouse(page, fullPath.slice(COMPONENTS_AT + 1));
    await expectReceipt(page, '3/4');
    await expect(page.getByText('không được ghi kết quả')).toBeVisible();
  });

  test('every “Thử bước này” link on the guide opens its own step', async ({ page }) => {
    const expected = [
      ['p2-b1', 'Bước 1', 'Bấm “Đăng nhập”'],
      ['p2-b2', 'Bước 2', 'Bấm “Hồ sơ cá nhân”'],
      ['p2-b3', 'Bước 3', 'Bấm “NỘP TRỰC TUYẾN”'],
      ['p2-kt', 'Kiểm tra', 'Bấm “Nộp hồ sơ”'],
    ] as const;
    for (const [id, label, task] of expected) {
      await page.goto('phu-luc-2/');
      const link = page.getByRole('link', { name: `Thử bước này trên mô phỏng: ${label}`, exact: true });
      await expect(link).toHaveAttribute('href', new RegExp(`/luyen-tap/lay-tu-kho/\\?buoc=${id}$`));
      await link.click();
      await expect(modeButton(page, 'Hướng dẫn')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.sim-guide')).toContainText(`${label}:`);
      await expect(instruction(page)).toContainText(task);
    }
  });

  test('the guide downloads none of the simulator’s JavaScript until the reader starts it', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('phu-luc-2/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { name: 'Kiểm tra kết quả' }).scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    const island = page.locator('astro-island').filter({ has: page.locator('[data-simulator="lay-tu-kho"]') });
    const component = new URL((await island.getAttribute('component-url'))!, page.url()).pathname;
    const renderer = new URL((await island.getAttribute('renderer-url'))!, page.url()).pathname;
    const before = [...scripts];
    expect(before).not.toContain(component);
    expect(before).not.toContain(renderer);
    expect(before.filter((path) => /Island|client\.|preact|hooks|signals/.test(path))).toEqual([]);
    await page.getByText('Bắt đầu luyện tập ngay trên trang này').click();
    await expect(page.getByRole('group', { name: 'Chế độ' })).toBeVisible();
    expect(scripts).toContain(component);
    await playWithMouse(page, toStore.slice(0, 2));
    await expect(screen(page).getByRole('heading', { name: 'Xác nhận đăng nhập' })).toBeVisible();
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('Phụ lục 2 simulator: accessibility and reflow', () => {
  let problems: string[];
  test.beforeEach(({ page, baseURL }) => {
    problems = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`every screen passes axe, reflows and keeps targets large (${colorScheme}, ${width} px)`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await open(page);
        await checkSimulatorScreen(page, 'home');
        // After move n (1-based) of fullPath: the screen reached. Screens that differ only by a state
        // a later stop also shows (the menu closed, no choice yet, fewer rows attached) are not repeated.
        const stops = new Map([
          [1, 'login chooser'],
          [2, 'vneid app'],
          [4, 'logged in, personal menu open'],
          [5, 'store listing'],
          [6, 'procedures'],
          [8, 'declaration, chosen'],
          [11, 'store dialog, paper ticked'],
          [16, 'components: reused, uploaded and still to do'],
          [20, 'receipt and result'],
        ]);
        for (let i = 0; i < fullPath.length; i += 1) {
          await playWithMouse(page, fullPath.slice(i, i + 1));
          const stop = stops.get(i + 1);
          if (stop) await checkSimulatorScreen(page, stop);
        }
        await expect(page.getByRole('heading', { name: 'Hoàn thành' })).toBeVisible();
        await modeButton(page, 'Thực hành').click();
        await playWithMouse(page, fullPath.slice(0, COMPONENTS_AT));
        await row(page, 'van-bang').getByRole('button', { name: 'Lấy từ kho' }).click();
        await page.getByRole('button', { name: 'Gợi ý' }).click();
        await expect(status(page)).toContainText('Gợi ý:');
        await checkSimulatorScreen(page, 'practice: wrong, with hint');
        await modeButton(page, 'Kiểm tra').click();
        await playTest(page, playWithMouse);
        await expect(page.getByRole('heading', { name: 'Kết quả: Đạt' })).toBeVisible();
        await checkSimulatorScreen(page, 'test result');
        await modeButton(page, 'Xem minh họa').click();
        await checkSimulatorScreen(page, 'demo');
      });
    }
  }
});
