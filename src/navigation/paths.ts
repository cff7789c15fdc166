import { prefixBase } from './base-links';

/** A root-relative site path (`/phu-luc-1/`) as a link that works under the configured base path. */
export function withBase(path: string): string {
  return prefixBase(path, import.meta.env.BASE_URL);
}
