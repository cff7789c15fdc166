import type { Page } from '@playwright/test';

/**
 * Fills this origin's localStorage, as another application on the same site would (the site living
 * under `/dvc/` of the centre's web site), until less than `leave` bytes of the quota remain. Keys are
 * outside the site's prefix, so they are not the site's to clear. Returns the bytes written.
 */
export async function fillStorageQuota(page: Page, leave = 300): Promise<number> {
  return page.evaluate((leave) => {
    let written = 0;
    let index = 0;
    // Halving chunks: each one that does not fit is retried at half the size, down to the margin.
    for (let size = 1024 * 1024; size >= leave / 4;) {
      const key = `ung-dung-khac:${index}`;
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        written += size + key.length;
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return written;
  }, leave);
}

/** Makes every localStorage write throw, as a browser that refuses for its own reasons does. */
export async function makeStorageWritesThrow(page: Page) {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = refuse;
    // Assigning a key (`localStorage[key] = value`) bypasses setItem: route it into the same refusal.
    const real = window.localStorage;
    const refusing = new Proxy(real, {
      get: (target, key) => {
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
      set: (_target, key) => (typeof key === 'string' ? refuse() : false),
    });
    Object.defineProperty(window, 'localStorage', { get: () => refusing });
  });
}
