import { type CollationRanks, collationRanks, sortByRanks } from './collation';
import type { Dataset } from './model';
import { type Comparator, isQuantitative, parseTarget, type ParsedTarget } from './targets/parse-target';

/** One indicator with its project, flattened for the all-indicators table. */
export interface IndicatorRow {
  key: string;
  projectId: string;
  projectName: string;
  index: number;
  level1: string;
  level2: string;
  name: string;
  target: string;
  parsed: ParsedTarget;
  comparator: Comparator | null;
  quantitative: boolean;
  damaged: boolean;
  line: number;
}

export function indicatorRows(d: Dataset): IndicatorRow[] {
  const names = new Map(d.projects.map((p) => [p.id, p.name]));
  return d.performance.flatMap((t) =>
    t.indicators.map((ind, index) => {
      const parsed = parseTarget(ind.target);
      return {
        key: `${t.projectId}-${index}`,
        projectId: t.projectId,
        projectName: names.get(t.projectId) ?? t.projectId,
        index,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        target: ind.target,
        parsed,
        comparator: parsed.kind === 'quantity' ? parsed.comparator : null,
        quantitative: isQuantitative(parsed),
        // Any of its texts: the name, the target, or a 一级/二级 label the table does not print (inferred).
        damaged: t.damage.some((x) => x.path.startsWith(`indicators[${index}].`)),
        line: ind.line,
      };
    }),
  );
}

/** The indicator texts the all-indicators table sorts by. */
export type IndicatorText = 'name' | 'target' | 'level1' | 'level2' | 'projectName';
export type IndicatorTextRanks = Readonly<Record<IndicatorText, CollationRanks>>;

/** Collation ranks of each sortable text, built once per row set (on load) so that every later sort is integer work. */
export function indicatorTextRanks(rows: readonly IndicatorRow[]): IndicatorTextRanks {
  const of = (text: IndicatorText) => collationRanks(rows.map((r) => r[text]));
  return {
    name: of('name'),
    target: of('target'),
    level1: of('level1'),
    level2: of('level2'),
    projectName: of('projectName'),
  };
}

/**
 * The all-indicators rows in 拼音 order of one text (numbers as numbers), stable, by the ranks built on load: linear
 * work per click however many rows (the view sorts with this before the table; the scale bench measures it).
 */
export function sortIndicators(
  rows: readonly IndicatorRow[],
  ranks: IndicatorTextRanks,
  by: IndicatorText,
  desc: boolean,
): IndicatorRow[] {
  const r = ranks[by];
  return sortByRanks(rows, (row) => r.get(row[by]), desc);
}

export interface IndicatorFilter {
  level1: string | null;
  level2: string | null;
  comparator: string | null;
  kind: 'quantitative' | 'qualitative' | null;
  query: string;
}

export function filterIndicators(rows: readonly IndicatorRow[], f: IndicatorFilter): IndicatorRow[] {
  const q = f.query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.level1 || r.level1 === f.level1) &&
      (!f.level2 || r.level2 === f.level2) &&
      (!f.comparator || (f.comparator === 'none' ? r.comparator === null : r.comparator === f.comparator)) &&
      (!f.kind || (f.kind === 'quantitative') === r.quantitative) &&
      (!q || `${r.name} ${r.target} ${r.projectName}`.toLowerCase().includes(q)),
  );
}

/** Counts by 一级 then 二级, in the order the national form lists them. */
export function indicatorCounts(
  rows: readonly IndicatorRow[],
): Array<{ level1: string; level2: string; count: number }> {
  const out = new Map<string, { level1: string; level2: string; count: number }>();
  for (const r of rows) {
    const k = `${r.level1}/${r.level2}`;
    const e = out.get(k) ?? { level1: r.level1, level2: r.level2, count: 0 };
    e.count += 1;
    out.set(k, e);
  }
  return [...out.values()];
}
