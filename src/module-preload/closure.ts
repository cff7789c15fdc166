/**
 * Which modules a page will need as soon as it runs, so that it can ask for all of them at once
 * (`<link rel="modulepreload">`) instead of discovering them one import level at a time: an island's code
 * is named only in an attribute of its `<astro-island>`, which the browser's preload scanner does not read,
 * and each chunk it imports is found only once the chunk before it has arrived (issue 16: three round trips
 * of 150 ms before a simulator could start on a phone network).
 */

/** The islands that start at once (`client:load`, `client:idle`, `client:only`), not those that wait. */
const EAGER_ISLAND = /<astro-island\b[^>]*\bclient="(?:load|idle|only)"[^>]*>/g;
const ISLAND_MODULE = /\b(?:component-url|renderer-url)="([^"]+)"/g;
const PAGE_MODULE = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
/** A bundled chunk's static imports and re-exports (`import{a}from"./x.js"`, `import"./y.js"`); not `import(…)`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{][^"'`;()]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/**
 * What a component writes where it knows, at build time, a module its island will import as soon as it
 * starts (a dynamic import, which no static closure can see): `<link rel="modulepreload"
 * data-preload-source="src/…">`, naming the module by its source path, since its built name is not known yet.
 */
export const PRELOAD_SOURCE_ATTRIBUTE = 'data-preload-source';
const PRELOAD_SOURCE = new RegExp(`<link rel="modulepreload" ${PRELOAD_SOURCE_ATTRIBUTE}="([^"]+)"\\s*/?>`, 'g');

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

/**
 * The modules a page's HTML starts: its eager islands' component and renderer, its module scripts, and the
 * source paths of the modules its components said would be imported at once.
 */
export function pageEntryModules(html: string): { islands: string[]; scripts: string[]; sources: string[] } {
  const islands = [...html.matchAll(EAGER_ISLAND)].flatMap(([tag]) => matches(tag, ISLAND_MODULE));
  return {
    islands: [...new Set(islands)],
    scripts: [...new Set(matches(html, PAGE_MODULE))],
    sources: [...new Set(matches(html, PRELOAD_SOURCE))],
  };
}

/** The static imports of one built chunk, as URLs resolved against the chunk's own URL. */
export function staticImports(code: string, url: string): string[] {
  return matches(code, STATIC_IMPORT).map((specifier) => new URL(specifier, new URL(url, 'http://site')).pathname);
}

/**
 * Every module reachable from `entries` by static imports (dynamic ones load later, on demand), entries
 * included, in the order found. `read` gives a built chunk's code by its URL path, or null if not built here.
 */
export function staticClosure(entries: string[], read: (url: string) => string | null): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const code = read(url);
    if (code === null) return;
    seen.add(url);
    for (const imported of staticImports(code, url)) visit(imported);
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * The page with a modulepreload link before `</head>` for each module it needs at once that it does not already
 * name, and without the components' source-path requests, replaced by the built modules they name. `builtUrl`
 * gives the URL a source module was built to; one it does not know fails the build, as a preload silently
 * lost would only show as a slower phone.
 */
export function withModulePreloads(
  html: string,
  read: (url: string) => string | null,
  builtUrl: (source: string) => string | undefined = () => undefined,
): string {
  const { islands, scripts, sources } = pageEntryModules(html);
  const requested = sources.map((source) => {
    const url = builtUrl(source);
    if (url === undefined) throw new Error(`module-preload: no built module for ${source}`);
    return url;
  });
  const named = new Set(scripts);
  const needed = staticClosure([...islands, ...scripts, ...requested], read).filter((url) => !named.has(url));
  const page = html.replace(PRELOAD_SOURCE, '');
  if (needed.length === 0) return page;
  const links = needed.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return page.replace('</head>', `${links}</head>`);
}
