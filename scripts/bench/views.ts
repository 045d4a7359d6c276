/**
 * Every view of a dataset opened in Chromium, first visit and warm switch, desktop and 4× CPU slowdown: the bundled
 * dataset and, when ../shared/budget-corpus exists, the largest corpus dataset and the 决算 with the most table rows
 * (its execution view too), served as `npm run corpus-site` builds them. Part of `npm run bench`; alone,
 * `npm run bench:views` rewrites only its section of BENCHMARKS.md. Needs a build (npm run build) and Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Decimal from 'decimal.js';
import * as prettier from 'prettier';
import { serveSite } from './serve-site';
import { validateCatalogText } from '../../src/data/validate-catalog';
import { validateDatasetText } from '../../src/data/validate';
import type { Dataset } from '../../src/domain/model';
import { cell } from '../../src/domain/table';
import { measureViews, type ViewRoute, type ViewSamples } from './views-page';
import { measureImportActions } from './import-page';
import { fixtures } from '../../src/import/testing/corpus';

const root = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(root, '../shared/budget-corpus/pdf');
export const VIEWS_MARK = '<!-- bench:views -->';
const NEXT_MARK = '<!-- bench:catalog -->';
const GOAL = { first: 100, warm: 50, slow: 200 };
const PORT = 4199;

/** The corpus document imported on the 导入 view to time the taps after an import: the largest budget. */
const IMPORTED = 'sh-putuo-wanli-2024-dept-budget';
const IMPORT_REPS = 10;

