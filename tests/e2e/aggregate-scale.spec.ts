/**
 * "No file can freeze it" (issue 14): 500 ordinary result files and the hostile set (an 880,000-character
 * field, a zip bomb, a zip in a zip, UTF-16 in a zip), picked together, never hold the page's main thread
 * for long. Held to the thread CPU time of the longest task, from a Chromium trace: the Long Tasks API's
 * wall time of the same work varies several-fold on a shared machine (see support/main-thread-tasks.ts);
 * it is recorded beside it. The figures at 5,000 and 20,000 files are `npm run bench`'s.
 */
import { join } from 'node:path';
import { HAND_SET, personId, writePerson } from '../../src/aggregate/test-fixtures';
import { hostileFiles, writeFolder, type NamedFile } from './support/aggregate-files';
import { mainThreadTasksDuring } from './support/main-thread-tasks';
import { expect, test } from './support/test';

const NOW = new Date('2026-11-29T09:00:00+07:00');
const ORDINARY = 500;

/**
 * The goal: no task over 100 ms. Held to it in CPU time, which leaves out the time other
 * processes took the cores (on this shared machine the same task's wall time is 3–7 times its CPU time):
 * on an otherwise idle computer the two are close.
 */
const LIMIT_CPU_MS = 100;

function ordinaryFiles(): NamedFile[] {
  return Array.from({ length: ORDINARY }, (_, i) => {
    const spec = HAND_SET[i % HAND_SET.length]!;
    // Each a person of their own (own id, name and staff code), as a unit's real replies are.
    const { fileName, text } = writePerson({
      ...spec,
      id: personId(1000 + i),
      name: `${spec.name} Mô Phỏng ${i}`,
      staffCode: `MP-${i}`,
    });
    return { name: `${i}_${fileName}`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
}

test('500 files and the hostile set never hold the main thread for long', async ({ page, browser }) => {
  test.slow(); // 500 files written, read and checked
  await page.clock.setFixedTime(NOW);
  await page.goto('tong-hop/');
  const pick = page.getByRole('button', { name: 'Chọn tệp (.json, .zip)…' });
  await expect(pick).toBeEnabled();
  // Handed over as paths, as the system's picker does (Playwright would otherwise build the files in the page).
  const files = [...ordinaryFiles(), ...hostileFiles()];
  const folder = writeFolder(test.info().outputPath('files'), files);
  const times = await mainThreadTasksDuring(browser, page, async () => {
    const chooser = page.waitForEvent('filechooser');
    await pick.click();
    await (await chooser).setFiles(files.map((file) => join(folder, file.name)));
    await expect(page.getByRole('status')).toContainText(`nhận ${ORDINARY + 1} tệp, từ chối 3 tệp`, {
      timeout: 60_000,
    });
    await expect(page.getByRole('row', { name: /^Tổng cộng/ })).toBeVisible();
  });
  test
    .info()
    .annotations.push(
      { type: 'longest main-thread task, CPU (ms)', description: times.longestCpuMs.toFixed(1) },
      { type: 'longest main-thread task, wall (ms)', description: times.longestWallMs.toFixed(1) },
    );
  expect(times.longestCpuMs, `longest of ${times.tasks} main-thread tasks, CPU time`).toBeLessThan(LIMIT_CPU_MS);
});
