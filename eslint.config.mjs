// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Logic modules (the engine, the runtimes, storage, files) are plain TypeScript that any UI could drive: no
 * Preact, no components.
 * @type {import('eslint').Linter.RulesRecord}
 */
const noUiInCore = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['preact', 'preact/*', '@nanostores/preact'],
          message: 'Logic modules hold no UI: keep Preact in components (ui/, components/, the scenarios’ screens).',
        },
        {
          group: ['**/ui/*', '**/screens', '**/*.tsx'],
          message: 'Logic modules must not depend on components.',
        },
      ],
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results*/',
      'playwright-report/',
      'scratch/',
      'screenshots/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests build deliberately malformed files and saved states by mutating parsed JSON, where `any` is the point.
    files: ['**/*.spec.ts', 'tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Everything that decides, stores or writes files: tested without a DOM, so it may not lean on components.
    files: [
      'src/simulator/engine/**',
      'src/simulator/runtime/**',
      'src/storage/**',
      'src/download/**',
      'src/result-file/**',
      'src/personal-data/**',
      'src/hidden-characters/**',
      'src/aggregate/*.ts',
      'src/aggregate/ui/actions.ts',
      'src/aggregate/ui/state.ts',
      'src/assessment/*.ts',
    ],
    rules: noUiInCore,
  },
);
