#!/usr/bin/env node
// npm run check-budget — fails (exit 1) when the built site exceeds its performance budget (run after `vite build`):
//   JavaScript needed for the first view ≤ 121 KB gzip (120 until issue 14: its route module — typed link builders,
//   each view's zod/mini query schema, read before the first view renders — and its table shell made 122.2 KB;
//   the overview's table twin, shown only on request, now loads with the reading views: 120.7): the entry script, the chunks every first view loads
//   (ALWAYS_LOADED: the app, imported by src/boot.ts after the first paint, and the data validators, imported by
//   src/data/load.ts) and everything those import statically — lazy views and charts not,
//   the reading views' JavaScript (everything but the import parts) ≤ 342 KB gzip (339 until issue 14's route module
//   and the table shell whose columns build each table's CSV from its data, +2.7 KB; 335 until issue 13's presenter
//   slides and phone lists: the takeaway sentences in both languages, the slide marks, the source overlay, the
//   compact project and indicator rows and the folded filters, +3 KB; 320 until the import view: its
//   route, the PDF-page source links and the imported-dataset state added 1.3 KB to the app chunk; 325 until issues
//   11–12: the reconciliation report in both languages +3.2 KB, the not-published notices, the as-printed table,
//   the year chart, the execution view and the catalog at scale ≈ +7 KB), the 2023 dataset ≤ 62 KB gzip (60 until the
//   independent audit of issue 13 added 31 corrections and 15 damage marks, each with its evidence: +0.9 KB);
//   and, each fetched only when used: what an import loads (its Worker: pdf.js and the importer) and what the PDF
//   page viewer of an imported figure loads (pdf.js's display build and its worker), ≤ 600 KB gzip each.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;
const BUDGET = {
  firstView: 121 * KB,
  allJs: 342 * KB,
  dataset: 62 * KB,
  importer: 600 * KB,
  pdfPage: 600 * KB,
};
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// Vite's manifest (build.manifest) names each chunk's static and dynamic imports.
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const ALWAYS_LOADED = ['main', 'validators']; // chunk names (vite.config.ts groups the app's modules as "main")
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const byName = (name) => {
  const key = Object.keys(manifest).find((k) => manifest[k].name === name);
  if (!key) throw new Error(`check-budget: no chunk named ${name} in the manifest (renamed?)`);
  return key;
};
const firstViewKeys = new Set();
const visit = (key) => {
  if (firstViewKeys.has(key)) return;
  if (!manifest[key]) throw new Error(`check-budget: no chunk ${key} in the manifest (renamed?)`);
  firstViewKeys.add(key);
  for (const k of manifest[key].imports ?? []) visit(k);
};
[entry, ...ALWAYS_LOADED.map(byName)].forEach(visit);
const firstViewFiles = [...firstViewKeys].map((k) => manifest[k].file);
const jsFiles = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const firstView = firstViewFiles.reduce((n, f) => n + gz(join(dist, f)), 0);
// The on-demand import parts, by the names their modules give them: the import view, its Worker
// (src/import/browser/import-worker.ts), the imported dataset's data view and their strings; the page viewer
// (src/features/import/render-pdf-page.ts) and pdf.js's worker.
const IMPORTER = /^assets\/(import-worker|ImportView|ImportedDataView|ImportedBanner|late-strings)-/;
const PDF_PAGE = /^assets\/(render-pdf-page|pdf\.worker\.min)-/;
const sizeOf = (re) => jsFiles.filter((f) => re.test(f)).reduce((n, f) => n + gz(join(dist, f)), 0);
const namesOf = (re) => jsFiles.filter((f) => re.test(f)).join(', ') || '(none: renamed?)';
const readingFiles = jsFiles.filter((f) => !IMPORTER.test(f) && !PDF_PAGE.test(f));
const allJs = readingFiles.reduce((n, f) => n + gz(join(dist, f)), 0);
const dataset = gz(join(dist, 'data/weifang-big-data-bureau-2023.json'));

const rows = [
  ['first-view JavaScript', firstView, BUDGET.firstView, firstViewFiles.join(', ')],
  ['reading views JavaScript', allJs, BUDGET.allJs, `${readingFiles.length} files`],
  ['import view and Worker (on the 导入 view)', sizeOf(IMPORTER), BUDGET.importer, namesOf(IMPORTER)],
  ['PDF page viewer (imported figures)', sizeOf(PDF_PAGE), BUDGET.pdfPage, namesOf(PDF_PAGE)],
  ['2023 dataset', dataset, BUDGET.dataset, 'data/weifang-big-data-bureau-2023.json'],
];
let failed = false;
for (const [name, size, budget, what] of rows) {
  const ok = size > 0 && size <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? '✓' : '✗'} ${name}: ${(size / KB).toFixed(1)} KB gzip (${size} B) (budget ${(budget / KB).toFixed(0)} KB) — ${what}`,
  );
}
process.exit(failed ? 1 : 0);
