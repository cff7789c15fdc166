import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteCspHeader } from '../../scripts/csp-header.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { handSet } from './support/aggregate-files';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { expect, test } from './support/test';
import { waitForSiteSearch } from './support/site-search';
import { watchPage } from './support/watch-page';

/**
 * The site served the way a hospital's web server may serve it: with the Content-Security-Policy as an
 * HTTP header (the README gives IT the exact header). A header applies from the first byte, so Starlight's
 * inline scripts in <head> are covered here too, unlike under the <meta> policy of the other tests.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let site: { url: string; close: () => void };

test.beforeAll(async () => {
  site = await serveDist(dist, { csp: true });
});
test.afterAll(() => site.close());

test('the README gives IT the exact header of this build', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(`Content-Security-Policy: ${siteCspHeader(dist)}`);
});

test('every page loads under the policy header, search included', async ({ page }) => {
  const origin = new URL(site.url).origin;
  const problems = watchPage(page, origin);
  const response = await page.goto(site.url);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  for (const path of builtPagePaths('dist')) {
    await page.goto(site.url + path);
    await expect(page.locator('h1').first()).toBeVisible();
    await waitForSiteSearch(page, path);
  }
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.keyboard.type('lay tu kho');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the simulators, the self-assessment and the aggregation work under the policy header', async ({ page }) => {
  const problems = watchPage(page, new URL(site.url).origin);
  for (const path of ['luyen-tap/lien-ket-vneid/', 'luyen-tap/lay-tu-kho/']) {
    await page.goto(site.url + path);
    await page.getByRole('button', { name: 'Đăng nhập' }).first().click();
    await expect(page.getByRole('status')).not.toBeEmpty();
  }
  await page.goto(`${site.url}tu-danh-gia/`);
  await expect(page.getByRole('button', { name: 'Tôi đã hiểu, bắt đầu tự đánh giá' })).toBeVisible();
  await page.goto(`${site.url}tong-hop/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp (.json, .zip)…' }).click();
  // Checking the files runs in a worker: the policy must allow it.
  await (await chooser).setFiles(handSet());
  await expect(page.getByRole('table', { name: /Kết quả thực hiện năm 2024/ })).toBeVisible();
  expect(problems).toEqual([]);
});
