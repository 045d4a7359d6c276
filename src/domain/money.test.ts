import { describe, expect, it } from 'vitest';
import { money, percentChange, share, sharesSummingTo100, sum } from './money';

describe('money', () => {
  it('adds exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum([money('0.1'), money('0.2')]).toFixed(2)).toBe('0.30');
    expect(sum([money('852.21'), money('10246.66')]).toFixed(2)).toBe('11098.87');
  });
  it('computes the 三公 decrease the notes state (2.90 → 2.20 = −24.14%)', () => {
    expect(percentChange(money('2.90'), money('2.20'))?.toFixed(2)).toBe('-24.14');
    expect(percentChange(money('0'), money('1'))).toBeNull();
  });
  it('computes shares', () => {
    expect(share(money('852.21'), money('11098.87'))?.toFixed(2)).toBe('7.68');
  });
  it('rounds shares so they add up to exactly 100', () => {
    const parts = ['1', '1', '1'].map(money);
    const shares = sharesSummingTo100(parts, 1)!;
    expect(shares.map((s) => s.toFixed(1))).toEqual(['33.4', '33.3', '33.3']);
    expect(sum(shares).toFixed(1)).toBe('100.0');
  });
});

describe('apportion', () => {
  it('keeps the six 类 shares of 11,098.87 at exactly 100.00 (plain rounding gives 100.01)', () => {
    const parts = ['6086.33', '78.09', '46.37', '4807.56', '70.52', '10.00'].map(money);
    const plain = parts.map((p) => share(p, sum(parts))!);
    expect(sum(plain).toFixed(2)).toBe('100.01');
    const fixed = sharesSummingTo100(parts, 2)!;
    expect(sum(fixed).toFixed(2)).toBe('100.00');
  });
});
