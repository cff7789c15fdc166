import { describe, expect, it } from 'vitest';
import { pageEntryModules, staticClosure, staticImports, withModulePreloads } from './closure';

const chunks: Record<string, string> = {
  '/_astro/Island.js': 'import{a as e}from"./hooks.js";import"./side.js";const p=()=>import("./parts.js");',
  '/_astro/hooks.js': 'import{r as f}from"./preact.js";export{f as a}',
  '/_astro/preact.js': 'var x=1;export{x as r}',
  '/_astro/side.js': 'export{}',
  '/_astro/parts.js': 'import{r}from"./preact.js"',
  '/_astro/client.js': 'import{r}from"./preact.js"',
  '/_astro/page.js': 'import{t}from"./helper.js"',
  '/_astro/helper.js': 'export{}',
  '/_astro/Later.js': 'import"./later-dep.js"',
};
const read = (url: string) => chunks[url] ?? null;

const page = [
  '<html><head><script type="module" src="/_astro/page.js"></script></head><body>',
  '<astro-island uid="a" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" client="load"></astro-island>',
  '<astro-island uid="b" component-url="/_astro/Later.js" renderer-url="/_astro/client.js" client="visible"></astro-island>',
  '</body></html>',
].join('');

describe('module preloads', () => {
  it('reads the static imports of a minified chunk, not its dynamic ones', () => {
    expect(staticImports(chunks['/_astro/Island.js']!, '/_astro/Island.js')).toEqual([
      '/_astro/hooks.js',
      '/_astro/side.js',
    ]);
  });

  it('starts from the islands that load at once and the module scripts, not those that wait to be seen', () => {
    expect(pageEntryModules(page)).toEqual({
      islands: ['/_astro/Island.js', '/_astro/client.js'],
      scripts: ['/_astro/page.js'],
      sources: [],
    });
  });

  it('follows static imports to the end, each module once', () => {
    expect(staticClosure(['/_astro/Island.js', '/_astro/client.js'], read)).toEqual([
      '/_astro/Island.js',
      '/_astro/hooks.js',
      '/_astro/preact.js',
      '/_astro/side.js',
      '/_astro/client.js',
    ]);
  });

  it('links every module needed at once in the head, except the scripts the page already names', () => {
    const html = withModulePreloads(page, read);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
    expect(links).toEqual([
      '/_astro/Island.js',
      '/_astro/hooks.js',
      '/_astro/preact.js',
      '/_astro/side.js',
      '/_astro/client.js',
      '/_astro/helper.js',
    ]);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('preloads a module a component said its island imports at once, with its imports, in place of the request', () => {
    const asking = page.replace(
      '<astro-island uid="a"',
      '<link rel="modulepreload" data-preload-source="src/scenarios/a/parts.ts"><astro-island uid="a"',
    );
    const built = (source: string) => (source === 'src/scenarios/a/parts.ts' ? '/_astro/parts.js' : undefined);
    const html = withModulePreloads(asking, read, built);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
    expect(links).toContain('/_astro/parts.js');
    expect(links.filter((url) => url === '/_astro/preact.js')).toHaveLength(1);
    expect(html).not.toContain('data-preload-source');
  });

  it('fails the build for a requested module that was not built, rather than drop the preload unseen', () => {
    const asking = page.replace('</body>', '<link rel="modulepreload" data-preload-source="src/gone.ts"></body>');
    expect(() => withModulePreloads(asking, read, () => undefined)).toThrow('src/gone.ts');
  });

  it('leaves a page with nothing to start unchanged', () => {
    const plain = '<html><head></head><body><p>Đọc</p></body></html>';
    expect(withModulePreloads(plain, read)).toBe(plain);
  });
});
