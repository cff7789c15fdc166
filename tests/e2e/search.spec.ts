import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expectedResults } from '../../src/search/expected-results';
import { firstHit } from './support/search-driver';
import { waitForSiteSearch } from './support/site-search';
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

test.describe('each query of the table opens its page first', () => {
  for (const { query, page: expected, step } of expectedResults) {
    const target = step ? `/${expected}#${step}` : `/${expected}`;
    test(`"${query}" → ${target}`, async ({ page, baseURL }) => {
      const hit = await firstHit(page, baseURL!, query);
      expect(hit.page, 'the first page').toBe(expected);
      if (step) expect(hit.section, 'the first section under it').toBe(`${expected}#${step}`);
    });
  }
});

test('a step found by search is a link to its heading on the guide page', async ({ page, baseURL }) => {
  const hit = await firstHit(page, baseURL!, 'cap nhat cccd');
  await page.getByRole('dialog').locator(`a[href$="#p1-b3"]`).first().click();
  await expect(page).toHaveURL(new URL(hit.section!, baseURL).href);
  await expect(page.getByRole('heading', { name: 'Bước 3: Cập nhật từ CSDL Quốc gia về Dân cư' })).toBeInViewport();
});

test('a section whose heading has đ links to that heading, not to a broken address', async ({ page, baseURL }) => {
  await firstHit(page, baseURL!, 'doi so dien thoai ma otp');
  const links = page.getByRole('dialog').locator('.pagefind-ui__result-nested a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(decodeURIComponent(new URL(href).hash)).not.toContain('\u0335');
  }
});

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

test('without the search index (offline), the dialog says so instead of searching forever', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await page.goto('');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Tìm kiếm' }).fill('lay tu kho');
  await expect(dialog.getByRole('alert')).toHaveText(/^Không tải được chỉ mục tìm kiếm/);
  await expect(dialog.getByText(/Đang tìm/)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a page fetches none of the search until the reader reaches for it; Ctrl+K then searches at once', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('');
  await waitForSiteSearch(page, '');
  await page.waitForLoadState('networkidle');
  const searchFiles = () => fetched.filter((path) => /\/pagefind\/|pagefind-ui/.test(path));
  expect(searchFiles(), 'search files fetched before any use').toEqual([]);

  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').getByRole('textbox', { name: 'Tìm kiếm' });
  await expect(input).toBeFocused();
  await page.keyboard.insertText('lay tu kho');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(searchFiles().length, 'search files fetched once asked for').toBeGreaterThan(0);
});

test('"/" opens the search box, ready to type, unless the reader is typing in a field', async ({ page }) => {
  await page.goto('');
  await waitForSiteSearch(page, '');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Tìm kiếm' })).toBeFocused();
  await page.keyboard.insertText('vneid');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  // Typed into the search field itself, "/" is a character like any other.
  await page.keyboard.press('/');
  await expect(dialog.getByRole('textbox', { name: 'Tìm kiếm' })).toHaveValue('vneid/');
});

test('without the search code (offline, never cached), the dialog says so instead of staying empty', async ({
  page,
}) => {
  await page.route(/\/_astro\/pagefind-ui\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(/^Không tải được chỉ mục tìm kiếm/);
});

/** The steps of a guide as its content file words them (the test reads the file the pages are built from). */
const guideSteps = (guide: string) =>
  (
    load(readFileSync(`content/guides/${guide}.yaml`, 'utf8')) as {
      steps: Array<Record<'id' | 'label' | 'title', string>>;
    }
  ).steps;

test.describe('every guide step is its own target', () => {
  for (const guide of ['phu-luc-1', 'phu-luc-2']) {
    const steps = guideSteps(guide);
    test(`/${guide}/: each step has its anchor, listed in "Trên trang này"`, async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${guide}/`);
      const toc = page.getByRole('navigation', { name: 'Trên trang này' });
      for (const step of steps) {
        const heading = page.locator(`h3#${step.id}`);
        await expect(heading, step.id).toHaveText(`${step.label}: ${step.title}`);
        await expect(toc.locator(`a[href="#${step.id}"]`), step.id).toHaveText(`${step.label}: ${step.title}`);
      }
    });
  }

  test('a step picked from "Trên trang này" on a phone scrolls its heading into view', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('phu-luc-2/');
    await page.locator('mobile-starlight-toc summary').tap();
    await page
      .locator('mobile-starlight-toc')
      .getByRole('link', { name: /^Bước 4:/ })
      .tap();
    await expect(page).toHaveURL(/#p2-b4$/);
    await expect(page.getByRole('heading', { name: /^Bước 4:/ })).toBeInViewport();
    await context.close();
  });
});
