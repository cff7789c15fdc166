import { expect, test, type Page } from './support/test';

/** Opens the search dialog the way a reader does, types the query and returns the result links. */
async function search(page: Page, query: string) {
  await page.goto('');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tìm kiếm' }).fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

const expectations: Array<[query: string, page: string]> = [
  ['dang nhap', 'phu-luc-1/'],
  ['dinh danh', 'phu-luc-1/'],
  ['lay tu kho', 'phu-luc-2/'],
  ['Đăng nhập', 'phu-luc-1/'],
  ['tai su dung', 'phu-luc-2/'],
  ['vneid', 'phu-luc-1/'],
];

for (const [query, expected] of expectations) {
  test(`"${query}" puts /${expected} first`, async ({ page, baseURL }) => {
    const results = await search(page, query);
    const href = await results.first().getAttribute('href');
    expect(new URL(href!, baseURL).pathname).toBe(new URL(expected, baseURL).pathname);
  });
}

test('results typed without đ show the page text with đ, as written', async ({ page }) => {
  const results = await search(page, 'dang nhap');
  const shown = await page.locator('.pagefind-ui__results').innerText();
  expect(shown).toMatch(/[Đđ]ăng nhập/);
  expect(shown).not.toContain('\u0335');
  await expect(results.first()).not.toHaveText(/\u0335/);
});

test('a query typed with decomposed Unicode (Unikey "tổ hợp") still finds the page', async ({ page, baseURL }) => {
  const results = await search(page, 'Lấy từ kho'.normalize('NFD'));
  const href = await results.first().getAttribute('href');
  expect(new URL(href!, baseURL).pathname).toBe(new URL('phu-luc-2/', baseURL).pathname);
});
