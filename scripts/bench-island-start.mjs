// Part of npm run bench: how long a simulator page shows "Đang tải trình mô phỏng…" before its first screen can
// be used, on a slow phone (4× CPU) over a rural mobile connection (150 ms round trips, 1.6 Mbit/s), empty
// cache, median of 3 loads per page. A figure to compare between builds, not a test.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { slowDown } from './slow-phone.mjs';

const outDir = process.env.SITE_OUT_DIR ?? 'dist';
const paths = ['luyen-tap/lien-ket-vneid/', 'luyen-tap/lay-tu-kho/'];
const RUNS = 3;

const server = await serveDist(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);
const rows = [];
try {
  for (const path of paths) {
    const times = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await slowDown(page);
      await page.goto(server.url + path);
      // The first screen is up once the placeholder is gone and the simulator offers a button to press.
      await page.waitForFunction(
        () => !document.querySelector('.sim-loading') && document.querySelector('.sim button'),
      );
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    rows.push({ page: `/${path}`, median: times[Math.floor(RUNS / 2)], times });
  }
} finally {
  await browser.close();
  server.close();
}

console.log('\nSimulator start, phone, 4× CPU, 150 ms RTT, 1.6 Mbit/s (s from navigation to a usable first screen):');
for (const row of rows) {
  console.log(
    `${row.page.padEnd(28)} median ${(row.median / 1000).toFixed(2)}  (${row.times.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
  );
}
