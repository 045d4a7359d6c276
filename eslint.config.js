import { relative } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// One-way imports (STYLE.md): app → features → components/lib/store → data → domain.
// domain is pure: it may not import React, ECharts, zustand or any layer above it.
const LAYERS = new Set(['app', 'features', 'components', 'store', 'data', 'lib', 'domain']);
const forbid = (from, f) =>
  LAYERS.has(f)
    ? // A relative path into the layer's folder (not a package that happens to end so, e.g. echarts/components).
      { regex: `^(\\.{1,2}/)+(.+/)?${f}(/|$)`, message: `${from} must not import ${f}` }
    : { group: [f, `${f}/**`], message: `${from} must not import ${f}` };
const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  // Tests may load the shipped dataset through src/data/testing; the layering is about product code.
  ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => forbid(from, f)),
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

/**
 * File names (STYLE.md): folders and files kebab-case, but a module of components is PascalCase .tsx and exports at
 * least one (`Layout.tsx` → `Layout`, `LoadStates.tsx` → `Loading`, `LoadFailed`); a .tsx that is mainly something
 * else (`project-columns.tsx`, `main.tsx`) stays kebab-case. Suffixes such as `.test`, `.spec`, `.d` are allowed.
 */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const fileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const path = relative(context.cwd, context.filename).split(/[\\/]/);
    const file = path.pop() ?? '';
    const [stem = '', ...suffixes] = file.split('.');
    const ext = suffixes.at(-1);
    return {
      Program(node) {
        const badFolder = path.find((folder) => !KEBAB.test(folder));
        if (badFolder) context.report({ node, message: `folder "${badFolder}" is not kebab-case` });
        if (KEBAB.test(stem)) return;
        if (!(ext === 'tsx' && PASCAL.test(stem))) {
          context.report({ node, message: `"${file}": kebab-case, or PascalCase for a component's .tsx` });
          return;
        }
        const names = node.body.flatMap((s) =>
          s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration'
            ? [
                s.declaration?.id?.name,
                ...(s.declaration?.declarations ?? []).map((d) => d.id.name),
                ...(s.specifiers ?? []).map((x) => x.exported.name),
              ]
            : [],
        );
        const isTest = suffixes.length > 1;
        if (!isTest && !names.some((n) => n && PASCAL.test(n)))
          context.report({ node, message: `"${file}" is PascalCase but exports no component` });
      },
    };
  },
};

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
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx,js,mjs}', 'e2e/**/*.{ts,js,mjs}'],
    plugins: { local: { rules: { 'file-names': fileNames } } },
    rules: { 'local/file-names': 'error' },
  },
  {
    // No import cycles in the app (value imports; `import type` is erased and cannot form one at run time).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer('domain', ['app', 'features', 'components', 'store', 'data', 'lib', 'react', 'echarts', 'zustand']),
  layer('data', ['app', 'features', 'components', 'store', 'lib']),
  layer('store', ['app', 'features', 'components']),
  layer('lib', ['app', 'features', 'store', 'components']),
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
