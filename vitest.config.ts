/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code they test (`*.spec.ts` under src/); browser tests live in tests/e2e.
export default getViteConfig({
  test: {
    include: ['src/**/*.spec.ts'],
  },
});
