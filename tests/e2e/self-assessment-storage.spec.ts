import { expect, test, type Page } from './support/test';
import { fillProfile, item, ITEMS, openAssessment, start } from './support/self-assessment';
import { fillStorageQuota, makeStorageWritesThrow } from './support/storage-faults';

const summary = (page: Page) => page.getByRole('region', { name: 'Bạn đang ở đâu' });
const fullWarning = (page: Page) => page.getByRole('status').filter({ hasText: 'bộ nhớ trình duyệt đã đầy' });

test.describe('when saving fails the page keeps working and says so', () => {
  test('storage filled by another application to within 300 bytes of the quota', async ({ page }) => {
    await openAssessment(page);
    const written = await fillStorageQuota(page, 300);
    expect(written).toBeGreaterThan(1_000_000);
    await page.reload();
    await expect(page.locator('.sa-app')).toBeVisible();
    await start(page);
    await fillProfile(page);
    await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
    await expect(fullWarning(page)).toBeVisible();
    await expect(fullWarning(page)).toContainText('Hãy xuất tệp kết quả trước khi đóng trang');
    // What the person did is still there, in memory: the page counts it.
    await expect(summary(page)).toContainText('Đã hoàn thành 1/');
    await expect(page.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Nguyễn Văn Mẫu');
  });

  test('a setItem that always throws', async ({ page }) => {
    await makeStorageWritesThrow(page);
    await openAssessment(page);
    await start(page);
    await expect(fullWarning(page)).toBeVisible();
    await fillProfile(page);
    await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
    await expect(item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' })).toBeChecked();
    await expect(summary(page)).toContainText('Đã hoàn thành 1/');
  });
});
