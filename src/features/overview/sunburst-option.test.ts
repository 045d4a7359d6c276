import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { spendingByNature } from '../../domain/spending-tree';
import { sunburstOption, toSunburstData } from './sunburst-option';

describe('sunburst option', () => {
  const root = spendingByNature(shippedDataset());
  it('carries exact text beside the float coordinate', () => {
    const data = toSunburstData(root, (n) => `${n.value.toFixed(2)} 万元`);
    expect(data.exact).toBe('11098.87 万元');
    expect(data.children?.map((c) => c.exact)).toEqual(['852.21 万元', '10246.66 万元']);
  });
  it('escapes data text in the tooltip', () => {
    const option = sunburstOption({ ...root, name: '<img src=x onerror=alert(1)>' }, () => '1');
    const series = (option.series as Array<{ data: unknown[] }>)[0];
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: series?.data[0], treePathInfo: [{ name: '' }, { name: '<b>x</b>' }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
  it('colours 基本 and 项目 distinctly', () => {
    const option = sunburstOption(root, () => '');
    const top = (
      option.series as Array<{ data: Array<{ children: Array<{ itemStyle: { color: string } }> }> }>
    )[0]?.data[0];
    const [a, b] = top?.children ?? [];
    expect(a?.itemStyle.color).not.toBe(b?.itemStyle.color);
  });
});
