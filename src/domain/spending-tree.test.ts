import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { sum } from './money';
import { type SpendingNode, spendingByFunction, spendingByNature, treeShares } from './spending-tree';

const d = shippedDataset();

function expectChildrenAddUp(n: SpendingNode) {
  if (!n.children?.length) return;
  expect(sum(n.children.map((c) => c.value)).toFixed(2), n.name).toBe(n.value.toFixed(2));
  n.children.forEach(expectChildrenAddUp);
}

describe('spending hierarchies for the sunburst', () => {
  it('by nature: 852.21 basic (789.21 人员 + 63.00 公用) and 10,246.66 projects (405.47 + 9,841.19)', () => {
    const root = spendingByNature(d);
    expect(root.value.toFixed(2)).toBe('11098.87');
    const [basic, project] = root.children ?? [];
    expect(basic?.children?.map((c) => [c.name, c.value.toFixed(2)])).toEqual([
      ['人员支出', '789.21'],
      ['日常公用支出', '63.00'],
    ]);
    expect(project?.children?.map((c) => [c.name, c.value.toFixed(2), c.children?.length])).toEqual([
      ['其他运转类', '405.47', 8],
      ['特定目标类', '9841.19', 36],
    ]);
    expectChildrenAddUp(root);
  });
  it('by function: every ring adds up, and unattributed project spending is one labelled sector per 项', () => {
    const root = spendingByFunction(d);
    expectChildrenAddUp(root);
    const pools: string[] = [];
    const walk = (n: SpendingNode) => {
      if (n.id.endsWith('-pool')) pools.push(`${n.id} ${n.value.toFixed(2)}`);
      n.children?.forEach(walk);
    };
    walk(root);
    expect(pools).toEqual(['2069999-pool 6086.33', '2150599-pool 4150.33']);
  });
});

describe('tree shares', () => {
  it('add up at every level', () => {
    const root = spendingByNature(d);
    const shares = treeShares(root);
    const check = (n: SpendingNode) => {
      if (!n.children?.length) return;
      expect(sum(n.children.map((c) => shares.get(c.id)!)).toFixed(2)).toBe(shares.get(n.id)!.toFixed(2));
      n.children.forEach(check);
    };
    check(root);
    expect(shares.get('basic')?.toFixed(2)).toBe('7.68');
  });
});
