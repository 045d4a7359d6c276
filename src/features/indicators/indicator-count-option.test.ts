import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { indicatorCounts, indicatorRows } from '../../domain/indicators';
import { indicatorCountOption } from './indicator-count-option';

const zh = { count: (n: number) => `:${n}个` };

describe('indicator count option', () => {
  it('has one bar per 二级 with its count, and escapes names in tooltips', () => {
    const counts = indicatorCounts(indicatorRows(shippedDataset()));
    const option = indicatorCountOption(counts, zh);
    const values =
      (option.series as Array<{ data: Array<{ value: number }> }>)[0]?.data.map((d) => d.value) ?? [];
    expect(values.reduce((a, b) => a + b, 0)).toBe(550);
    const tip = (
      indicatorCountOption([{ level1: '<b>', level2: 'x', count: 1 }], zh).tooltip as {
        formatter: (p: { dataIndex: number }) => string;
      }
    ).formatter({ dataIndex: 0 });
    expect(tip).toBe('&lt;b&gt; › x:1个');
  });
  it('counts in the words it is given', () => {
    const tip = (
      indicatorCountOption([{ level1: '产出指标', level2: '数量指标', count: 12 }], {
        count: (n) => `: ${n}`,
      }).tooltip as { formatter: (p: { dataIndex: number }) => string }
    ).formatter({ dataIndex: 0 });
    expect(tip).toBe('产出指标 › 数量指标: 12');
  });
});
