import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { functionTree } from '../../domain/functions';
import { barOrder, functionBarOption } from './function-bar-option';

describe('function bar option', () => {
  const roots = functionTree(shippedDataset());
  it('stacks 基本 and 项目 per 类, largest on top, with exact tooltips', () => {
    const option = functionBarOption(roots, (v) => v.toFixed(2));
    const y = (option.yAxis as { data: string[] }).data;
    expect(y.at(-1)).toBe('206 科学技术支出');
    expect(barOrder(roots).map((n) => n.code)).toEqual(['229', '210', '221', '208', '215', '206']);
    const [basic, project] = option.series as Array<{ data: number[] }>;
    expect(basic?.data.at(-2)).toBe(657.23);
    expect(project?.data.at(-2)).toBe(4150.33);
    const tip = (option.tooltip as { formatter: (p: Array<{ dataIndex: number }>) => string }).formatter([
      { dataIndex: 4 },
    ]);
    expect(tip).toContain('4807.56');
  });
});
