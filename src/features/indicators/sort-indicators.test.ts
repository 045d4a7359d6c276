import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { zhCollator } from '../../domain/collation';
import { indicatorRows, indicatorTextRanks } from '../../domain/indicators';
import { sortIndicatorRows } from './sort-indicators';

const rows = indicatorRows(shippedDataset());
const ranks = indicatorTextRanks(rows);
const kind = (r: (typeof rows)[number]) => r.parsed.kind;
const keys = (list: readonly (typeof rows)[number][]) => list.map((r) => r.key);

describe('sortIndicatorRows (the indicators table sort)', () => {
  it('keeps document order without a sort, or with one the table does not have', () => {
    expect(sortIndicatorRows(rows, ranks, null, kind)).toBe(rows);
    expect(sortIndicatorRows(rows, ranks, 'amount.desc', kind)).toBe(rows);
  });

  it('sorts the project column by project name, 拼音 order, stable', () => {
    const expected = [...rows].sort((a, b) => zhCollator.compare(a.projectName, b.projectName));
    expect(keys(sortIndicatorRows(rows, ranks, 'project.asc', kind))).toEqual(keys(expected));
  });

  it('sorts targets descending with numbers as numbers ("=12份" before "=2份")', () => {
    const sorted = sortIndicatorRows(rows, ranks, 'target.desc', kind).map((r) => r.target);
    expect(sorted.indexOf('=12份')).toBeLessThan(sorted.indexOf('=2份'));
    expect(sorted).toEqual([...sorted].sort((a, b) => zhCollator.compare(b, a)));
  });

  it('sorts the kind column by its label', () => {
    const sorted = sortIndicatorRows(rows, ranks, 'kind.asc', kind).map(kind);
    expect(sorted).toEqual([...sorted].sort(zhCollator.compare));
    expect(new Set(sorted).size).toBeGreaterThan(2);
  });
});
