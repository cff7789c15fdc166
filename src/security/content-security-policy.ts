/**
 * The site's Content-Security-Policy, given to Astro (`security.csp`), which writes it into every page as a
 * `<meta>` element with the hashes of the scripts and styles it bundles. Nothing may load from another
 * origin, and no inline script runs unless its hash is listed.
 *
 * Astro hashes its own inline scripts (the island loaders) but not Starlight's `is:inline` ones, whose
 * hashes are listed here. `content-security-policy.spec.ts` recomputes them from the built pages, so a
 * Starlight upgrade that changes one fails the tests instead of silently breaking the theme switch, the
 * search shortcut or the sidebar on a server that enforces the policy.
 */
import type { AstroUserConfig } from 'astro';

/** Starlight 0.42's inline scripts, in the order they appear in a page. */
export const STARLIGHT_INLINE_SCRIPT_HASHES = [
  // ThemeProvider: applies the saved light/dark theme before first paint.
  'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
  // Search: opens the search dialog on Ctrl+K or "/".
  'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
  // ThemeSelect: shows the saved theme in the picker.
  'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
  // Sidebar: restores the sidebar's scroll position and open groups.
  'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
  'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
] as const;

export const contentSecurityPolicy = {
  directives: [
    "default-src 'self'",
    // Starlight's icons and the simulators' QR codes are data: images.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind runs its search index as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [...STARLIGHT_INLINE_SCRIPT_HASHES],
  },
  styleDirective: {
    // Starlight writes `style="--depth: 1"` on sidebar entries and Pagefind sets widths inline: attributes
    // only, never a <style> element or stylesheet from elsewhere.
    resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
  },
} satisfies Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
