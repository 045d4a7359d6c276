import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { compareRows, sortCompareRows } from './compare-rows';

const entry = (id: string, name: string, figures: { total: string; sangong: string | null }, extra = {}) =>
  ({
    id,
    department: { code: '', name },
    year: 2025,
    unit: '万元',
    kind: 'budget',
    file: `${id}.json`,
    sourceTitle: id,
    region: '上海市普陀区',
    scope: '部门',
    summary: {
      income: figures.total,
      total: figures.total,
      basic: null,
      project: null,
      sangong: figures.sangong,
      operatingCosts: null,
      functions: { '201': { name: '一般公共服务支出', total: figures.total } },
      problems: { blocks: 0, warns: 0, notes: 0 },
    },
    ...extra,
  }) satisfies CatalogEntry;

const catalog: Catalog = {
  formatVersion: 1,
  defaultDataset: 'wl',
  datasets: [
    entry('wl', '上海市普陀区万里街道', { total: '18976.76', sangong: '37.91' }),
    entry('cz', '上海市普陀区财政局', { total: '37151.47', sangong: null }),
    entry('zf', '上海市普陀区人民政府办公室', { total: '9000', sangong: '50' }),
    entry('final', '上海市普陀区财政局', { total: '1', sangong: '1' }, { kind: 'final' }),
    entry('other-year', '上海市普陀区财政局', { total: '1', sangong: '1' }, { year: 2024 }),
  ],
};
const at = { region: '上海市普陀区', year: 2025, kind: 'budget' as const };
const ids = (rows: ReadonlyArray<{ entry: { id: string } }>) => rows.map((r) => r.entry.id);

describe('the departments of one region and year compared', () => {
  it('takes one kind of one year, never mixing 预算 and 决算', () => {
    expect(ids(compareRows(catalog, at).rows)).toEqual(['wl', 'cz', 'zf']);
  });

  it('sorts largest first, a department without the figure last', () => {
    const { rows } = compareRows(catalog, at);
    expect(ids(sortCompareRows(rows, 'total'))).toEqual(['cz', 'wl', 'zf']);
    expect(ids(sortCompareRows(rows, 'sangong'))).toEqual(['zf', 'wl', 'cz']);
  });

  it('sorts by name in 拼音 order', () => {
    const { rows } = compareRows(catalog, at);
    // 财 cái, 人 rén, 万 wàn.
    expect(ids(sortCompareRows(rows, 'name'))).toEqual(['cz', 'zf', 'wl']);
  });

  it('keeps the row objects, so rows on screen need not render again', () => {
    const { rows } = compareRows(catalog, at);
    const sorted = sortCompareRows(rows, 'total');
    expect(new Set(sorted)).toEqual(new Set(rows));
    expect(ids(rows)).toEqual(['wl', 'cz', 'zf']);
  });
});
