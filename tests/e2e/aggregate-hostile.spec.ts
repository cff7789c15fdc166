/**
 * Files made to freeze or bloat the aggregation page (issue 14, points 5–7 and 9), forged with the
 * site's own writer and re-sealed with its checksum, as anyone can: a checksum algorithm of 880,000
 * characters, a zip whose entry inflates to 48 MB, a zip in a zip, and a UTF-16 (Notepad "Unicode")
 * file inside a zip.
 */
import { hostileFiles } from './support/aggregate-files';
import { expect, test, type Page } from './support/test';

const NOW = new Date('2026-11-29T09:00:00+07:00');

/** The longest main-thread task seen since the page loaded, in ms (Long Tasks API). */
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

test('hostile files get bounded messages with real sizes, and what is kept stays small', async ({ page }) => {
  test.slow(); // a reload over the saved set
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.clock.setFixedTime(NOW);
  await page.goto('tong-hop/');
  await expect(page.getByRole('button', { name: 'Chọn tệp (.json, .zip)…' })).toBeEnabled();

  // Measured from here: what the files cost, not the page's own start-up.
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp (.json, .zip)…' }).click();
  await (await chooser).setFiles(hostileFiles());
  await expect(page.getByRole('status')).toContainText('nhận 1 tệp, từ chối 3 tệp');
  const rejected = page.locator('.agg-rejected li');
  // Real sizes: what the zip says the entry is, and the limit it passed while inflating.
  await expect(rejected.filter({ hasText: 'khong-lo.json' })).toContainText('tệp nén ghi kích thước 48 MB');
  await expect(rejected.filter({ hasText: 'khong-lo.json' })).toContainText('quá giới hạn 1 MB');
  await expect(rejected.filter({ hasText: 'long-nhau.zip' })).toContainText('nằm trong một tệp nén khác');
  // The 880,000-character field is quoted, if at all, in a bounded message.
  const long = rejected.filter({ hasText: 'dai.json' });
  await expect(long).toBeVisible();
  expect((await long.textContent())!.length).toBeLessThan(700);
  // UTF-16 with its BOM is read inside a zip as it is when picked.
  await expect(page.getByRole('table', { name: /Kết quả thực hiện năm 2024/ })).toBeVisible();
  // Recorded, not yet asserted: the goal (under 100 ms) is not met yet (see the branch's report).
  test
    .info()
    .annotations.push({ type: 'longest main-thread task, loading (ms)', description: String(await longestTask(page)) });

  // What was saved is bounded too: a reload does not freeze.
  await page.reload();
  await expect(page.getByRole('status')).toContainText('Đã mở lại 4 tệp');
  await expect(page.getByText('Tệp bị từ chối (3)')).toBeVisible();
  test
    .info()
    .annotations.push({ type: 'longest main-thread task, reload (ms)', description: String(await longestTask(page)) });
  const saved = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('dvc-phu-cat:tong-hop', 1);
        open.onsuccess = () => {
          // Everything the page keeps: the set and its chunks of files.
          const get = open.result.transaction('sets').objectStore('sets').getAll();
          get.onsuccess = () => resolve(JSON.stringify(get.result).length);
        };
      }),
  );
  expect(saved).toBeLessThan(20_000);
});
