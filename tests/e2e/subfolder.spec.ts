import { expect, test } from './support/test';
import { SUBFOLDER_BASE } from './support/sites';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { watchPage } from './support/watch-page';
import * as vneid from './support/simulator-driver';

// The site built with SITE_BASE=/dvc/, as it runs in a subfolder of the centre's web site.
const paths = builtPagePaths('dist-subfolder');

test('every page under the subfolder loads and links only inside it, to pages and anchors that exist', async ({
  page,
  baseURL,
  request,
}) => {
  const origin = new URL(baseURL!).origin;
  const problems = watchPage(page, origin);
  const linked = new Set<string>();
  const anchors = new Map<string, Set<string>>();
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src]')].map(
        (element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src,
      ),
    );
    for (const url of urls) {
      const parsed = new URL(url);
      if (parsed.origin !== origin) continue;
      expect(parsed.pathname, `on /${path}`).toMatch(new RegExp(`^${SUBFOLDER_BASE}`));
      linked.add(parsed.origin + parsed.pathname);
      if (parsed.hash.length > 1) {
        const target = parsed.origin + parsed.pathname;
        anchors.set(target, (anchors.get(target) ?? new Set()).add(decodeURIComponent(parsed.hash.slice(1))));
      }
    }
  }
  for (const url of linked) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
  }
  for (const [url, ids] of anchors) {
    const html = await (await request.get(url)).text();
    for (const id of ids) expect(html, `${url}#${id}`).toContain(`id="${id}"`);
  }
  expect(problems).toEqual([]);
});

test('search works under the subfolder and leads inside it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Tìm kiếm' }).fill('lay tu kho');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${SUBFOLDER_BASE}phu-luc-2/`));
});

test('the self-assessment links to the JSON Schema of the result file inside the subfolder', async ({
  page,
  request,
}) => {
  await page.goto('tu-danh-gia/');
  await page.getByRole('button', { name: 'Tôi đã hiểu, bắt đầu tự đánh giá' }).click();
  const link = page.getByRole('link', { name: /JSON Schema/ });
  await expect(link).toHaveAttribute('href', `${SUBFOLDER_BASE}schemas/ket-qua-tu-danh-gia-v1.json`);
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:dvc-phu-cat:schemas:ket-qua-tu-danh-gia-v1',
  });
});

test('the result of Kiểm tra links to its guide step and to the self-assessment inside the subfolder', async ({
  page,
}) => {
  await page.goto(`${vneid.SIM_PATH}?che-do=kiem-tra`);
  await vneid.playWithMouse(page, vneid.fullPath.slice(0, 1));
  await vneid
    .screen(page)
    .getByRole('button', { name: /Bưu điện Việt Nam/ })
    .click();
  await vneid.playWithMouse(page, vneid.fullPath.slice(1));
  const result = page.locator('.sim-result');
  await expect(result.getByRole('link', { name: 'Đọc lại Bước 1 trong hướng dẫn' })).toHaveAttribute(
    'href',
    `${SUBFOLDER_BASE}phu-luc-1/#p1-b1`,
  );
  const selfAssessment = result.getByRole('link', { name: 'Về trang Tự đánh giá' });
  await expect(selfAssessment).toHaveAttribute('href', `${SUBFOLDER_BASE}tu-danh-gia/`);
  await selfAssessment.click();
  await expect(page).toHaveURL(new RegExp(`${SUBFOLDER_BASE}tu-danh-gia/$`));
});