/** The datasets measured on the corpus site: the bundled one, the largest file, the biggest 决算. */
const CORPUS_DATASETS = [
  'weifang-big-data-bureau-2023',
  'sh-putuo-wanli-2024-dept-budget',
  'sh-putuo-caizhengju-2024-dept-final',
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** The views a reader of this dataset can open (as the nav offers them), with its largest 项 and first project. */
export function viewRoutes(d: Dataset, many: boolean): ViewRoute[] {
  const items = d.tables.expenditure.rows.filter((r) => /^\d{7}$/.test(r.id));
  const largest = items.reduce<(typeof items)[number] | undefined>(
    (best, r) =>
      !best || new Decimal(cell(r, 'total') ?? 0).gt(new Decimal(cell(best, 'total') ?? 0)) ? r : best,
    undefined,
  );
  const hashes = [
    '#/functions',
    ...(largest ? [`#/functions/${largest.id}`] : []),
    '#/projects',
    ...(d.projects[0] ? [`#/projects/${d.projects[0].id}`] : []),
    '#/indicators',
    '#/sangong',
    '#/economic',
    '#/procurement',
    '#/about',
    '#/glossary',
    '#/data',
    ...(d.kind === 'final' ? ['#/execution'] : []),
    ...(many ? ['#/catalog', '#/years', '#/compare'] : []),
    '#/import',
  ];
  return [
    { name: '#/ (overview)', hash: '#/', from: '#/about' },
    ...hashes.map((hash) => ({ name: hash, hash, from: '#/' })),
  ];
}

function load(dir: string, id: string): Dataset {
  const checked = validateDatasetText(readFileSync(join(dir, 'data', `${id}.json`), 'utf8'), id);
  if (!checked.ok) throw new Error(`${dir}: ${id} is invalid`);
  return checked.dataset;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

function table(routes: readonly ViewRoute[], m: { desktop: ViewSamples; slow: ViewSamples }, over: string[]) {
  return routes.map(({ name }) => {
    const d = m.desktop[name]!;
    const s = m.slow[name]!;
    // The overview is the page a reader lands on (Lighthouse's figures above): only its warm switches count here.
    const first = name.startsWith('#/ ') ? null : d.first;
    const missed = [
      first && pct(first, 95) > GOAL.first ? `first visit p95 ${ms(pct(first, 95))}` : '',
      pct(d.warm, 95) > GOAL.warm ? `warm p95 ${ms(pct(d.warm, 95))}` : '',
      first && pct(s.first, 95) > GOAL.slow ? `4× first p95 ${ms(pct(s.first, 95))}` : '',
      pct(s.warm, 95) > GOAL.slow ? `4× warm p95 ${ms(pct(s.warm, 95))}` : '',
    ].filter(Boolean);
    if (missed.length) over.push(`${name} (${missed.join(', ')})`);
    const pair = (xs: number[] | null) => (xs ? `${ms(pct(xs, 50))} / ${ms(pct(xs, 95))}` : '—');
    return `| ${name} | ${pair(first)} | ${pair(d.warm)} | ${pair(first && s.first)} | ${pair(s.warm)} | ${missed.length ? '**not met**' : 'met'} |`;
  });
}

/** Measures every view and returns the BENCHMARKS.md section (from VIEWS_MARK on). */
export async function runViewsBench(o = { pages: 6, warm: 3 }): Promise<string> {
  const loadBefore = loadavg()[0] ?? 0;
  let dir = join(root, 'dist');
  let ids = ['weifang-big-data-bureau-2023'];
  let note = '';
  if (process.env.VIEWS_SITE) {
    // A site already written by `npm run corpus-site` (for trying a change quickly).
    dir = resolve(process.env.VIEWS_SITE);
    ids = CORPUS_DATASETS.filter((id) => existsSync(join(dir, 'data', `${id}.json`)));
  } else if (existsSync(CORPUS)) {
    dir = join(root, 'tmp', 'bench-views-site');
    console.log(`writing ${dir} (importing the corpus)…`);
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus-site.ts', dir], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('npm run corpus-site failed');
    ids = CORPUS_DATASETS;
  } else {
    note = `Only the bundled dataset was measured: ${CORPUS} is absent (it is not part of this repository).`;
    console.warn(note);
  }
  const catalog = validateCatalogText(
    readFileSync(join(dir, 'data', 'catalog.json'), 'utf8'),
    'catalog.json',
  );
  if (!catalog.ok) throw new Error(`${dir}: catalog.json is invalid`);
  const many = catalog.catalog.datasets.filter((d) => !d.synthetic).length > 1;
  const server = await serveSite(dir, PORT);
  const over: string[] = [];
  const sections: string[] = [];
  let chromium = '';
  try {
    for (const id of ids) {
      const d = load(dir, id);
      const routes = viewRoutes(d, many);
      console.log(
        `${id}: ${routes.length} views, ${o.pages} pages × (1 first + ${o.warm} warm rounds), desktop and 4×…`,
      );
      const m = await measureViews(`http://127.0.0.1:${PORT}/?ds=${encodeURIComponent(id)}#/`, routes, o);
      chromium = m.chromium;
      const mine: string[] = [];
      const lines = table(routes, m, mine);
      over.push(...mine.map((x) => `${id}: ${x}`));
      sections.push(`### \`${id}\` (${d.department.name} ${d.year} ${d.kind === 'final' ? '决算' : '预算'})

| view | first visit p50 / p95 | warm p50 / p95 | 4× first p50 / p95 | 4× warm p50 / p95 | goal |
| --- | ---: | ---: | ---: | ---: | --- |
${lines.join('\n')}`);
      console.log(sections.at(-1));
    }
    const doc = ids.length > 1 ? fixtures().find((f) => f.slug === IMPORTED) : undefined;
    if (doc) {
      console.log(`${doc.slug}: imported on the 导入 view, ${IMPORT_REPS} rounds of the taps after it…`);
      const m = await measureImportActions(`http://127.0.0.1:${PORT}/`, doc, IMPORT_REPS);
      const lines = Object.keys(m.desktop).map((name) => {
        const d = m.desktop[name]!;
        const s = m.slow[name]!;
        const met = pct(d, 95) <= GOAL.warm && pct(s, 95) <= GOAL.slow;
        if (!met) over.push(`import: ${name} (p95 ${ms(pct(d, 95))}, 4× ${ms(pct(s, 95))})`);
        return `| ${name} | ${ms(pct(d, 50))} / ${ms(pct(d, 95))} | ${ms(pct(s, 50))} / ${ms(pct(s, 95))} | ${met ? 'met' : '**not met**'} |`;
      });
      sections.push(`### The 导入 view after importing \`${doc.files.join(', ')}\` in the page

The taps that follow an import (\`scripts/bench/import-page.ts\`), ${IMPORT_REPS} rounds after a warm-up, each from the
导入 view to the paint of the view it opens; the import itself is timed by \`npm run bench:import\`.

| action | p50 / p95 | 4× p50 / p95 | goal (${GOAL.warm} ms, 4× ${GOAL.slow} ms) |
| --- | ---: | ---: | --- |
${lines.join('\n')}`);
      console.log(sections.at(-1));
    }
  } finally {
    server.kill();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${chromium}`;
  const verdict = over.length
    ? `**Not met** by: ${over.join('; ')}.`
    : 'Met by every view of every dataset measured.';
  return `${VIEWS_MARK}

## Every view: first visit and warm switch (\`npm run bench:views\`, also run by \`npm run bench\`)

Run ${new Date().toISOString().slice(0, 16)}Z on ${machine} (load average ${loadBefore.toFixed(1)} before,
${(loadavg()[0] ?? 0).toFixed(1)} after). Each view is opened by setting the hash, as the nav's links do, from the
overview (the overview itself from 关于), and measured in the page from the input to the paint of the frame that
shows the view's heading with no loading placeholder (\`scripts/bench/views-page.ts\`); a chart may draw a frame
later. ${o.pages} fresh pages per dataset and speed, each landing on the overview and settling 1.5 s; in each page every
view once cold (its first visit: its code's first run, its derived figures computed; the order rotated page by page)
and ${o.warm} warm rounds. Desktop viewport 1366 × 900, at full speed and with the CPU slowed 4× (CDP
\`Emulation.setCPUThrottlingRate\`). ${note}

Goal (issue 15): a first visit ≤ ${GOAL.first} ms at p95 and a warm switch ≤ ${GOAL.warm} ms on the desktop, both ≤
${GOAL.slow} ms (INP "good") at 4× slowdown. ${verdict}

${sections.join('\n\n')}
`;
}

/** BENCHMARKS.md with the views section replaced (or put before the catalog's). */
export function withViewsSection(before: string, section: string): string {
  const at = before.indexOf(VIEWS_MARK);
  const next = before.indexOf(NEXT_MARK);
  const head = at >= 0 ? before.slice(0, at) : next >= 0 ? before.slice(0, next) : `${before}\n`;
  return `${head}${section}\n${next >= 0 ? before.slice(next) : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await runViewsBench({
    pages: Number(process.env.PAGES ?? 6),
    warm: Number(process.env.WARM ?? 3),
  });
  const target = resolve(root, 'BENCHMARKS.md');
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = withViewsSection(readFileSync(target, 'utf8'), section);
  writeFileSync(target, await prettier.format(text, { ...options, filepath: target }));
  console.log('wrote BENCHMARKS.md');
}
