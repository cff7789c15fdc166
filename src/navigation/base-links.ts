/**
 * Authors write internal links root-relative (`/phu-luc-1/`), as if the site sat at the root of its
 * host. It often sits in a subfolder (`/dvc/`), so links in Markdown and MDX get the base path
 * prepended at build time, and components use `withBase()`.
 */
import { defineHastPlugin } from 'satteri';
import { prefixBase } from './paths';

export { prefixBase };

/** A Sätteri hast plugin applying `prefixBase` to every link in Markdown and MDX content. */
export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        const prefixed = prefixBase(href, base);
        if (prefixed === href) return;
        return { ...node, properties: { ...node.properties, href: prefixed } };
      },
    },
  });
}
