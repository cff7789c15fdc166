/** Links that open a simulator page in a given mode (`?che-do=kiem-tra`), e.g. from the practice hub. */
import type { Mode } from './engine/types';

/** The query parameter naming the mode. */
export const MODE_PARAM = 'che-do';

/** Each mode's value of `MODE_PARAM`: Vietnamese, without accents, as in the site's slugs. */
export const modeSlugs: Record<Mode, string> = {
  demo: 'xem-minh-hoa',
  guided: 'huong-dan',
  practice: 'thuc-hanh',
  test: 'kiem-tra',
};

export function modeFromSlug(slug: string | null): Mode | null {
  const found = Object.entries(modeSlugs).find(([, value]) => value === slug);
  return found ? (found[0] as Mode) : null;
}
