/**
 * npm run city-site -- [dir] — the built dashboard (dist/, run `npm run build` first) on a SYNTHETIC catalog of a
 * city's 1,000 department-years (scripts/synthetic-catalog.ts), for the catalog benchmark (default dir:
 * tmp/city-site). Each entry has a stand-in dataset so that its links open: the 2023 bureau budget relabelled
 * (department, year, scope; its figures are the bureau's, not the entry's summary). Writes only into that
 * directory — never into public/ or dist/ — and the result is never to be committed or published.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalog, CatalogEntry } from '../src/data/schema-catalog';
import { syntheticCatalog } from './synthetic-catalog';

const root = resolve(import.meta.dirname, '..');

/** The bureau's dataset as the entry's: its 三公 table's columns are named by year (total2022, total2023). */
function standIn(template: string, e: CatalogEntry): string {
  const d = JSON.parse(template);
  const sangong = JSON.stringify(d.tables.sangong)
    .replaceAll(String(d.year - 1), '\u0000')
    .replaceAll(String(d.year), String(e.year))
    .replaceAll('\u0000', String(e.year - 1));
  return JSON.stringify({
    ...d,
    id: e.id,
    department: e.department,
    year: e.year,
    kind: e.kind,
    scope: e.scope,
    source: { ...d.source, title: e.sourceTitle, note: 'SYNTHETIC: 合成数据,非真实预算' },
    tables: { ...d.tables, sangong: JSON.parse(sangong) },
    // Nothing the catalog views read; left out to keep 1,000 files small.
    performance: [],
    corrections: [],
  });
}

/** Why `dir` may not take a synthetic site (it is emptied first: never the repository, its data, build or code). */
export function siteDirProblem(dir: string): string | null {
  const out = resolve(dir);
  const inside = (parent: string, child: string) => !relative(parent, child).startsWith('..');
  return inside(out, root) || ['public', 'dist', 'src'].some((f) => inside(join(root, f), out))
    ? `${out}: a synthetic site is written under tmp/, never into public/, dist/ or src/`
    : null;
}

export function writeCitySite(dir: string): Catalog {
  const out = resolve(dir);
  const problem = siteDirProblem(out);
  if (problem) throw new Error(problem);
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('no build: run `npm run build` first');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, 'dist'), out, { recursive: true });
  const data = join(out, 'data');
  // The real bundled dataset is not part of the synthetic city.
  rmSync(join(data, 'weifang-big-data-bureau-2023.json'));
  const catalog = syntheticCatalog();
  const template = readFileSync(join(root, 'public/data/weifang-big-data-bureau-2023.json'), 'utf8');
  for (const e of catalog.datasets) writeFileSync(join(data, e.file), standIn(template, e));
  // Minified, as the build serves data files (vite.config.ts); the repository keeps them indented.
  writeFileSync(join(data, 'catalog.json'), JSON.stringify(catalog));
  return catalog;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? join(root, 'tmp', 'city-site');
  const catalog = writeCitySite(dir);
  console.log(`${dir}: a synthetic catalog of ${catalog.datasets.length} department-years`);
}
