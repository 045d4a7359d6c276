import { describe, expect, it } from 'vitest';
import { describeTarget, targetKindLabel } from './describe-target';
import { parseTarget } from './parse-target';

describe('describeTarget', () => {
  it('reads targets in plain words', () => {
    expect(describeTarget(parseTarget('≥95%'))).toBe('不低于 95 %');
    expect(describeTarget(parseTarget('≤2.48万元'))).toBe('不高于 2.48 万元');
    expect(describeTarget(parseTarget('≪4小时'))).toContain('按“≤”理解');
    expect(describeTarget(parseTarget('优'))).toBe('等级:优');
    expect(describeTarget(parseTarget('2023年6月30日'))).toBe('日期:2023年6月30日');
    expect(describeTarget(parseTarget(''))).toBe('原文此格为空');
    expect(targetKindLabel(parseTarget('稳定'))).toBe('定性');
  });
});
