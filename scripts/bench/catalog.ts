/**
 * The catalog views at city scale: #/catalog (open, search keystroke by keystroke, clear, sort), #/years and
 * #/compare (open, sort) in Chromium, desktop and 4× CPU slowdown, on a synthetic city of 1,000 department-years
 * (scripts/city-site.ts) and on the real corpus when ../shared/budget-corpus exists; catalog.json's size raw, gzip
 * and brotli. Part of `npm run bench`; alone, `npm run bench:catalog` rewrites only its section of BENCHMARKS.md.
 * Needs a build (npm run build) and Debian's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { serveSite } from './serve-site';
import { validateCatalogText } from '../../src/data/validate-catalog';
import { writeCitySite } from '../city-site';
import { expectations } from './catalog-expect';
import { measureSite, type Samples } from './catalog-page';

const root = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(root, '../shared/budget-corpus/pdf');
export const CATALOG_MARK = '<!-- bench:catalog -->';
const IMPORT_MARK = '<!-- bench:import -->';
const GOAL = { desktop: 50, slow: 200 };

interface Site {
  title: string;
  dir: string;
  port: number;
  /** Opened with ?ds=: #/years shows its department, #/compare its region and year. */
  dataset: string;
  /** Typed one character at a time; each must change the list. */
  search: string;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** catalog.json as a build serves it (minified, vite.config.ts), whichever way the site's copy is written. */
function sizes(file: string) {
  const text = readFileSync(file, 'utf8');
  const raw = Buffer.from(JSON.stringify(JSON.parse(text)));
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    if (!validateCatalogText(text, file).ok) throw new Error(`${file} is invalid`);
    times.push(performance.now() - t0);
  }
  return {
    entries: (JSON.parse(text) as { datasets: unknown[] }).datasets.length,
    raw: raw.length,
    indented: Buffer.byteLength(`${JSON.stringify(JSON.parse(text), null, 2)}\n`),
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    validateMs: pct(times, 50),
  };
}

