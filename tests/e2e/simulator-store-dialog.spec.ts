import { expect, test, type Locator, type Page } from './support/test';
import { chooseMode, screen } from './support/simulator-driver';
import {
  COMPONENTS_AT,
  DIALOG_TITLE,
  components,
  readStore,
  toComponents,
  toStore,
  type Component,
  KHO_PATH,
  MARITAL,
  REUSED,
  dialog,
  fittingTitles,
  playWithKeyboard,
  playWithMouse,
  row,
} from './support/lay-tu-kho-driver';

/**
 * The "Lấy từ kho" dialog is a real modal where the person works: Esc closes it as "Đóng" does, Tab
 * stays inside, focus goes to its title and back to its opener; the instruction and the feedback of the
 * last action stay in sight inside it, since the task bar behind it is out of reach. In Xem minh họa it
 * is drawn over the page so the demo's own controls stay usable; in the guide it is a still figure.
 */
const counter = (page: Page) => page.locator('.sim-counter');
const opener = (page: Page, component: Component = 'ly-lich-tu-phap') =>
  row(page, component).getByRole('button', { name: 'Lấy từ kho' });
const dialogStatus = (page: Page) => dialog(page).getByRole('status');
const isModal = (page: Page) => dialog(page).evaluate((element) => element.matches('dialog:modal'));

/** At the dossier components; the component to take from the store (in Kiểm tra the store varies). */
async function atComponents(page: Page, mode: 'Hướng dẫn' | 'Thực hành' | 'Kiểm tra'): Promise<Component> {
  await page.goto(KHO_PATH);
  await chooseMode(page, mode);
  await playWithMouse(page, toStore);
  const store = await readStore(page);
  await playWithMouse(page, toComponents);
  const component = components.find((candidate) => store.includes(fittingTitles[candidate]))!;
  await expect(opener(page, component)).toBeVisible();
  return component;
}

/** The element a tap at the centre of `target` would land on is `target` (or inside it): nothing covers it. */
async function expectUncovered(target: Locator) {
  await expect(target).toBeInViewport();
  await expect
    .poll(() =>
      target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && (hit === element || element.contains(hit));
      }),
    )
    .toBe(true);
}

