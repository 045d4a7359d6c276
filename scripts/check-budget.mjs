#!/usr/bin/env node
// npm run check-budget — fails (exit 1) when the built site exceeds its performance budget (run after `vite build`):
//   JavaScript needed for the first view ≤ 120 KB gzip: the entry script, the chunks every first view loads
//   (ALWAYS_LOADED: the app, imported by src/boot.ts after the first paint, and the data validators, imported by
//   src/data/load.ts) and everything those import statically — lazy views and charts not,
//   all JavaScript ≤ 320 KB gzip, the 2023 dataset ≤ 60 KB gzip.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const KB = 1024;
const BUDGET = { firstView: 120 * KB, allJs: 320 * KB, dataset: 60 * KB };
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
const allJs = jsFiles.reduce((n, f) => n + gz(join(dist, f)), 0);
const dataset = gz(join(dist, 'data/weifang-big-data-bureau-2023.json'));

const rows = [
  ['first-view JavaScript', firstView, BUDGET.firstView, firstViewFiles.join(', ')],
  ['all JavaScript', allJs, BUDGET.allJs, `${jsFiles.length} files`],
  ['2023 dataset', dataset, BUDGET.dataset, 'data/weifang-big-data-bureau-2023.json'],
];
let failed = false;
for (const [name, size, budget, what] of rows) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? '✓' : '✗'} ${name}: ${(size / KB).toFixed(1)} KB gzip (budget ${(budget / KB).toFixed(0)} KB) — ${what}`,
  );
}
process.exit(failed ? 1 : 0);
