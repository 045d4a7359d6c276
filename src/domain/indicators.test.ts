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
    // Sizes counted outside the filter: in the source text (≥ 245 times, =100% 48 times: each a target) and in the
    // bundled JSON ("level1": "成本指标" 72 times, an indicator "name" with 满意度 55 times).
    const cost = filterIndicators(rows, { ...none, level1: '成本指标' });
    expect(cost).toHaveLength(72);
    expect(cost.every((r) => r.level1 === '成本指标')).toBe(true);
    // 65 经济成本, 4 生态环境成本 and 3 社会成本 (source lines cited), as e2e/indicators-filter.spec.ts counts them.
    const linesOf = (level2: string) => cost.filter((r) => r.level2 === level2).map((r) => r.line);
    expect(linesOf('经济成本指标')).toHaveLength(65);
    expect(linesOf('生态环境成本指标')).toEqual([525, 920, 945, 1364]);
    expect(linesOf('社会成本指标')).toEqual([919, 944, 1057]);
    // "at least": printed as ≥ (245), or in words (不少于 at line 1287, a range 提高10%-15% at line 1057).
    const atLeast = filterIndicators(rows, { ...none, comparator: '≥' });
    expect(atLeast).toHaveLength(247);
    expect(atLeast.filter((r) => !r.target.startsWith('≥')).map((r) => r.line)).toEqual([1057, 1287]);
    const satisfaction = filterIndicators(rows, { ...none, query: '满意度' });
    expect(satisfaction).toHaveLength(55);
    expect(satisfaction.every((r) => r.name.includes('满意度'))).toBe(true);
    // One of the 48 is =100%(不包含提交评审后,建设单位取消立项的项目): the query matches within the text.
    const exact = filterIndicators(rows, { ...none, query: '=100%' });
    expect(exact).toHaveLength(48);
    expect(exact.filter((r) => r.target !== '=100%').map((r) => r.target)).toEqual([
      '=100%(不包含提交评审后,建设单位取消立项的项目)',
    ]);
    const q = filterIndicators(rows, { ...none, kind: 'quantitative' });
    const ql = filterIndicators(rows, { ...none, kind: 'qualitative' });
    expect(q.length + ql.length).toBe(550);
    expect(q.length > 0 && ql.length > 0).toBe(true);
    expect(q.every((r) => r.quantitative) && ql.every((r) => !r.quantitative)).toBe(true);
  });
  it('a filter that matches nothing gives nothing, and filters combine', () => {
    expect(filterIndicators(rows, { ...none, query: '不存在的指标' })).toEqual([]);
    // The text query reads name, target and project, not the 二级 label: 生态环境污染率 at lines 920 and 945.
    const both = filterIndicators(rows, { ...none, level1: '成本指标', query: '生态环境' });
    expect(both.map((r) => [r.line, r.name])).toEqual([
      [920, '生态环境污染率'],
      [945, '生态环境污染率'],
    ]);
  });
  it('counts by 一级 and 二级, adding up to the whole', () => {
    const counts = indicatorCounts(rows);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(550);
    // 146 printed under 数量指标, less p36's five read as 质量指标 (lines 1213–1217, as p41 and p43 label them).
    expect(counts.find((c) => c.level2 === '数量指标')?.count).toBe(141);
  });
});