for (const mode of ['Hướng dẫn', 'Thực hành', 'Kiểm tra'] as const) {
  test(`${mode}: a modal dialog; Esc closes it for free, Tab stays inside, focus goes to its title and back`, async ({
    page,
  }) => {
    const component = await atComponents(page, mode);
    const before = await counter(page).textContent();
    await opener(page, component).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    expect(await isModal(page)).toBe(true);
    await expect(dialog(page).getByRole('heading', { name: DIALOG_TITLE })).toBeFocused();
    // What to do stays in sight inside the dialog (in Kiểm tra only the goal).
    const task = dialog(page).locator('.sim-instruction');
    await expect(task).toHaveAttribute('aria-live', 'polite');
    await expect(task).toContainText(mode === 'Kiểm tra' ? 'Mục tiêu:' : `dòng “${fittingTitles[component]}”`);
    // Tab and Shift+Tab go round the dialog's controls and never reach the page behind it (past the
    // last control the browser's own toolbar may take focus, as with any modal dialog: no element then).
    const controls = await dialog(page).locator('button, input').count();
    const visited = new Set<string>();
    for (const key of [...Array<string>(controls + 2).fill('Tab'), ...Array<string>(controls + 2).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const where = await dialog(page).evaluate((element) => {
        const active = document.activeElement;
        if (active === null || active === document.body) return 'toolbar';
        return element.contains(active)
          ? active.id || active.textContent || '?'
          : `outside: ${active.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^outside/);
      visited.add(where);
    }
    expect(visited.size).toBeGreaterThanOrEqual(controls);
    // A wrong paper: its feedback is announced inside the dialog.
    await dialog(page)
      .getByRole('checkbox', { name: `Chọn: ${MARITAL}` })
      .focus();
    await page.keyboard.press('Space');
    await expect(dialogStatus(page)).toContainText(mode === 'Kiểm tra' ? 'Chưa đúng' : `“${MARITAL}” không phải`);
    await expect(dialogStatus(page)).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(opener(page, component)).toBeFocused();
    // Closing cost nothing: the steps are back where they were, and only the wrong paper counts as a miss.
    await expect(counter(page)).toHaveText(before!.replace('Số lần sai: 0', 'Số lần sai: 1'));
    // And it opens again, and takes the right paper.
    await playWithKeyboard(page, [
      { click: 'Lấy từ kho', in: component },
      { tick: fittingTitles[component] },
      { click: 'Cập nhật' },
    ]);
    await expect(dialog(page)).toHaveCount(0);
    await expect(row(page, component)).toHaveCount(0);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  /** Until `target` stops moving: the simulator scrolls smoothly to what comes next, and a person waits for it. */
  const settled = (page: Page, target: Locator) =>
    expect
      .poll(async () => {
        const before = (await target.boundingBox())?.y;
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        return before === (await target.boundingBox())?.y;
      })
      .toBe(true);

  async function tap(page: Page, target: Locator) {
    await settled(page, target);
    await expectUncovered(target);
    const box = (await target.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Swipes the dialog with a finger until `target` is in sight and nothing covers it. */
  async function swipeTo(page: Page, target: Locator) {
    const session = await page.context().newCDPSession(page);
    for (let i = 0; i < 12; i += 1) {
      // Still, before looking: a tap on a moving list only stops it.
      await settled(page, target);
      const box = (await target.boundingBox())!;
      const middle = box.y + box.height / 2;
      const uncovered = await target.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return hit !== null && (hit === element || element.contains(hit));
      });
      if (uncovered && middle > 0 && middle < 640) return session.detach();
      // The finger moves up to see what is below, down to see what is above.
      const distance = middle > 320 ? -Math.min(200, middle - 320) : 200;
      const from = distance > 0 ? 250 : 500;
      await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 180, y: from }] });
      for (let step = 1; step <= 10; step += 1)
        await session.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: 180, y: from + (distance * step) / 10 }],
        });
      await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    throw new Error(`Could not swipe to ${target.toString()}`);
  }

  test('by touch: the dialog fits the screen, keeps the instruction and the last feedback in sight, and works', async ({
    page,
  }) => {
    await atComponents(page, 'Thực hành');
    await tap(page, opener(page));
    await expect(dialog(page)).toBeVisible();
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await expectUncovered(dialog(page).locator('.sim-instruction'));
    // A tap outside the dialog does nothing: the page behind is out of reach while it is open.
    await page.touchscreen.tap(5, 5);
    await expect(dialog(page)).toBeVisible();
    const marital = dialog(page).getByRole('checkbox', { name: `Chọn: ${MARITAL}` });
    await swipeTo(page, marital);
    await tap(page, marital);
    await expect(dialogStatus(page)).toContainText(`“${MARITAL}” không phải`);
    await expectUncovered(dialogStatus(page).locator('.sim-wrong'));
    const right = dialog(page).getByRole('checkbox', { name: `Chọn: ${fittingTitles['ly-lich-tu-phap']}` });
    await swipeTo(page, right);
    await tap(page, right);
    await expect(right).toBeChecked();
    const update = dialog(page).getByRole('button', { name: 'Cập nhật' });
    await swipeTo(page, update);
    await tap(page, update);
    await expect(dialog(page)).toHaveCount(0);
    await expect(screen(page).getByRole('row').filter({ hasText: 'Phiếu lý lịch tư pháp.' })).toContainText(REUSED);
  });
});

test('Xem minh họa: the dialog is drawn over the page and the demo’s “Bước sau” stays usable', async ({ page }) => {
  await page.goto(KHO_PATH);
  await chooseMode(page, 'Xem minh họa');
  const next = page.getByRole('group', { name: 'Xem minh họa' }).getByRole('button', { name: /Bước sau/ });
  for (let i = 0; i < COMPONENTS_AT + 1; i += 1) await next.click();
  await expect(screen(page).locator('.portal-store')).toBeVisible();
  expect(
    await screen(page)
      .locator('.portal-store')
      .evaluate((element) => element.matches(':modal')),
  ).toBe(false);
  // Nothing is inert around it: the demo's controls are reached and used with the keyboard.
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen(page).locator('.portal-store .sim-target')).toHaveCount(1);
  // The demo ticked the paper, and "Bước sau" kept focus for the next press.
  await expect(screen(page).locator('.portal-store input:checked')).toHaveCount(1);
  await expect(next).toBeFocused();
});

test('the guide’s still figure still draws the dialog over its page, without a dialog element', async ({ page }) => {
  await page.goto('phu-luc-2/');
  const figure = page.locator('.sim-still').filter({ has: page.locator('.portal-store') });
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('dialog')).toHaveCount(0);
  await expect(figure.locator('.portal-store')).toBeVisible();
  await expect(figure.locator('.portal-store')).toContainText(DIALOG_TITLE);
});
