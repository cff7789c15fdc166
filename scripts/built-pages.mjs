// The pages of a built site, read from its output folder, for the browser tests and the benchmark.
// The sitemap cannot serve: it is written only when SITE_URL gives the site a public address.
import { readdirSync } from 'node:fs';

/**
 * Every page of the build in `outDir`, as a path relative to the site's base ("", "cong-van/", …), sorted.
 * A page is a folder's index.html; 404.html is the answer to a missing address, not a page.
 * @param {string} outDir the build's output folder, relative to the project, e.g. "dist"
 * @returns {string[]}
 */
export function builtPagePaths(outDir) {
  const root = new URL(`../${outDir}/`, import.meta.url);
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
  if (paths.length === 0) throw new Error(`No page in ${outDir}/: build the site first (npm run build).`);
  return paths;
}
