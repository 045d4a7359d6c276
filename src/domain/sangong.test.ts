import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import type { Dataset } from './model';
import { sangongComparison, sangongSeries } from './sangong';

const d = shippedDataset();

describe('三公 comparison', () => {
  it('gives 2022 → 2023 with Δ, Δ% and the stated reasons', () => {
    const rows = Object.fromEntries(sangongComparison(d).map((r) => [r.key, r]));
    expect([
      rows.total?.before?.toFixed(2),
      rows.total?.after.toFixed(2),
      rows.total?.change?.toFixed(2),
      rows.total?.changePct?.toFixed(2),
    ]).toEqual(['2.90', '2.20', '-0.70', '-24.14']);
    expect(rows.reception?.changePct?.toFixed(2)).toBe('-25.00');
    expect(rows.vehicleOperation?.changePct?.toFixed(2)).toBe('-23.08');
    expect(rows.reception?.stated?.reason).toContain('压减公务接待费');
    expect(rows.abroad?.changePct).toBeNull();
  });
});

describe('三公 series across department-years', () => {
  it('takes two years from one budget', () => {
    expect(sangongSeries([d]).map((y) => [y.year, y.source, y.values.total.toFixed(2)])).toEqual([
      [2022, 'prior-column', '2.90'],
      [2023, 'published', '2.20'],
    ]);
  });
  it('prefers a year’s own budget over the next year’s prior-year column, whatever the order', () => {
    const fake2022 = {
      ...d,
      id: 'x-2022',
      year: 2022,
      tables: {
        ...d.tables,
        sangong: {
          ...d.tables.sangong,
          rows: [
            {
              ...d.tables.sangong.rows[0]!,
              money: {
                total2021: d.tables.sangong.rows[0]!.money.total2022!,
                total2022: d.tables.sangong.rows[0]!.money.total2023!,
              },
            },
          ],
        },
      },
    } as Dataset;
    const series = sangongSeries([d, fake2022]);
    expect(series.map((y) => [y.year, y.source, y.datasetId])).toEqual([
      [2021, 'prior-column', 'x-2022'],
      [2022, 'published', 'x-2022'],
      [2023, 'published', d.id],
    ]);
  });
});
