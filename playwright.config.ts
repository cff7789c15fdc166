import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { ROOT_PORT, SUBFOLDER_BASE, SUBFOLDER_PORT } from './tests/e2e/support/sites';

/**
 * Browser tests run against the built site served by `astro preview`: once at the root (`dist/`) and
 * once under a subfolder (`dist-subfolder/`, base `/dvc/`), as the centre's web site would host it.
 * Both builds are made by `npm test` before this runs.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 15_000 : 7_500 },
  reporter: 'list',
  use: {
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
    launchOptions: chromiumLaunchOptions,
  },
  // The service worker precaches the whole site on a first visit: only the offline tests let it run, so the
  // other tests do not each download the site (and see what they load from the server, not from a cache).
  projects: [
    {
      name: 'site',
      testIgnore: /(subfolder|offline)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/`, serviceWorkers: 'block' },
    },
    {
      name: 'subfolder',
      testMatch: /subfolder\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUBFOLDER_PORT}${SUBFOLDER_BASE}`, serviceWorkers: 'block' },
    },
    {
      // Each offline test serves the builds itself, so that it can stop the server.
      name: 'offline',
      testMatch: /offline\.spec\.ts/,
      use: { serviceWorkers: 'allow' },
    },
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      // astro preview serves one build per project at a time, so the second build gets a plain static server.
      command: `node scripts/serve-dist.mjs dist-subfolder ${SUBFOLDER_BASE} ${SUBFOLDER_PORT}`,
      url: `http://127.0.0.1:${SUBFOLDER_PORT}${SUBFOLDER_BASE}`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
  ],
});
