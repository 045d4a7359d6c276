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
    expect(parseTarget('>7*24')).toEqual({ kind: 'text', text: '>7*24' });
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