async function measure(site: Site, reps: number) {
  const text = readFileSync(join(site.dir, 'data', 'catalog.json'), 'utf8');
  const checked = validateCatalogText(text, 'catalog.json');
  if (!checked.ok) throw new Error(`${site.dir}: catalog.json is invalid`);
  const x = expectations(checked.catalog, site.dataset, site.search);
  const server = await serveSite(site.dir, site.port);
  try {
    console.log(`${site.title}: ${reps} rounds desktop, ${reps} at 4× CPU slowdown…`);
    return {
      ...(await measureSite(`http://127.0.0.1:${site.port}/`, x, reps)),
      size: sizes(join(site.dir, 'data', 'catalog.json')),
    };
  } finally {
    server.kill();
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function table(m: Measured): { lines: string[]; over: string[] } {
  const over: string[] = [];
  const lines = Object.entries(m.desktop).map(([action, d]) => {
    const s: number[] = (m.slow as Samples)[action] ?? [];
    const missed = [
      pct(d, 95) > GOAL.desktop ? `desktop p95 ${pct(d, 95).toFixed(0)} ms` : '',
      pct(s, 95) > GOAL.slow ? `4× p95 ${pct(s, 95).toFixed(0)} ms` : '',
    ].filter(Boolean);
    const ok = missed.length === 0;
    if (!ok) over.push(`${action} (${missed.join(', ')})`);
    return `| ${action} | ${d.length} | ${ms(pct(d, 50))} | ${ms(pct(d, 95))} | ${ms(pct(s, 50))} | ${ms(pct(s, 95))} | ${ok ? 'met' : '**not met**'} |`;
  });
  return { lines, over };
}

/** Measures both sites and returns the BENCHMARKS.md section (from CATALOG_MARK on). */
export async function runCatalogBench(reps = 30): Promise<string> {
  // Shared machines run other work: its load is stated with the figures.
  const loadBefore = loadavg()[0] ?? 0;
  const city: Site = {
    title: 'synthetic city',
    dir: join(root, 'tmp', 'bench-city-site'),
    port: 4197,
    dataset: 'synthetic-r1-b01-2025',
    search: '人民法',
  };
  console.log(`writing ${city.dir}…`);
  writeCitySite(city.dir);
  const results: Array<[Site, Measured]> = [[city, await measure(city, reps)]];
  let corpusNote = '';
  if (existsSync(CORPUS)) {
    const corpus: Site = {
      title: 'real corpus',
      dir: join(root, 'tmp', 'bench-corpus-site'),
      port: 4198,
      dataset: 'sh-putuo-wanli-2025-dept-budget',
      search: '中共江',
    };
    console.log(`writing ${corpus.dir} (importing the corpus)…`);
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus-site.ts', corpus.dir], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('npm run corpus-site failed');
    results.push([corpus, await measure(corpus, reps)]);
  } else {
    corpusNote = `The real corpus was not measured: ${CORPUS} is absent (it is not part of this repository).`;
    console.warn(corpusNote);
  }
  const over: string[] = [];
  const sections = results.map(([site, m]) => {
    const t = table(m);
    over.push(...t.over.map((a) => `${site.title}: ${a}`));
    return `### ${site.title[0]!.toUpperCase()}${site.title.slice(1)}: ${m.size.entries.toLocaleString('en')} department-years, page opened on \`${site.dataset}\`

| action | samples | desktop p50 | desktop p95 | 4× CPU p50 | 4× CPU p95 | goal |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${t.lines.join('\n')}`;
  });
  const sizeLines = results.map(
    ([site, { size: s }]) =>
      `| ${site.title} | ${s.entries.toLocaleString('en')} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${Math.round(s.raw / s.entries)} / ${Math.round(s.gzip / s.entries)} / ${Math.round(s.brotli / s.entries)} B | ${kb(s.indented)} | ${ms(s.validateMs)} |`,
  );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${results[0]![1].chromium}`;
  const load = `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`;
  const verdict = over.length
    ? `**Not met** by: ${over.join('; ')}.`
    : `Met by every action on ${results.map(([s]) => `the ${s.title}`).join(' and ')}.`;
  const section = `${CATALOG_MARK}

## Catalog views at city scale (\`npm run bench:catalog\`, also run by \`npm run bench\`)

Run ${new Date().toISOString().slice(0, 16)}Z on ${machine} (${load}). The synthetic city (\`npm run city-site\`,
\`scripts/synthetic-catalog.ts\`): 4 regions × 40 bodies × 5 years, ten bodies per region also as 单位 — 1,000
department-years of generated figures in a catalog marked \`"synthetic": true\`, never real. Each action: ${reps}
rounds after a warm-up round, desktop viewport 1366 × 900, once at full speed and once with the CPU slowed 4× (CDP
\`Emulation.setCPUThrottlingRate\`); input → next paint measured in the page as the interaction section does
(\`scripts/bench/catalog-page.ts\`), done when the view shows the count and the first row the views' own functions
compute (\`scripts/bench/catalog-expect.ts\`). A search is typed one character at a time, each keystroke one sample.
${corpusNote}

Goal: p95 ≤ ${GOAL.desktop} ms on the desktop, ≤ ${GOAL.slow} ms at 4× slowdown. ${verdict}

${sections.join('\n\n')}

### catalog.json

As the build serves it (minified, \`vite.config.ts\`), each page load's first download: raw, gzip level 9, brotli
quality 11 (\`scripts/serve.mjs\` sends brotli 9); indented, as the repository keeps it; parse + validate is the
app's \`validateCatalogText\` in Node (median of 7), which every page load runs before the dataset.

| site | entries | raw | gzip | brotli | per entry raw / gzip / brotli | indented | parse + validate |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${sizeLines.join('\n')}
`;
  console.log(section);
  return section;
}

/** BENCHMARKS.md with the catalog section replaced (or put before the importer's, which stays as it is). */
export function withCatalogSection(before: string, section: string): string {
  const at = before.indexOf(CATALOG_MARK);
  const importAt = before.indexOf(IMPORT_MARK);
  const head = at >= 0 ? before.slice(0, at) : importAt >= 0 ? before.slice(0, importAt) : `${before}\n`;
  return `${head}${section}\n${importAt >= 0 ? before.slice(importAt) : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await runCatalogBench(Number(process.env.REPS ?? 30));
  const target = resolve(root, 'BENCHMARKS.md');
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = withCatalogSection(readFileSync(target, 'utf8'), section);
  writeFileSync(target, await prettier.format(text, { ...options, filepath: target }));
  console.log('wrote BENCHMARKS.md');
}
