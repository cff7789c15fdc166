/**
 * How the build groups code and styles into files, so that a page asks for few of them. On a phone network
 * each file costs a round trip of its own once the browser's six connections are busy: left to the bundler,
 * a simulator page fetched 19 scripts (one for every combination of islands that shares a module) and waited
 * for 7 style sheets before its first paint, a guide page for 4 (issue 16). Grouped, they are 12 scripts and
 * 3 sheets, and 2 sheets. Only the files change: the same code and rules reach the same pages, and the
 * byte-budget test holds what each page weighs.
 */
import type { Rolldown } from 'vite';

type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

const separator = String.raw`[\\/]`;
const under = (...folders: string[]) => new RegExp(folders.map((folder) => separator + folder).join('') + separator);

/**
 * The browser's chunks. Every island runs on Preact, nanostores and zod, so those are one file, loaded once
 * for the whole site. The project's own modules that several islands share are grouped by the islands that
 * use them (`entriesAware`), small groups merged into their nearest neighbour, so a page gets a few files of
 * what it uses instead of one per combination.
 */
export function clientChunkGroups(): CodeSplittingGroup[] {
  return [
    { name: 'runtime', test: under('node_modules', '(?:preact|nanostores|@nanostores|zod)'), priority: 2 },
    {
      name: 'shared',
      // The live-slide attribute is all the decks' own script takes from the simulator: merged into a group,
      // it would bring the simulator's runtime into every deck's first load.
      test: (id) => under('src').test(id) && !id.endsWith('/simulator/open-at.ts'),
      minShareCount: 2,
      tags: ['$initial'],
      entriesAware: true,
      entriesAwareMergeThreshold: 16 * 1024,
      priority: 1,
    },
  ];
}

/**
 * The pages' style sheets, which follow the server build's chunks. All of Starlight's styles and the site's
 * own (`customCss`) are on every guide page: one sheet. Starlight's theme script and its icons, which the
 * trainer decks also use, stay a small sheet of their own, so a deck does not fetch the guides' styles. The
 * simulator's styles (its frame and both portals) are one sheet, on every page that can show it.
 */
export function pageStyleGroups(customCss: readonly string[]): CodeSplittingGroup[] {
  const siteCss = customCss.map((path) => path.replace(/^\.\//, '/'));
  const starlight = under('node_modules', '@astrojs', 'starlight');
  return [
    {
      name: 'starlight-theme',
      test: /[\\/]@astrojs[\\/]starlight[\\/].*[\\/](?:Icon|ThemeProvider)\.astro/,
      priority: 3,
    },
    {
      name: 'starlight',
      test: (id) => starlight.test(id) || siteCss.some((path) => id.endsWith(path)),
      priority: 2,
    },
    { name: 'simulator', test: under('src', 'simulator'), priority: 1 },
  ];
}
