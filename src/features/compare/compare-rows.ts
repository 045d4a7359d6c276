import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { zhCollator } from '../../domain/collation';
import { type Money, money, share } from '../../domain/money';

export type CompareSort = 'total' | 'basicShare' | 'sangong' | 'operatingCosts' | 'name';

export interface CompareRow {
  entry: CatalogEntry;
  total: Money | null;
  basicShare: Money | null;
  sangong: Money | null;
  operatingCosts: Money | null;
  /** 合计 per function 类 code. */
  functions: Record<string, Money>;
}

const m = (s: string | null | undefined) => (s == null ? null : money(s));

/**
 * The departments of one region and year of one kind (预算 or 决算, never mixed), from the catalog's summaries, in
 * catalog order (sortCompareRows orders them). A body published both as 部门 and as 单位 appears twice, marked, and
 * must not be added up.
 */
export function compareRows(
  catalog: Catalog,
  at: { region: string; year: number; kind: 'budget' | 'final' },
): { rows: CompareRow[]; classes: Array<{ code: string; name: string }> } {
  const rows = catalog.datasets
    .filter(
      (e) =>
        !e.synthetic &&
        e.summary &&
        (e.region ?? '') === at.region &&
        e.year === at.year &&
        (e.kind ?? 'budget') === at.kind,
    )
    .map((e): CompareRow => {
      const s = e.summary;
      const total = m(s?.total);
      const basic = m(s?.basic);
      return {
        entry: e,
        total,
        basicShare: total && basic ? share(basic, total) : null,
        sangong: m(s?.sangong),
        operatingCosts: m(s?.operatingCosts),
        functions: Object.fromEntries(
          Object.entries(s?.functions ?? {}).map(([k, v]) => [k, money(v.total)]),
        ),
      };
    });
  const names = new Map<string, string>();
  for (const e of rows)
    for (const [code, f] of Object.entries(e.entry.summary?.functions ?? {})) names.set(code, f.name);
  return {
    rows,
    classes: [...names].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
  };
}

/**
 * The same rows (the same objects, so a row already on screen need not render again) in the chosen order: largest
 * first, a department without the figure last; by name in 拼音 order. Stable: equal rows keep catalog order.
 */
export function sortCompareRows(rows: readonly CompareRow[], sort: CompareSort): CompareRow[] {
  if (sort === 'name')
    return [...rows].sort((a, b) => zhCollator.compare(a.entry.department.name, b.entry.department.name));
  return [...rows].sort((a, b) => {
    const x = a[sort];
    const y = b[sort];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return y.comparedTo(x);
  });
}
