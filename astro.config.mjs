// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { modulePreload } from './src/module-preload/integration.ts';
import { clientChunkGroups, pageStyleGroups } from './src/module-preload/chunk-groups.ts';
import { accentInsensitiveSearch } from './src/search/integration.ts';
import { offlinePrecache } from './src/offline/service-worker.ts';
import { sidebar } from './src/navigation/sidebar.ts';
import { baseLinksPlugin } from './src/navigation/base-links.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { loadOrganisation } from './src/organisation/schema.ts';
import { readFileSync } from 'node:fs';

/**
 * The site often lives in a subfolder of the centre's web site (e.g. `/dvc/`), so the base path and
 * the public address come from the environment at build time; `npm start` uses neither.
 */
const base = process.env.SITE_BASE ?? '/';
const outDir = process.env.SITE_OUT_DIR ?? './dist';
/**
 * Only a known public address goes into canonical links, og:url and the sitemap: a guessed one (such as
 * localhost) would point search engines and shared links at a machine nobody else can reach. Without
 * it Starlight leaves those tags out and the sitemap integration skips (it says so in one warning).
 */
const site = process.env.SITE_URL || undefined;

/** The site's title names the centre as it is called today (content/organisation.yaml, `current`). */
const { current: centre } = loadOrganisation(
  readFileSync(new URL('./content/organisation.yaml', import.meta.url), 'utf8'),
);

/** The site's own styles, on every guide page (Starlight's `customCss`). */
const customCss = [
  './src/styles/theme.css',
  './src/styles/card-table.css',
  './src/styles/buttons.css',
  './src/styles/print.css',
  './src/offline/offline.css',
];

/**
 * Astro wraps every MDX page in a module of its own that starts with "use astro:head-inject"; the bundler
 * drops such directives and warns once per page (15 lines no editor can act on). Astro recognises those
 * modules by their `?astroPropagatedAssets` id while transforming, before bundling, so nothing is lost.
 * Only that Astro-written directive is hushed: every other warning, ours or a dependency's, still shows.
 * Set per environment (configEnvironment), since Astro gives its server builds their own bundler options.
 * @type {import('vite').Plugin}
 */
const quietAstroHeadInjectWarnings = {
  name: 'quiet-astro-head-inject-warnings',
  configEnvironment: () => ({
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  }),
};

export default defineConfig({
  ...(site && { site }),
  base,
  outDir,
  trailingSlash: 'ignore',
  // No page shows code, and Shiki's inline styles would need a looser CSP.
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }), syntaxHighlight: false },
  // Prefetching every link on hover costs readers on slow connections requests they did not ask for.
  prefetch: false,
  // Inline <style> elements would need a hash each in the Content-Security-Policy: link every stylesheet.
  build: { inlineStylesheets: 'never' },
  security: { csp: contentSecurityPolicy },
  integrations: [
    starlight({
      title: `Dịch vụ công – ${centre.shortName}`,
      description: `Tập huấn sử dụng dịch vụ công trực tuyến, tài khoản VNeID mức độ 2 và tái sử dụng kết quả số hóa cho viên chức, người lao động ${centre.shortName}.`,
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      markdown: { processedDirs: ['./content/docs'] },
      // The index is built by our own integration below, which folds đ/Đ so queries typed without it match.
      pagefind: false,
      components: { Search: './src/search/Search.astro' },
      customCss,
      // Lets Android add the site to the home screen (the manifest's addresses are relative: any base).
      head: [{ tag: 'link', attrs: { rel: 'manifest', href: `${base.replace(/\/?$/, '/')}manifest.webmanifest` } }],
      sidebar,
      // Each guide step in its page's "Trên trang này" (the steps' headings come from a component).
      routeMiddleware: './src/guides/route-middleware.ts',
      lastUpdated: false,
      // content/docs/404.md is a docs page, so Starlight's page route already builds it as 404.html;
      // its own 404 route would build the same page a second time (Astro warns "Could not render /404").
      disable404Route: true,
      pagination: true,
    }),
    preact(),
    // Before the search and offline integrations: they index and precache the pages it completes.
    modulePreload(),
    accentInsensitiveSearch(),
    // After the search integration: the service worker precaches the Pagefind index it writes.
    offlinePrecache(),
  ],
  vite: {
    plugins: [quietAstroHeadInjectWarnings],
    // Fewer, larger files per page (see chunk-groups.ts): each costs a phone a round trip.
    environments: {
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: pageStyleGroups(customCss) } } } } },
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: clientChunkGroups() } } } } },
    },
    resolve: {
      alias: [
        {
          // Starlight's search loads Pagefind's UI by this exact name at idle on every page; ours fetches it
          // only when the reader reaches for search, and wraps it to fold the query.
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/search/search-on-demand.ts', import.meta.url)),
        },
      ],
    },
  },
});
