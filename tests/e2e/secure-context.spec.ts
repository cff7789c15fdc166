import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { builtScripts, countUses, scanCode } from './support/secure-context-scan';
import { exportFile, fillProfile, importFile, openAssessment, start } from './support/self-assessment';

// The build the browser tests serve (npm test builds dist/); SITE_OUT_DIR points elsewhere if needed.
const outDir = new URL(`../../${process.env.SITE_OUT_DIR?.replace(/^\.\//, '') ?? 'dist'}/`, import.meta.url).pathname;

test.describe('the scanner', () => {
  test('flags unguarded secure-context APIs', () => {
    const unguarded = [
      'const id=crypto.randomUUID();',
      'const d=await crypto.subtle.digest("SHA-256",b);',
      'async function c(t){await navigator.clipboard.writeText(t)}',
      'navigator.share({files:[f]})',
      'const c=globalThis.crypto;c.subtle.digest("SHA-256",b)',
      'try{crypto.subtle.digest("SHA-256",b)}catch{}',
    ];
    for (const code of unguarded) expect(scanCode(code), code).not.toEqual([]);
  });

  test('accepts guarded uses', () => {
    const guarded = [
      'if(window.isSecureContext&&navigator.clipboard)await navigator.clipboard.writeText(t);else l(t)',
      'typeof crypto.randomUUID=="function"?crypto.randomUUID():f()',
      'navigator.clipboard?.writeText(t)',
      'try{await navigator.clipboard.writeText(r),n=!0}catch{n=l(r)}',
      'if(typeof navigator.share!="function"||typeof navigator.canShare!="function")return null;navigator.canShare({files:[a]})',
    ];
    for (const code of guarded) expect(scanCode(code), code).toEqual([]);
  });
});

test('no built script uses a secure-context-only API without a fallback', () => {
  expect(existsSync(outDir), 'build the site first (npm run build)').toBe(true);
  const scripts = builtScripts(outDir);
  expect(scripts.length).toBeGreaterThan(0);
  // The self-assessment's bundle (its clipboard and share fallbacks) is among those scanned and does hold
  // guarded uses, so "no finding" below means something.
  const bundles = readdirSync(`${outDir}_astro`)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(`${outDir}_astro/${name}`, 'utf8'));
  expect(
    bundles.some((code) => code.includes('isSecureContext') && code.includes('execCommand') && countUses(code) > 0),
  ).toBe(true);
  const findings = scripts.flatMap(({ file, code }) => scanCode(code, file));
  expect(findings).toEqual([]);
});

test('the self-assessment works where secure-context APIs do not exist (plain http)', async ({ page }) => {
  // The tests are served from 127.0.0.1, which browsers treat as secure; take the APIs away as plain
  // http on an intranet address would.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
    Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openAssessment(page);
  expect(
    await page.evaluate(() => [
      window.isSecureContext,
      typeof crypto.subtle,
      typeof crypto.randomUUID,
      typeof navigator.clipboard,
    ]),
  ).toEqual([false, 'undefined', 'undefined', 'undefined']);
  await start(page);
  await fillProfile(page);
  await expect(page.getByRole('button', { name: 'Chia sẻ tệp kết quả' })).toHaveCount(0);
  const { download, text } = await exportFile(page);
  const file = JSON.parse(text);
  expect(file.person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  await importFile(page, { name: download.suggestedFilename(), buffer: Buffer.from(text) });
  await expect(page.getByText(/Đã nhập lại tệp/)).toBeVisible();
  expect(errors).toEqual([]);
});
