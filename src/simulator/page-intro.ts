/**
 * A simulator page's opening paragraph (the registry's `page.intro`) as HTML: the guides' inline markup
 * (`**bold**`, https addresses) plus links inside the site, `[Phụ lục 1](/phu-luc-1/)`, which get the
 * base path as links in the content pages do.
 */
import { renderInline } from '../guides/inline';
import { prefixBase } from '../navigation/base-links';

export function renderIntro(text: string, base: string): string {
  return renderInline(text).replace(
    /\[([^\]]+)\]\((\/[^)\s]*)\)/g,
    (_, label: string, path: string) => `<a href="${prefixBase(path, base)}">${label}</a>`,
  );
}
