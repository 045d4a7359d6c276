// Cost growth with size, on synthetic department files (scripts/generate-synthetic.ts): load + validate +
// reconcile per file, and building, filtering and sorting the all-indicators rows at 1×, 10× and 100× — sorting as
// the app does (collation ranks built once per load, then a counting sort per click: src/domain/collation.ts) and,
// for comparison, with the collator on every pair.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateDatasetText } from '../../src/data/validate';
import { zhCollator } from '../../src/domain/collation';
import {
  filterIndicators,
  indicatorRows,
  indicatorTextRanks,
  sortIndicators,
} from '../../src/domain/indicators';
import type { Dataset } from '../../src/domain/model';
import { reconcile } from '../../src/domain/reconcile/reconcile';

export interface ScaleRow {
  departments: number;
  indicatorRows: number;
  validateMsPerFile: number;
  reconcileMsPerFile: number;
  buildRowsMs: number;
  filterMs: number;
  /** Collation ranks of the indicator texts (`indicatorTextRanks`): built once per load. */
  rankIndexMs: number;
  /** Sorting by target text as a header click does (`sortIndicators`), median of `CLICKS`. */
  sortMs: number;
  /** The same order with `collator.compare` on every pair (the sort before ranks), median of `CLICKS`. */
  collatorSortMs: number;
  heapMb: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

export const CLICKS = 5;
/** Median of a few runs, for the per-click sorts: one run on a shared machine is mostly noise (GC, other load). */
function medianMs(runs: number, f: (run: number) => unknown): number {
  const ms = Array.from({ length: runs }, (_, run) => time(() => f(run))[1]).sort((a, b) => a - b);
  return ms[Math.floor(runs / 2)]!;
}

export function runScale(sizes = [1, 10, 100], dir = resolve('bench/synthetic')): ScaleRow[] {
  const max = Math.max(...sizes);
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/generate-synthetic.ts',
      '--departments',
      String(max),
      '--projects',
      '60',
      '--indicators',
      '25',
      '--out',
      dir,
    ],
    { stdio: 'ignore' },
  );
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('synthetic-dept-'))
    .sort();
  const rows: ScaleRow[] = [];
  for (const n of sizes) {
    globalThis.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const datasets: Dataset[] = [];
    let validateMs = 0;
    let reconcileMs = 0;
    for (const f of files.slice(0, n)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const [result, ms] = time(() => validateDatasetText(text, f));
      validateMs += ms;
      if (!result.ok) throw new Error(`${f}: ${JSON.stringify(result.problems[0])}`);
      reconcileMs += time(() => reconcile(result.dataset))[1];
      datasets.push(result.dataset);
    }
    const [all, buildMs] = time(() => datasets.flatMap((d) => indicatorRows(d)));
    const [, filterMs] = time(() =>
      filterIndicators(all, { level1: '产出指标', level2: null, comparator: '≥', kind: null, query: '合成' }),
    );
    const [ranks, rankIndexMs] = time(() => indicatorTextRanks(all));
    // Alternating direction, as repeated header clicks do.
    const sortMs = medianMs(CLICKS, (click) => sortIndicators(all, ranks, 'target', click % 2 === 1));
    const collatorSortMs = medianMs(CLICKS, () =>
      [...all].sort((a, b) => zhCollator.compare(a.target, b.target)),
    );
    rows.push({
      departments: n,
      indicatorRows: all.length,
      validateMsPerFile: validateMs / n,
      reconcileMsPerFile: reconcileMs / n,
      buildRowsMs: buildMs,
      filterMs,
      rankIndexMs,
      sortMs,
      collatorSortMs,
      heapMb: (process.memoryUsage().heapUsed - heap0) / 1048576,
    });
  }
  return rows;
}

const GOAL_MS = 100;

/** What the largest run shows against the goal, in words, from the measured figures (never a fixed claim). */
export function scaleVerdict(rows: readonly ScaleRow[]): string {
  const r = rows.reduce((a, b) => (b.indicatorRows > a.indicatorRows ? b : a));
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const goal = r.filterMs <= GOAL_MS && r.sortMs <= GOAL_MS ? 'met' : 'not met';
  return (
    `Goal: sort and filter 100,000 indicator rows ≤ ${GOAL_MS} ms — ${goal} at ` +
    `${r.indicatorRows.toLocaleString('en')} rows: filter ${ms(r.filterMs)}, sort ${ms(r.sortMs)} ` +
    `(after a ${ms(r.rankIndexMs)} rank index built once per load; ${ms(r.collatorSortMs)} with the collator ` +
    `on every pair).`
  );
}
