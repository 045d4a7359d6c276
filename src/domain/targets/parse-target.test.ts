import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { isQuantitative, parseTarget, targetInWan } from './parse-target';

const q = (printed: string) => {
  const t = parseTarget(printed);
  if (t.kind !== 'quantity') throw new Error(`${printed} → ${t.kind}`);
  return {
    comparator: t.comparator,
    value: t.value.toString(),
    unit: t.unit,
    qualifier: t.qualifier,
    readAs: t.readAs,
  };
};

describe('parseTarget: every shape the 2023 document prints', () => {
  it('reads comparator, exact value and unit', () => {
    expect(q('≥95%')).toEqual({ comparator: '≥', value: '95', unit: '%', qualifier: null, readAs: null });
    expect(q('≤2.48万元')).toMatchObject({ comparator: '≤', value: '2.48', unit: '万元' });
    expect(q('=1套')).toMatchObject({ comparator: '=', value: '1', unit: '套' });
    expect(q('>98%')).toMatchObject({ comparator: '>', value: '98', unit: '%' });
    expect(q('<0.5小时')).toMatchObject({ comparator: '<', value: '0.5', unit: '小时' });
    expect(q('≥99.99百分比')).toMatchObject({ value: '99.99', unit: '百分比' });
    expect(q('≤600元/件')).toMatchObject({ value: '600', unit: '元/件' });
    expect(q('≥0.9数据备份率')).toMatchObject({ value: '0.9', unit: '数据备份率' });
  });
  it('keeps a parenthesised remark apart from the unit', () => {
    expect(q('=365天 (年)')).toMatchObject({ unit: '天', qualifier: '(年)' });
    expect(q('=100%(不包含提交评审后,建设单位取消立项的项目)')).toMatchObject({
      unit: '%',
      qualifier: '(不包含提交评审后,建设单位取消立项的项目)',
    });
  });
  it('reads ≪ as ≤ and says so', () => {
    expect(q('≪4小时')).toMatchObject({ comparator: '≤', readAs: '≪ read as ≤' });
  });
  it('reads grades, dates, blanks and free text', () => {
    expect(parseTarget('优')).toEqual({ kind: 'grade', grade: '优' });
    expect(parseTarget('一等')).toEqual({ kind: 'grade', grade: '一等' });
    expect(parseTarget('2023年6月30日')).toEqual({ kind: 'date', year: 2023, month: 6, day: 30, suffix: '' });
    expect(parseTarget('2023年3月份之前')).toMatchObject({ kind: 'date', year: 2023, month: 3, day: null });
    expect(parseTarget('')).toEqual({ kind: 'blank' });
    expect(parseTarget('系统运行稳定')).toEqual({ kind: 'text', text: '系统运行稳定' });
    expect(parseTarget('在预算内完成')).toMatchObject({ kind: 'text' });
  });
  it('reads the numbers the document states in words as 定量, keeping the words as printed', () => {
    // The eleven targets at lines 869, 873–874, 876–877, 1057, 1067–1068, 1280, 1283 and 1287 of the source.
    expect(q('>7*24')).toMatchObject({ comparator: '>', value: '7', unit: '*24' });
    expect(q('每年12份')).toEqual({
      comparator: null,
      value: '12',
      unit: '份',
      qualifier: '每年',
      readAs: null,
    });
    expect(q('每月2份')).toMatchObject({ value: '2', unit: '份', qualifier: '每月' });
    expect(q('每天1次')).toMatchObject({ value: '1', unit: '次', qualifier: '每天' });
    expect(q('提高10%-15%')).toMatchObject({
      comparator: '≥',
      value: '10',
      unit: '%',
      qualifier: '提高10%-15%',
    });
    expect(q('优化5%')).toMatchObject({ comparator: null, value: '5', unit: '%', qualifier: '优化' });
    expect(q('提升5%')).toMatchObject({ value: '5', qualifier: '提升' });
    expect(q('不超项目总金额的20%')).toMatchObject({
      comparator: '≤',
      value: '20',
      unit: '%',
      qualifier: '项目总金额的',
    });
    expect(q('小于等于6(+2)月')).toMatchObject({ comparator: '≤', value: '6', qualifier: '(+2)月' });
    expect(q('年度收集解决企业诉求不少于10万个,形成经济发展正相关。')).toMatchObject({
      comparator: '≥',
      value: '10',
      unit: '万个',
    });
    // Words without a number stay 定性.
    expect(parseTarget('优化营商环境')).toMatchObject({ kind: 'text' });
    expect(parseTarget('减少资源浪费')).toMatchObject({ kind: 'text' });
  });
  it('gives money targets in 万元', () => {
    expect(targetInWan(parseTarget('≤453.75万元'))?.toString()).toBe('453.75');
    expect(targetInWan(parseTarget('≤4000万'))?.toString()).toBe('4000');
    expect(targetInWan(parseTarget('≥95%'))).toBeNull();
  });
});

describe('parseTarget over the whole dataset', () => {
  it('classifies every one of the 550 targets', () => {
    const d = shippedDataset();
    const kinds: Record<string, number> = {};
    for (const t of d.performance)
      for (const i of t.indicators) {
        const k = parseTarget(i.target).kind;
        kinds[k] = (kinds[k] ?? 0) + 1;
      }
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(550);
    expect(Object.keys(kinds).sort()).toEqual(['blank', 'date', 'grade', 'quantity', 'text']);
    expect(kinds.quantity).toBeGreaterThan(400);
    expect(isQuantitative(parseTarget('≥95%'))).toBe(true);
    expect(isQuantitative(parseTarget('优'))).toBe(false);
  });
});
