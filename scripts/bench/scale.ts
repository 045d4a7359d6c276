// Cost growth with size, on synthetic department files (scripts/generate-synthetic.ts): load + validate +
// reconcile per file, and building, filtering and sorting the all-indicators rows at 1×, 10× and 100×.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateDatasetText } from '../../src/data/validate';
import { filterIndicators, indicatorRows, type IndicatorRow } from '../../src/domain/indicators';
import type { Dataset } from '../../src/domain/model';
import { reconcile } from '../../src/domain/reconcile/reconcile';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export interface ScaleRow {
  departments: number;
  indicatorRows: number;
  validateMsPerFile: number;
  reconcileMsPerFile: number;
  buildRowsMs: number;
  filterMs: number;
  sortMs: number;
  heapMb: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
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
    const [, sortMs] = time(() =>
      [...all].sort((a: IndicatorRow, b: IndicatorRow) => collator.compare(a.target, b.target)),
    );
    rows.push({
      departments: n,
      indicatorRows: all.length,
      validateMsPerFile: validateMs / n,
      reconcileMsPerFile: reconcileMs / n,
      buildRowsMs: buildMs,
      filterMs,
      sortMs,
      heapMb: (process.memoryUsage().heapUsed - heap0) / 1048576,
    });
  }
  return rows;
}
