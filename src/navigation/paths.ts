/**
 * Site paths under the configured base path. No build-time dependency here, so the browser's islands can
 * use it too (base-links.ts, the Markdown plugin, builds on it).
 */

/** Prefixes a root-relative path with `base`; leaves other links (external, relative, anchors) alone. */
export function prefixBase(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return prefix + href;
}

/** A root-relative site path (`/phu-luc-1/`) as a link that works under the configured base path. */
export function withBase(path: string): string {
  return prefixBase(path, import.meta.env.BASE_URL);
}
