import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { zhCollator as collator } from '../../domain/collation';

export interface CatalogGroup {
  region: string;
  departments: Array<{ name: string; entries: CatalogEntry[] }>;
}

export type CatalogSort = 'name' | 'total' | 'problems';

/**
 * The catalog as the front door lists it: region → department → years (newest first), filtered by a name search,
 * departments sorted by name, by their latest total or by problems found. Synthetic test entries never appear.
 */
export function catalogGroups(catalog: Catalog, query: string, sort: CatalogSort): CatalogGroup[] {
  const q = query.trim();
  const entries = catalog.datasets.filter(
    (e) =>
      !e.synthetic &&
      (!q || e.department.name.includes(q) || (e.region ?? '').includes(q) || String(e.year) === q),
  );
  const regions = new Map<string, Map<string, CatalogEntry[]>>();
  for (const e of entries) {
    const region = e.region ?? '';
    const byName = regions.get(region) ?? new Map<string, CatalogEntry[]>();
    regions.set(region, byName);
    const list = byName.get(e.department.name);
    if (list) list.push(e);
    else byName.set(e.department.name, [e]);
  }
  const latest = (list: CatalogEntry[]) => list[0]?.summary;
  const key = (list: CatalogEntry[]) =>
    sort === 'total'
      ? -Number(latest(list)?.total ?? 0)
      : sort === 'problems'
        ? -list.reduce((n, e) => n + (e.summary?.problems.blocks ?? 0), 0)
        : 0;
  return [...regions]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([region, byName]) => ({
      region,
      departments: [...byName]
        .map(([name, list]) => ({
          name,
          entries: list.sort((a, b) => b.year - a.year || (a.kind ?? '').localeCompare(b.kind ?? '')),
        }))
        .sort((a, b) => key(a.entries) - key(b.entries) || collator.compare(a.name, b.name)),
    }));
}

/** A region's table body, row by row: each department as a header row, then its years. */
export type CatalogRow =
  { kind: 'department'; key: string; name: string } | { kind: 'year'; key: string; entry: CatalogEntry };

export function regionRows(group: CatalogGroup): CatalogRow[] {
  return group.departments.flatMap((d): CatalogRow[] => [
    { kind: 'department', key: `dept:${d.name}`, name: d.name },
    ...d.entries.map((entry): CatalogRow => ({ kind: 'year', key: entry.id, entry })),
  ]);
}
