// How every tool of this project starts Debian's Chromium (Playwright cannot download its own browser here):
// the browser tests, the benchmarks and the screenshots, so a flag changed once applies to all of them.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
