import { expect, test } from './support/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtPagePaths } from '../../scripts/built-pages.mjs';
import { SUBFOLDER_BASE, SUBFOLDER_SITE_URL } from './support/sites';

// Canonical links, og:url and the sitemap tell search engines and chat apps where a page lives. They are
// written only when SITE_URL gives the public address; a guessed one (localhost) would send readers nowhere.
// These checks read the builds on disk, so they need no browser.

const read = (outDir: string, file: string) =>
  readFileSync(new URL(`../../${outDir}/${file}`, import.meta.url), 'utf8');

/** The page's address as each tag states it. */
function statedAddresses(html: string) {
  return {
    canonical: [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((match) => match[1]),
    ogUrl: [...html.matchAll(/<meta property="og:url" content="([^"]*)"/g)].map((match) => match[1]),
    sitemapLink: /<link rel="sitemap"/.test(html),
  };
}

/** Checks that every page states `address(path)` as its address, or states none when the build has no SITE_URL. */
function expectAddresses(outDir: string, address: ((path: string) => string) | undefined) {
  for (const path of builtPagePaths(outDir)) {
    const stated = address ? [address(path)] : [];
    expect(statedAddresses(read(outDir, `${path}index.html`)), `/${path}`).toEqual({
      canonical: stated,
      ogUrl: stated,
      sitemapLink: Boolean(address),
    });
  }
}

test('the default build states no address: no canonical, no og:url, no sitemap, no localhost anywhere', () => {
  // `npm test` builds dist/ with whatever SITE_URL the shell has: normally none.
  const siteUrl = process.env.SITE_URL;
  expectAddresses('dist', siteUrl ? (path) => new URL(path, siteUrl).href : undefined);
  expect(statedAddresses(read('dist', '404.html')).sitemapLink).toBe(Boolean(siteUrl));
  expect(existsSync(new URL('../../dist/sitemap-index.xml', import.meta.url))).toBe(Boolean(siteUrl));
  const files = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true, encoding: 'utf8' });
  const textFiles = files.filter((file) => /\.(html|xml|txt|json|js|css)$/.test(file));
  expect(textFiles.filter((file) => read('dist', file).includes('localhost'))).toEqual([]);
});

test('a build with SITE_URL states each page at its public address, and its sitemap lists every page', () => {
  const outDir = 'dist-subfolder';
  const address = (path: string) => `${SUBFOLDER_SITE_URL}${SUBFOLDER_BASE}${path}`;
  expectAddresses(outDir, address);
  expect(read(outDir, 'sitemap-index.xml')).toContain(`<loc>${address('sitemap-0.xml')}</loc>`);
  const listed = [...read(outDir, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(listed.sort()).toEqual(builtPagePaths(outDir).map(address).sort());
});
