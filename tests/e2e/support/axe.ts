import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules of WCAG 2.2 levels A and AA, the bar every page of the site is held to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What axe finds on the page (or inside `include`), one line per rule with the elements it names,
 * prefixed by `label`: an empty list is a pass, and a failure says where to look.
 */
export async function axeViolations(page: Page, label: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${label}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
