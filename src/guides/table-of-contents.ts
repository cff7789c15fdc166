import type { GuideStep } from './schema';

/** One entry of Starlight's "Trên trang này" list (the shape of its `TocItem`). */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * The guide pages' section headings (content/docs/phu-luc-*.mdx) under which the steps are drawn: the
 * numbered steps under "Cách thực hiện", the final check under "Kiểm tra kết quả".
 */
export const stepSections = { steps: 'cách-thực-hiện', check: 'kiểm-tra-kết-quả' } as const;

/** The final check is the step the guide files give the id `p1-kt` / `p2-kt`. */
const isFinalCheck = (step: GuideStep) => step.id.endsWith('-kt');

/** The heading text of a step as the page shows it, "Bước 3: Cập nhật từ CSDL Quốc gia về Dân cư". */
export const stepHeading = (step: GuideStep) => `${step.label}: ${step.title}`;

/**
 * Adds a guide's steps to the page's table of contents. Starlight lists only the MDX headings, and each
 * step's heading comes from a component (GuideStep.astro), so without this "Trên trang này" would show
 * three sections of a page 20,000 px long. A section heading that is missing stops the build: the steps
 * would silently vanish from the list otherwise.
 */
export function withGuideSteps(items: readonly TocEntry[], steps: readonly GuideStep[], page: string): TocEntry[] {
  const toEntry = (step: GuideStep): TocEntry => ({ depth: 3, slug: step.id, text: stepHeading(step), children: [] });
  const bySection: Partial<Record<string, TocEntry[]>> = {
    [stepSections.steps]: steps.filter((step) => !isFinalCheck(step)).map(toEntry),
    [stepSections.check]: steps.filter(isFinalCheck).map(toEntry),
  };
  for (const [slug, entries] of Object.entries(bySection)) {
    if (entries && entries.length > 0 && !items.some((item) => item.slug === slug)) {
      throw new Error(`${page}: thiếu tiêu đề mục có mã "${slug}" để liệt kê các bước trong "Trên trang này".`);
    }
  }
  return items.map((item) => {
    const added = bySection[item.slug];
    return added ? { ...item, children: [...item.children, ...added] } : item;
  });
}
