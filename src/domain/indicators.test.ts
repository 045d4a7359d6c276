import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { filterIndicators, indicatorCounts, indicatorRows } from './indicators';

const rows = indicatorRows(shippedDataset());
const none = { level1: null, level2: null, comparator: null, kind: null, query: '' } as const;

describe('all indicators', () => {
  it('flattens the 550 indicators of the 43 tables', () => {
    expect(rows).toHaveLength(550);
    expect(rows[0]).toMatchObject({
      projectId: 'p01',
      level1: '成本指标',
      name: '总成本控制金额',
      target: '≤2.48万元',
      comparator: '≤',
    });
  });
  it('filters by level, comparator, kind and text', () => {
    const cost = filterIndicators(rows, { ...none, level1: '成本指标' });
    expect(cost.every((r) => r.level1 === '成本指标')).toBe(true);
    expect(cost.length).toBeGreaterThan(40);
    // "at least": printed as ≥, or in words (不少于 at line 1287, a range 提高10%-15% at line 1057).
    const atLeast = filterIndicators(rows, { ...none, comparator: '≥' });
    expect(atLeast.length).toBeGreaterThan(100);
    expect(atLeast.filter((r) => !r.target.startsWith('≥')).map((r) => r.line)).toEqual([1057, 1287]);
    expect(filterIndicators(rows, { ...none, query: '满意度' }).length).toBeGreaterThan(40);
    const q = filterIndicators(rows, { ...none, kind: 'quantitative' }).length;
    const ql = filterIndicators(rows, { ...none, kind: 'qualitative' }).length;
    expect(q + ql).toBe(550);
  });
  it('counts by 一级 and 二级, adding up to the whole', () => {
    const counts = indicatorCounts(rows);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(550);
    // 146 printed under 数量指标, less p36's five read as 质量指标 (lines 1213–1217, as p41 and p43 label them).
    expect(counts.find((c) => c.level2 === '数量指标')?.count).toBe(141);
  });
});
