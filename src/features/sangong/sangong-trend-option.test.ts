import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { sangongSeries } from '../../domain/sangong';
import { sangongTrendOption } from './sangong-trend-option';

describe('三公 trend option', () => {
  it('draws one line per item over the catalog years', () => {
    const option = sangongTrendOption(sangongSeries([shippedDataset()]));
    expect((option.xAxis as { data: string[] }).data).toEqual(['2022', '2023']);
    const total = (option.series as Array<{ name: string; data: number[] }>).find(
      (s) => s.name === '“三公”经费合计',
    );
    expect(total?.data).toEqual([2.9, 2.2]);
  });
});
