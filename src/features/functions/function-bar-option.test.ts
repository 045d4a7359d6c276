import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { FUNCTION_CLASSES_EN } from '../../lib/i18n/strings/en/function-classes';
import { functionTree } from '../../domain/functions';
import { barOrder, functionBarOption } from './function-bar-option';

describe('function bar option', () => {
  const roots = functionTree(shippedDataset());
  const zh = {
    basic: '基本支出',
    project: '项目支出',
    total: '合计',
    node: (n: { code: string; name: string }) => `${n.code} ${n.name}`,
  };
  it('stacks 基本 and 项目 per 类, largest on top, with exact tooltips', () => {
    const option = functionBarOption(roots, (v) => v.toFixed(2), zh);
    const y = (option.yAxis as { data: string[] }).data;
    expect(y.at(-1)).toBe('206 科学技术支出');
    expect(barOrder(roots).map((n) => n.code)).toEqual(['229', '210', '221', '208', '215', '206']);
    const [basic, project] = option.series as Array<{ name: string; data: number[] }>;
    expect(basic?.name).toBe('基本支出');
    expect(basic?.data.at(-2)).toBe(657.23);
    expect(project?.data.at(-2)).toBe(4150.33);
    const tip = (option.tooltip as { formatter: (p: Array<{ dataIndex: number }>) => string }).formatter([
      { dataIndex: 4 },
    ]);
    expect(tip).toContain('合计 4807.56');
  });
  it('speaks the words it is given', () => {
    const option = functionBarOption(roots, (v) => `${v.toFixed(2)} 10k yuan`, {
      basic: 'Basic expenditure',
      project: 'Project expenditure',
      total: 'Total',
      node: (n) => `${n.code} ${n.name} (${FUNCTION_CLASSES_EN[n.code] ?? ''})`,
    });
    expect((option.series as Array<{ name: string }>).map((x) => x.name)).toEqual([
      'Basic expenditure',
      'Project expenditure',
    ]);
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe(
      '206 科学技术支出 (Science and technology)',
    );
    const tip = (option.tooltip as { formatter: (p: Array<{ dataIndex: number }>) => string }).formatter([
      { dataIndex: 4 },
    ]);
    expect(tip).toContain('Total 4807.56 10k yuan<br/>Basic expenditure');
  });
});
