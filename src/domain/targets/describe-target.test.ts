import { describe, expect, it } from 'vitest';
import { describeTarget, describeTargetParts, targetKindLabel } from './describe-target';
import { parseTarget } from './parse-target';

describe('describeTarget', () => {
  it('reads targets in plain words', () => {
    expect(describeTarget(parseTarget('≥95%'))).toBe('不低于 95 %');
    expect(describeTarget(parseTarget('≤2.48万元'))).toBe('不高于 2.48 万元');
    expect(describeTarget(parseTarget('≪4小时'))).toContain('按“≤”理解');
    expect(describeTarget(parseTarget('优'))).toBe('等级:优');
    expect(describeTarget(parseTarget('2023年6月30日'))).toBe('日期:2023年6月30日');
    expect(describeTarget(parseTarget('2023年12月底前'))).toBe('日期:2023年12月底前');
    expect(describeTarget(parseTarget(''))).toBe('原文此格为空');
    expect(targetKindLabel(parseTarget('稳定'))).toBe('定性');
  });
  it('reads targets in English, keeping printed units and grades as printed', () => {
    expect(describeTarget(parseTarget('≥95%'), 'en')).toBe('at least 95 %');
    expect(describeTarget(parseTarget('≪4小时'), 'en')).toBe('at most 4 小时 (printed ≪ read as ≤)');
    expect(describeTarget(parseTarget('2023年6月30日'), 'en')).toBe('date: 2023-06-30');
    expect(describeTarget(parseTarget('稳定'), 'en')).toBe('qualitative description');
    expect(describeTargetParts(parseTarget('≤2.48万元'), 'en')).toEqual([
      { text: 'at most 2.48' },
      { text: ' ' },
      { text: '万元', printed: true },
    ]);
    expect(describeTargetParts(parseTarget('优'), 'en')).toEqual([
      { text: 'grade: ' },
      { text: '优', printed: true },
    ]);
  });
});
