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
      // The first screen is up once the placeholder is gone, the simulator offers a button to press and that
      // screen has been laid out and painted (the frame after it is drawn). The page notes the moment itself and says it on the console: polling it from here (waitForFunction) would
      // first load Playwright's own script into the page, 80 ms of a slowed CPU taken from the page it times.
      await page.addInitScript(() => {
        const usable = () => !document.querySelector('.sim-loading') && document.querySelector('.sim button');
        new MutationObserver((_, observer) => {
          if (!usable()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => console.log(`usable ${performance.now()}`)));
        }).observe(document, { childList: true, subtree: true });
      });
      const usableAt = page.waitForEvent('console', (message) => message.text().startsWith('usable '));
      await page.goto(server.url + path);
      times.push(Number((await usableAt).text().slice('usable '.length)));
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
