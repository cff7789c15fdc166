import type { StarlightPlugin } from '@astrojs/starlight/types';
import vi from './vi.json' with { type: 'json' };

/**
 * Starlight's own UI strings in Vietnamese (search box, pagination…), one JSON per language as Starlight
 * keeps them. Injected by a plugin so the strings can live with the code instead of in `src/content/i18n`,
 * the only folder Starlight's i18n collection reads.
 */
export const uiTranslations = (): StarlightPlugin => ({
  name: 'ui-translations',
  hooks: {
    // Starlight requires this hook of every plugin; this one changes no configuration.
    'config:setup'() {},
    'i18n:setup'({ injectTranslations }) {
      injectTranslations({ vi });
    },
  },
});
