import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { spendingByNature } from '../../domain/spending-tree';
import { type SunburstDatum, sunburstOption, toSunburstData } from './sunburst-option';

const text = {
  exact: () => '',
  amount: (n: { value: { toFixed: (d: number) => string } }) => n.value.toFixed(2),
};
const drawn = (option: ReturnType<typeof sunburstOption>) =>
  (option.series as Array<{ data: SunburstDatum[] }>)[0]?.data[0] as SunburstDatum;
const depth = (d: SunburstDatum): number => 1 + Math.max(0, ...(d.children ?? []).map(depth));

describe('sunburst option', () => {
  const root = spendingByNature(shippedDataset());
  it('carries exact text beside the float coordinate', () => {
    const data = toSunburstData(root, { exact: (n) => `${n.value.toFixed(2)} 万元`, amount: () => '' });
    expect(data.exact).toBe('11098.87 万元');
    expect(data.children?.map((c) => c.exact)).toEqual(['852.21 万元', '10246.66 万元']);
  });
  it('escapes data text in the tooltip', () => {
    const option = sunburstOption({ ...root, name: '<img src=x onerror=alert(1)>' }, text);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: drawn(option), treePathInfo: [{ name: '' }, { name: '<b>x</b>' }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
  it('colours 基本 and 项目 distinctly', () => {
    const [a, b] = drawn(sunburstOption(root, text)).children ?? [];
    expect(a?.itemStyle?.color).not.toBe(b?.itemStyle?.color);
  });
  it('draws two rings around the centre and labels large sectors with name and amount (lines 413–414)', () => {
    const whole = drawn(sunburstOption(root, text));
    expect(depth(whole)).toBe(3);
    const [basic, project] = whole.children ?? [];
    // 项目支出 10,246.66 of 11,098.87 is 332°: name and amount; 基本支出 852.21 is 27.6°, above the 20° threshold.
    expect(project?.label).toEqual({ show: true, formatter: '项目支出\n10246.66' });
    expect(basic?.label).toEqual({ show: true, formatter: '基本支出\n852.21' });
    // Ring 2: 人员支出 789.21 (25.6°) carries its amount too; 日常公用支出 (2.0°) has no room for a label.
    const [personnel, pub] = basic?.children ?? [];
    expect(personnel?.label).toEqual({ show: true, formatter: '人员支出\n789.21' });
    expect(pub?.label).toEqual({ show: false, formatter: '日常公用支出' });
  });
  it('zoomed into 项目支出, the project types surround it and keep its orange', () => {
    const whole = drawn(sunburstOption(root, text));
    const centre = drawn(sunburstOption(root, text, 'project'));
    expect(centre.nodeId).toBe('project');
    expect(centre.itemStyle).toEqual({ color: whole.children?.[1]?.itemStyle?.color, opacity: 1 });
    expect(centre.children?.map((c) => c.nodeId)).toEqual(root.children?.[1]?.children?.map((c) => c.id));
    expect(depth(centre)).toBe(3);
  });
});
