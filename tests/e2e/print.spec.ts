import { expect, test } from './support/test';

/** Number of pages in a PDF produced by Chromium (each page object is `/Type /Page`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test('the directive prints on one A4 sheet with the document alone', async ({ page }) => {
  await page.goto('cong-van/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Công văn này yêu cầu gì ở bạn?' })).toBeHidden();
  await expect(page.getByText('TTYT HUYỆN PHÙ CÁT', { exact: true })).toBeVisible();
  await expect(page.getByText('Trần Thúc Khả')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(1);
});

test('a guide prints without the site navigation', async ({ page }) => {
  await page.goto('phu-luc-1/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('.pagination-links')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
