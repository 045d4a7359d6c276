import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
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
 * The departments of one region and year of one kind (预算 or 决算, never mixed), from the catalog's summaries.
 * A body published both as 部门 and as 单位 appears twice, marked, and must not be added up.
 */
export function compareRows(
  catalog: Catalog,
  at: { region: string; year: number; kind: 'budget' | 'final' },
  sort: CompareSort,
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
  const by = (r: CompareRow): Money | null => (sort === 'name' ? null : r[sort]);
  rows.sort((a, b) => {
    if (sort === 'name') return a.entry.department.name.localeCompare(b.entry.department.name, 'zh-CN');
    const x = by(a);
    const y = by(b);
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return y.comparedTo(x);
  });
  return {
    rows,
    classes: [...names].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
  };
}
