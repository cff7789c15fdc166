import { expect, test } from './support/test';

test('the sidebar can be used with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  const link = page.locator('#starlight__sidebar').getByRole('link', { name: /Phụ lục 2/ });
  // Tab from the top of the page until the sidebar link has focus, as a keyboard user would.
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/phu-luc-2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phụ lục 2');
});

test('on a phone the menu opens and navigates with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('');
  const menuButton = page.getByRole('button', { name: 'Menu' });
  await menuButton.focus();
  const link = page.locator('#starlight__sidebar').getByRole('link', { name: 'Công văn' });
  await expect(link).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  // Tab into the opened menu until the link has focus, then follow it.
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cong-van\/$/);
});
