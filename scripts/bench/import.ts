/**
 * npm run bench:import — import time per corpus document in Node (read PDF text + tables + checks + dataset),
 * median of 3 runs each after one warm-up, and in the browser (the 导入 view of the build, one run each: see
 * import-browser.ts), with the import chunks' sizes; rewrites its section of BENCHMARKS.md. A benchmark, not a
 * test. Needs a build (npm run build) and Debian's Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import prettier from 'prettier';
import { fixtures, corpusPresent, CORPUS, importFixture } from '../../src/import/testing/corpus';
import { browserImportTimes, importChunkSizes } from './import-browser';

if (!corpusPresent()) {
  console.error(`${CORPUS}/pdf is absent: nothing to measure`);
  process.exit(0);
}
const rows: Array<{ slug: string; ms: number }> = [];
await importFixture(fixtures()[0]!);
for (const f of fixtures()) {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await importFixture(f);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push({ slug: f.slug, ms: times[1] ?? 0 });
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: Math.round(s[Math.floor(s.length / 2)] ?? 0),
    worst: Math.round(s.at(-1) ?? 0),
    n: s.length,
  };
};
const node = stats(rows.map((r) => r.ms));
// A blank template is refused, not imported: nothing to time in the browser.
const browser = await browserImportTimes(fixtures().filter((f) => f.document.kind !== 'template'));
const web = stats([...browser.values()].filter((x) => !Number.isNaN(x)));
const notImported = [...browser].filter(([, v]) => Number.isNaN(v)).map(([k]) => k);
const size = importChunkSizes();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (s: { median: number; worst: number }) =>
  s.median <= 2000 && s.worst <= 5000 ? 'met' : 'NOT met';
const mark = '<!-- bench:import -->';
const md = `${mark}

## Import: PDF → checked dataset (\`npm run bench:import\`)

Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}. Whole import per document of
\`../shared/budget-corpus/\` (pdf.js text of every page, tables, checks, dataset and report). Node: median of 3 runs
after a warm-up. Browser: Debian's Chromium on the built site's 导入 view, one run per document in a fresh page, timed
by the view from choosing the files to the dataset checked in the page (Worker start and pdf.js load included).
Goal: median ≤ 2 s, worst ≤ 5 s —
**Node: median ${node.median} ms, worst ${node.worst} ms over ${node.n} documents (${verdict(node)}); browser: median
${web.median} ms, worst ${web.worst} ms over ${web.n} documents (${verdict(web)}).**${notImported.length ? ` Not imported in the browser: ${notImported.join(', ')}.` : ''}

Import chunks, gzip, each fetched only when used: the 导入 view and the imported dataset's data view ${kb(size.view)};
the import Worker (pdf.js and the importer) ${kb(size.worker)}, on the first import; the PDF page viewer (pdf.js's
display build and its worker) ${kb(size.pdfPage)}, on the first source page of an imported figure. The reading views
load none of them (\`npm run check-budget\`).

| document | Node | browser |
| --- | ---: | ---: |
${rows.map((r) => `| ${r.slug} | ${Math.round(r.ms)} ms | ${!browser.has(r.slug) ? '— (refused: template)' : Number.isNaN(browser.get(r.slug)) ? 'failed' : `${browser.get(r.slug)} ms`} |`).join('\n')}
`;
const target = resolve(import.meta.dirname, '../../BENCHMARKS.md');
const before = readFileSync(target, 'utf8');
const head = before.includes(mark) ? before.slice(0, before.indexOf(mark)) : `${before}\n`;
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(target, await prettier.format(head + md, { ...options, filepath: target }));
console.log(md);
