// The slow phone the browser tests and the benchmark load pages on, defined once.

/**
 * A mid-range phone on a rural mobile connection, as Lighthouse's mobile profile models it: 4× slower CPU,
 * 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<void>}
 */
export async function slowDown(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}
