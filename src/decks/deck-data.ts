/**
 * The decks as the pages build them: the facts only content/docs knows (page titles and descriptions,
 * read through astro:content) joined to the rest of content/. Only .astro frontmatter imports this.
 */
import { getEntry } from 'astro:content';
import { buildAssessmentContent } from '../assessment/content';
import { scenarios } from '../simulator/scenarios';
import { loadScenario } from '../simulator/scenarios/load';
import { buildDecks, type Deck, type PageFacts } from './decks';

async function pageData(slug: string) {
  const entry = await getEntry('docs', slug);
  if (!entry) throw new Error(`Trình chiếu: không có trang content/docs/${slug}.mdx`);
  return entry.data;
}

export async function loadDecks(): Promise<Deck[]> {
  const directive = await pageData('cong-van');
  const selfAssessment = await pageData('tu-danh-gia');
  const built = await Promise.all(
    scenarios.map(async ({ id }) => [id, (await loadScenario(id)).source.build('guided', 0)] as const),
  );
  return buildDecks({
    scenarios: Object.fromEntries(built) as PageFacts['scenarios'],
    directiveTitle: directive.title,
    selfAssessmentDescription: selfAssessment.description ?? selfAssessment.title,
    checklist: buildAssessmentContent().checklist,
  });
}
