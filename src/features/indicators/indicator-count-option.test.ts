import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { indicatorCounts, indicatorRows } from '../../domain/indicators';
import { indicatorCountOption, level1Colors } from './indicator-count-option';

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
  it('keeps each 一级 in its colour whatever the filter shows', () => {
    const all = ['产出指标', '效益指标', '满意度指标', '成本指标', '其他指标'];
    const colors = level1Colors(all);
    const colorOf = (level1: string, shown: string[]) => {
      const option = indicatorCountOption(
        shown.map((l) => ({ level1: l, level2: 'x', count: 1 })),
        zh,
        colors,
      );
      const data = (option.series as Array<{ data: Array<{ itemStyle: { color: string } }> }>)[0]?.data ?? [];
      // Bars run bottom-up: the last shown is the first bar.
      return data[shown.length - 1 - shown.indexOf(level1)]?.itemStyle.color;
    };
    expect(colorOf('满意度指标', ['产出指标', '满意度指标'])).toBe(colorOf('满意度指标', ['满意度指标']));
    expect(colorOf('成本指标', ['成本指标'])).not.toBe(colorOf('产出指标', ['产出指标']));
    // Five 一级, five different colours; the one not in the national list gets a free colour.
    expect(new Set(colors.values()).size).toBe(5);
  });
});
