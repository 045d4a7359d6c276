import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { bodyKey } from '../../domain/body-name';
import { zhCollator as collator } from '../../domain/collation';

export interface CatalogGroup {
  region: string;
  /** `name` as the latest year prints it; `otherNames`, as earlier years spelt it out (中国共产党… for 中共…). */
  departments: Array<{ name: string; otherNames: string[]; entries: CatalogEntry[] }>;
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
      (!q ||
        e.department.name.includes(q) ||
        bodyKey(e.department.name).includes(bodyKey(q)) ||
        (e.region ?? '').includes(q) ||
        String(e.year) === q),
  );
  const regions = new Map<string, Map<string, CatalogEntry[]>>();
  for (const e of entries) {
    const region = e.region ?? '';
    const byName = regions.get(region) ?? new Map<string, CatalogEntry[]>();
    regions.set(region, byName);
    // One department however its name is spelt across years (bodyKey: standard abbreviations only).
    const k = bodyKey(e.department.name);
    const list = byName.get(k);
    if (list) list.push(e);
    else byName.set(k, [e]);
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
        .map(([, list]) => {
          const entries = list.sort((a, b) => b.year - a.year || (a.kind ?? '').localeCompare(b.kind ?? ''));
          const name = entries[0]?.department.name ?? '';
          const otherNames = [...new Set(entries.map((e) => e.department.name))].filter((n) => n !== name);
          return { name, otherNames, entries };
        })
        .sort((a, b) => key(a.entries) - key(b.entries) || collator.compare(a.name, b.name)),
    }));
}

/** A region's table body, row by row: each department as a header row, then its years. */
export type CatalogRow =
  | { kind: 'department'; key: string; name: string; otherNames: readonly string[] }
  | { kind: 'year'; key: string; entry: CatalogEntry };

export function regionRows(group: CatalogGroup): CatalogRow[] {
  return group.departments.flatMap((d): CatalogRow[] => [
    { kind: 'department', key: `dept:${d.name}`, name: d.name, otherNames: d.otherNames },
    ...d.entries.map((entry): CatalogRow => ({ kind: 'year', key: entry.id, entry })),
  ]);
}
