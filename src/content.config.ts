import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Editors' pages sit in the top-level content/ folder, not Starlight's default src/content/docs.
// Starlight's UI strings in Vietnamese are injected from src/translations/ (see astro.config.mjs).
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }), schema: docsSchema() }),
};
