/**
 * How the build splits the app's JavaScript, beside the routes it serves (vite.config.ts reads this; the sizes are
 * held by `npm run check-budget`). Three kinds of chunk:
 *
 * - `main`: everything src/main.tsx imports statically (the shell, the overview, the data loading), always loaded by
 *   src/boot.ts after the first paint. The build computes it from the import graph; nothing is listed for it.
 * - `views`: the reading views (RouteView.tsx's READING_VIEWS) with the table and chart-option code they share: one
 *   chunk, fetched on the first route change or ahead of it. Listed below.
 * - each other dynamic import gets a chunk of its own where the bundler puts it: the 导入 view (pdf.js, the importer's
 *   Worker), ECharts (lib/echarts), the English strings (lib/i18n), the per-dataset caches (lib/dataset-cache,
 *   loaded in idle time), the validators, the reconciliation.
 *
 * A new view goes into READING_VIEW_FOLDERS, or into OWN_CHUNK_VIEW_FOLDERS when it must not weigh on the reading
 * views (chunks.test.ts fails on a feature folder that is in neither).
 */

/** src/features/<folder>/ of the views in the `views` chunk. */
export const READING_VIEW_FOLDERS = [
  'about',
  'catalog',
  'compare',
  'data',
  'economic',
  'execution',
  'functions',
  'glossary',
  'indicators',
  'procurement',
  'project',
  'projects',
  'sangong',
  'years',
] as const;

/** src/features/<folder>/ of the views outside it: the overview (in `main`) and the 导入 view (pdf.js). */
export const OWN_CHUNK_VIEW_FOLDERS = ['overview', 'import'] as const;

/** What else goes into the `views` chunk (paths from the project's root), unless excluded below. */
const VIEWS_CHUNK_SHARED = [
  'src/components/',
  'src/app/share/',
  'src/app/modes/',
  'src/domain/',
  'src/lib/',
  'node_modules/@tanstack/',
  'node_modules/use-sync-external-store/',
];

/** Kept out of `views`: what the loading path needs (reconciliation, the tables' ids and columns), lazy parts. */
const VIEWS_CHUNK_EXCLUDED = [
  'src/domain/reconcile/',
  'src/domain/table-ids',
  'src/domain/table-columns',
  'src/lib/echarts/',
  'src/lib/i18n/',
  'src/lib/dataset-cache/',
];

const VIEWS_CHUNK_INCLUDED = [
  ...READING_VIEW_FOLDERS.map((f) => `src/features/${f}/`),
  ...VIEWS_CHUNK_SHARED,
];

/** Whether a module (its path from the project's root, e.g. `src/features/data/DataView.tsx`) goes into `views`. */
export function inViewsChunk(path: string): boolean {
  const under = (prefix: string) => path.startsWith(prefix);
  return VIEWS_CHUNK_INCLUDED.some(under) && !VIEWS_CHUNK_EXCLUDED.some(under);
}
