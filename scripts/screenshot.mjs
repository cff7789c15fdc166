// Screenshots built pages as a reader sees them: node scripts/screenshot.mjs [--dist dist] [--full] PATH...
// Writes screenshots/<path>-360.png and -1280.png (360 px phone and 1280 px desktop).
import { chromiumLaunchOptions } from './chromium.mjs';
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args.splice(distAt, 2)[1] : 'dist';
const fullAt = args.indexOf('--full');
const fullPage = fullAt >= 0 && Boolean(args.splice(fullAt, 1));
const paths = args.length ? args : [''];
const server = await serveDist(dist);
const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
    await page.goto(server.url + path.replace(/^\//, ''));
    await page.evaluate(() => document.fonts.ready);
    const name = (path.replace(/\/+/g, '-').replace(/^-|-$/g, '') || 'home') + `-${width}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage });
    console.log(`screenshots/${name}`);
    await page.close();
  }
}
await browser.close();
server.close();
