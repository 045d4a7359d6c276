/**
 * npm run bench:import — import time per corpus document in Node (read PDF text + tables + checks + dataset),
 * median of 3 runs each after one warm-up; prints a Markdown table for BENCHMARKS.md. A benchmark, not a test.
 */
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
console.log('| document | import (Node, median of 3) |\n| --- | ---: |');
for (const r of rows) console.log(`| ${r.slug} | ${Math.round(r.ms)} ms |`);
console.log(
  `\nmedian ${Math.round(all[Math.floor(all.length / 2)] ?? 0)} ms, worst ${Math.round(all.at(-1) ?? 0)} ms over ${all.length} documents`,
);
