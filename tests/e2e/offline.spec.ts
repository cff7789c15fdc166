import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test, type Page } from './support/test';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { writeServiceWorker } from '../../src/offline/service-worker';
import { chooseMode, fullPath, playWithMouse, screen, SIM_PATH } from './support/simulator-driver';
import { exportFile, fillProfile, PERSON, start, TODAY } from './support/self-assessment';

/**
 * The site after one visit, with its web server stopped (not `setOffline`, which leaves a service worker's own
 * fetches alone: a worker that only fell back to the network would pass it). Each test starts its own static
 * server, so stopping it cuts every request, at the root and under the subfolder base.
 */
const builds = [
  { name: 'at the root', dir: 'dist', base: '/' },
  { name: 'under /dvc/', dir: 'dist-subfolder', base: '/dvc/' },
];

test.describe.configure({ timeout: 120_000 });

/** Opens the site once and waits until the service worker controls the page (its precache is complete). */
async function visitOnce(page: Page, siteUrl: string): Promise<void> {
  await page.goto(siteUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function expectServerGone(siteUrl: string): Promise<void> {
  await expect(fetch(siteUrl)).rejects.toThrow();
}

for (const { name, dir, base } of builds) {
  test.describe(`offline, ${name}`, () => {
    test('after one visit every page, a simulator, the result file and search work with the server stopped', async ({
      page,
    }) => {
      const server = await serveDist(dir, { base });
      await visitOnce(page, server.url);
      server.close();
      await expectServerGone(server.url);

      for (const path of builtPagePaths(dir)) {
        const response = await page.goto(server.url + path);
        expect(response?.status(), `/${path}`).toBe(200);
        await expect(page.locator('h1').first(), `/${path}`).toBeVisible();
      }

      await page.goto(server.url + SIM_PATH);
      await chooseMode(page, 'Hướng dẫn');
      await playWithMouse(page, fullPath.slice(0, 2));
      await expect(screen(page).getByRole('textbox', { name: 'Tên đăng nhập', exact: true })).toBeVisible();

      await page.clock.setFixedTime(TODAY);
      await page.goto(`${server.url}tu-danh-gia/`);
      await start(page);
      await fillProfile(page);
      const { text } = await exportFile(page);
      expect(JSON.parse(text)).toMatchObject({ person: { name: PERSON.name } });

      await page.goto(server.url);
      await page.getByRole('button', { name: 'Tìm kiếm' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Tìm kiếm' }).fill('lay tu kho');
      const first = page.locator('.pagefind-ui__result-link').first();
      await expect(first).toBeVisible();
      expect(new URL((await first.getAttribute('href'))!, server.url).pathname).toBe(`${base}phu-luc-2/`);
    });

    test('a new release replaces the cached one once the reader accepts "Tải lại"', async ({ page }) => {
      const copy = mkdtempSync(join(tmpdir(), 'dvc-release-'));
      try {
        cpSync(dir, copy, { recursive: true });
        const first = await serveDist(copy, { base });
        await visitOnce(page, first.url);
        const heading = page.locator('h1').first();
        const oldTitle = (await heading.textContent())!.trim();

        // The next release: one page changed, and the service worker written again as the build does.
        const home = join(copy, 'index.html');
        writeFileSync(home, readFileSync(home, 'utf8').replaceAll(oldTitle, `${oldTitle} – bản mới`));
        await writeServiceWorker(copy);

        await page.reload();
        const notice = page.getByRole('status').filter({ hasText: 'Đã có bản mới' });
        await expect(notice).toBeVisible();
        // Until the reader chooses, the page stays the release they were reading; "Để sau" only hides the offer.
        await expect(heading).toHaveText(oldTitle);
        await notice.getByRole('button', { name: 'Để sau' }).click();
        await expect(notice).toHaveCount(0);
        await page.reload();
        await expect(heading).toHaveText(oldTitle);
        await notice.getByRole('button', { name: 'Tải lại' }).click();
        await expect(heading).toHaveText(`${oldTitle} – bản mới`);

        // The new release is what the cache now holds: it is served with the server stopped.
        first.close();
        await expectServerGone(first.url);
        await page.reload();
        await expect(heading).toHaveText(`${oldTitle} – bản mới`);
        await expect(notice).toHaveCount(0);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  });
}

test('over plain http (an intranet address) the practice hub says offline use needs https', async () => {
  const server = await serveDist('dist');
  const { port } = new URL(server.url);
  // A name that resolves to this machine but is not localhost: a plain-http origin, as on an intranet.
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--host-resolver-rules=MAP dvc.intranet.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://dvc.intranet.test:${port}/luyen-tap/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(page.getByText('muốn dùng khi mất mạng', { exact: false })).toBeVisible();
    await expect(page.getByText('hãy mở trang bằng địa chỉ https')).toBeVisible();

    // Over https or localhost the line stays hidden: there the site does work offline.
    await page.goto(`${server.url}luyen-tap/`);
    await expect(page.locator('[data-offline-https-note]')).toBeHidden();
  } finally {
    await browser.close();
    server.close();
  }
});
