// What each measured interaction must show before it counts as done, computed in Node by the views' own row
// functions: the entry count, and the dataset the first row links to. A step whose screen would not differ from the
// one before could not be seen to finish, so every step is checked to change what is shown.
import type { Catalog } from '../../src/data/schema-catalog';
import { type CatalogSort, catalogGroups } from '../../src/features/catalog/catalog-rows';
import { type CompareSort, compareRows, sortCompareRows } from '../../src/features/compare/compare-rows';
import { yearSeries } from '../../src/features/years/year-series';

export interface PageExpectations {
  /** The dataset the page opens (?ds=): its department's years, its region and year compared. */
  dataset: string;
  catalogCount: number;
  /** The id the catalog's first year links to, sorted by name, no search. */
  catalogFirst: string;
  search: Array<{ query: string; count: number; first: string }>;
  catalogSort: { by: CatalogSort; first: string };
  yearsColumns: number;
  compareRows: number;
  compareFirst: string;
  compareSort: { by: Exclude<CompareSort, 'total'>; first: string };
}

export function expectations(catalog: Catalog, dataset: string, typed: string): PageExpectations {
  const entry = catalog.datasets.find((e) => e.id === dataset);
  if (!entry) throw new Error(`no dataset ${dataset} in the catalog`);
  const listed = (query: string, sort: CatalogSort = 'name') => {
    const groups = catalogGroups(catalog, query, sort);
    return {
      count: groups.reduce((n, g) => n + g.departments.reduce((m, d) => m + d.entries.length, 0), 0),
      first: groups[0]?.departments[0]?.entries[0]?.id ?? '',
    };
  };
  const all = listed('');
  // Only the keystrokes that change the list are samples (a catalog grouped by body matches 中 and 中共 alike);
  // the others are typed on the way.
  const search = [...typed]
    .map((_, i) => ({ query: typed.slice(0, i + 1), ...listed(typed.slice(0, i + 1)) }))
    .filter((s, i, steps) => s.count > 0 && s.count !== (steps[i - 1]?.count ?? all.count));
  if (!search.length) throw new Error(`typing "${typed}" never changes the count: choose another search`);
  const catalogSort = (['total', 'problems'] as const)
    .map((by) => ({ by, first: listed('', by).first }))
    .find((s) => s.first !== all.first);
  const at = { region: entry.region ?? '', year: entry.year, kind: entry.kind ?? 'budget' };
  const unsorted = compareRows(catalog, at).rows;
  const compared = sortCompareRows(unsorted, 'total');
  const compareSort = (['sangong', 'operatingCosts', 'basicShare', 'name'] as const)
    .map((by) => ({ by, first: sortCompareRows(unsorted, by)[0]?.entry.id ?? '' }))
    .find((s) => s.first !== compared[0]?.entry.id);
  // Where no sort changes the first row, the first sort is measured all the same: the list re-renders in the
  // input's own task, so input → next paint still covers it, though the check cannot see the order change.
  const fallbackCatalogSort = { by: 'total' as const, first: listed('', 'total').first };
  const fallbackCompareSort = {
    by: 'sangong' as const,
    first: sortCompareRows(unsorted, 'sangong')[0]?.entry.id ?? '',
  };
  return {
    dataset,
    catalogCount: all.count,
    catalogFirst: all.first,
    search,
    catalogSort: catalogSort ?? fallbackCatalogSort,
    yearsColumns: yearSeries(catalog, { name: entry.department.name, scope: entry.scope ?? '部门' }).columns
      .length,
    compareRows: compared.length,
    compareFirst: compared[0]?.entry.id ?? '',
    compareSort: compareSort ?? fallbackCompareSort,
  };
}
