import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// One-way imports (STYLE.md): app → features → components/lib/store → data → domain.
// domain is pure: it may not import React, ECharts, zustand or any layer above it.
const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  // Tests may load the shipped dataset through src/data/testing; the layering is about product code.
  ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/**`, `**/${f}`],
          message: `${from} must not import ${f}`,
        })),
      },
    ],
  },
});

const HASH_MESSAGE =
  'write links with href (src/lib/route/href.ts), the one place the URL contract is spelled out';
const NO_HAND_WRITTEN_HASH = [
  { selector: 'Literal[value=/#\\u002F/]', message: HASH_MESSAGE },
  { selector: 'TemplateElement[value.raw=/#\\u002F/]', message: HASH_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist', 'tmp', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  {
    files: ['e2e/fixtures/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer('domain', ['app', 'features', 'components', 'store', 'data', 'lib', 'react', 'echarts', 'zustand']),
  layer('data', ['app', 'features', 'components', 'store', 'lib']),
  layer('store', ['app', 'features', 'components']),
  layer('lib', ['app', 'features', 'store']),
  layer('components', ['app', 'features']),
  {
    // The URL contract is written in one place (src/lib/route): links come from href.ts, not a hand-written hash.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/route/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HAND_WRITTEN_HASH] },
  },
  {
    // A view navigates through lib/route/navigate.ts (navigate), so a locked embed can keep it on its view.
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      // Repeats the rule above: a later no-restricted-syntax replaces an earlier one, it does not add to it.
      'no-restricted-syntax': [
        'error',
        ...NO_HAND_WRITTEN_HASH,
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='hash']",
          message: 'navigate with navigate (src/lib/route/navigate.ts), which respects an embed lock',
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'features must not import app' },
            { regex: '^\\.\\./(?!\\.)', message: 'features never import each other' },
            { regex: '/features/', message: 'features never import each other' },
          ],
        },
      ],
    },
  },
);
