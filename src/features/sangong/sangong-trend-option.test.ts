import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { SANGONG_ITEMS, sangongSeries } from '../../domain/sangong';
import { sangongTrendOption } from './sangong-trend-option';

const zh = {
  items: Object.fromEntries(SANGONG_ITEMS.map((i) => [i.key, i.label])) as Record<
    (typeof SANGONG_ITEMS)[number]['key'],
    string
  >,
  unit: '万元',
};

describe('三公 trend option', () => {
  it('draws one line per item over the catalog years', () => {
    const option = sangongTrendOption(sangongSeries([shippedDataset()]), zh);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2022', '2023']);
    const total = (option.series as Array<{ name: string; data: number[] }>).find(
      (s) => s.name === '“三公”经费合计',
    );
    expect(total?.data).toEqual([2.9, 2.2]);
  });
  it('names lines and the unit in the words it is given', () => {
    const option = sangongTrendOption(sangongSeries([shippedDataset()]), {
      items: { ...zh.items, total: 'Total “three public expenses”', reception: 'Official hospitality' },
      unit: '10k yuan',
    });
    const names = (option.series as Array<{ name: string }>).map((s) => s.name);
    expect(names).toContain('Official hospitality');
    expect(names).not.toContain(zh.items.vehicle);
    expect((option.yAxis as { name: string }).name).toBe('10k yuan');
    const format = (
      option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string }
    ).formatter;
    const total = names.indexOf('Total “three public expenses”');
    expect(format({ seriesIndex: total, dataIndex: 1 })).toBe(
      'Total “three public expenses”<br/>2023:2.20 10k yuan',
    );
  });
});
