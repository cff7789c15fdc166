import { expect, test as base } from '@playwright/test';

export * from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose pages broke the site's Content-Security-Policy: every browser
 * test then also proves the shipped policy lets that feature work. Import `test` and `expect` from here.
 */
export const test = base.extend<{ contentSecurityPolicyViolations: string[] }>({
  contentSecurityPolicyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('reportPolicyViolation', (_source, text: string) => violations.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
          report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
