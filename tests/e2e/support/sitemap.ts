import { readFileSync } from 'node:fs';

/**
 * Paths of every page in a build's sitemap, relative to the site's base (e.g. "", "cong-van/").
 * Read from disk so the list is the one the build published, not one kept by hand.
 */
export function sitemapPaths(outDir = 'dist'): string[] {
  const xml = readFileSync(new URL(`../../../${outDir}/sitemap-0.xml`, import.meta.url), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  if (urls.length === 0) throw new Error(`No page in ${outDir}/sitemap-0.xml`);
  const base = urls.reduce(
    (shortest, url) => (url.pathname.length < shortest.length ? url.pathname : shortest),
    urls[0]!.pathname,
  );
  return urls.map((url) => url.pathname.slice(base.length));
}
