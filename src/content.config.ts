import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import vi from './translations/vi.json' with { type: 'json' };

// Editors' pages sit in the top-level content/ folder, not Starlight's default src/content/docs.
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }), schema: docsSchema() }),
  // Starlight's own UI strings in Vietnamese (search box, pagination…) live with the code in src/translations/,
  // one entry per language as Starlight's i18n collection expects, instead of its default src/content/i18n.
  i18n: defineCollection({ loader: () => [{ id: 'vi', ...vi }], schema: i18nSchema() }),
};
