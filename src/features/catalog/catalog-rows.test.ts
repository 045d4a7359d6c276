import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { catalogGroups, regionRows } from './catalog-rows';

const entry = (id: string, name: string, region: string, year: number, total: string | null, blocks = 0) =>
  ({
    id,
    department: { code: '', name },
    year,
    unit: '万元',
    kind: 'budget',
    file: `${id}.json`,
    sourceTitle: id,
    region,
    scope: '部门',
    summary: {
      income: total,
      total,
      basic: null,
      project: null,
      sangong: null,
      operatingCosts: null,
      functions: {},
      problems: { blocks, warns: 0, notes: 0 },
    },
  }) satisfies CatalogEntry;

const catalog: Catalog = {
  formatVersion: 1,
  defaultDataset: 'wl-2024',
  datasets: [
    entry('wl-2024', '上海市普陀区万里街道', '上海市普陀区', 2024, '15621.11'),
    entry('wl-2025', '上海市普陀区万里街道', '上海市普陀区', 2025, '18976.76'),
    entry('cz-2025', '上海市普陀区财政局', '上海市普陀区', 2025, '37151.47', 2),
    entry('fy-2018', '江苏省高级人民法院', '江苏省', 2018, '90000'),
    { ...entry('syn-2025', '合成部门 1', '上海市普陀区', 2025, '1'), synthetic: true },
  ],
};
const names = (query: string, sort: 'name' | 'total' | 'problems' = 'name') =>
  catalogGroups(catalog, query, sort).map((g) => [g.region, g.departments.map((d) => d.name)]);

describe('the catalog as #/catalog lists it', () => {
  it('groups region → department → years, newest first, without synthetic entries', () => {
    const groups = catalogGroups(catalog, '', 'name');
    expect(groups.map((g) => g.region)).toEqual(['江苏省', '上海市普陀区']);
    expect(groups[1]?.departments.map((d) => [d.name, d.entries.map((e) => e.year)])).toEqual([
      ['上海市普陀区财政局', [2025]],
      ['上海市普陀区万里街道', [2025, 2024]],
    ]);
  });

  it('searches names, regions and years', () => {
    expect(names('万里')).toEqual([['上海市普陀区', ['上海市普陀区万里街道']]]);
    expect(names('江苏')).toEqual([['江苏省', ['江苏省高级人民法院']]]);
    expect(catalogGroups(catalog, '2024', 'name')[0]?.departments[0]?.entries.map((e) => e.id)).toEqual([
      'wl-2024',
    ]);
    expect(names('没有')).toEqual([]);
  });

  it('sorts a region’s departments by their latest total or by problems found', () => {
    expect(names('上海', 'total')).toEqual([
      ['上海市普陀区', ['上海市普陀区财政局', '上海市普陀区万里街道']],
    ]);
    expect(names('上海', 'problems')[0]?.[1]).toEqual(['上海市普陀区财政局', '上海市普陀区万里街道']);
  });

  it('keeps one department whose name a year spells out in full, under its latest name', () => {
    // The corpus: 江苏省委办公厅 2017 prints “中国共产党江苏省委员会办公厅”, 2018 and 2019 “中共江苏省委办公厅”.
    const jiangsu: Catalog = {
      ...catalog,
      datasets: [
        entry('sw-2017', '中国共产党江苏省委员会办公厅', '江苏省', 2017, '1'),
        entry('sw-2018', '中共江苏省委办公厅', '江苏省', 2018, '1'),
        entry('sw-2019', '中共江苏省委办公厅', '江苏省', 2019, '1'),
        entry('rd-2018', '江苏省人大常委会办公厅', '江苏省', 2018, '1'),
      ],
    };
    const [group] = catalogGroups(jiangsu, '', 'name');
    expect(group?.departments.map((d) => [d.name, d.otherNames, d.entries.map((e) => e.year)])).toEqual([
      ['江苏省人大常委会办公厅', [], [2018]],
      ['中共江苏省委办公厅', ['中国共产党江苏省委员会办公厅'], [2019, 2018, 2017]],
    ]);
    // A search by the short name finds the year that spells it out.
    expect(catalogGroups(jiangsu, '江苏省委办公厅', 'name')[0]?.departments[0]?.entries.length).toBe(3);
  });

  it('lays a region out as rows: each department, then its years', () => {
    const [, shanghai] = catalogGroups(catalog, '', 'name');
    expect(regionRows(shanghai!).map((r) => r.key)).toEqual([
      'dept:上海市普陀区财政局',
      'cz-2025',
      'dept:上海市普陀区万里街道',
      'wl-2025',
      'wl-2024',
    ]);
  });
});
