import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * One simulator screen as a user needs it: axe finds nothing, no sideways scroll, no control cut off
 * by its frame, every control at least 24 px. Soft, so one run reports every screen that falls short.
 */
export async function checkSimulatorScreen(page: Page, label: string): Promise<void> {
  expect.soft(await axeViolations(page, label, '.sim')).toEqual([]);
  const layout = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('.sim button, .sim input, .sim select, .sim summary'),
    ].filter((element) => element.offsetParent !== null);
    const outside = controls.filter((element) => {
      // A modal dialog is drawn over the whole viewport: its controls stay within the dialog.
      const frame = (element.closest('dialog') ??
        element.closest('.sim-screen') ??
        element.closest('.sim'))!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return box.left < frame.left - 1 || box.right > frame.right + 1;
    });
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      small: controls
        .filter((element) => element.getBoundingClientRect().height < 24 || element.getBoundingClientRect().width < 24)
        .map((element) => element.textContent?.trim() || element.id),
      outside: outside.map((element) => element.textContent?.trim() || element.id),
    };
  });
  expect.soft(layout, label).toEqual({ overflow: 0, small: [], outside: [] });
}

/** Where the instruction is read: the task bar, or the modal dialog's status line while one is open over it. */
const taskStatus = (page: Page) => page.locator('.sim-task').or(page.locator('dialog[open]')).last();
export const instruction = (page: Page) => taskStatus(page).locator('.sim-instruction');
/** The message after the last action (and the hint, when there is one). */
export const message = (page: Page) => taskStatus(page).locator('.sim-feedback p');

/** The instruction and the feedback of the last action, both wholly inside the viewport. */
export async function expectBarInView(page: Page, label: string): Promise<void> {
  await expect(instruction(page), label).toBeInViewport({ ratio: 1 });
  for (const line of await message(page).all()) await expect(line, label).toBeInViewport({ ratio: 1 });
}
