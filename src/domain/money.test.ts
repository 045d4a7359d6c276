import { describe, expect, it } from 'vitest';
import { money, percentChange, share, sharesSummingTo100, sum } from './money';

describe('money', () => {
  it.each([
    [['852.21', '10246.66'], '11098.87'],
    [['0.1', '0.2'], '0.3'],
    [['-0.70', '0.70'], '0'],
    [[], '0'],
    [['1.005', null, undefined, '2'], '3.005'],
  ])('sums %j exactly to %s, a blank cell (null) adding nothing', (parts, expected) => {
    expect(sum(parts.map((p) => (typeof p === 'string' ? money(p) : p))).toFixed()).toBe(expected);
  });
  it('computes the 三公 decrease the notes state (2.90 → 2.20 = −24.14%)', () => {
    expect(percentChange(money('2.90'), money('2.20'))?.toFixed(2)).toBe('-24.14');
    expect(percentChange(money('0'), money('1'))).toBeNull();
  });
  it('gives a change from a negative amount the sign of the change (−10 → −5 is +50%, −5 → −10 is −100%)', () => {
    expect(percentChange(money('-10'), money('-5'))?.toFixed(2)).toBe('50.00');
    expect(percentChange(money('-5'), money('-10'))?.toFixed(2)).toBe('-100.00');
    expect(percentChange(money('-10'), money('10'))?.toFixed(2)).toBe('200.00');
  });
  it('keeps every digit of the largest amounts a dataset may print (18 + 8 digits), summed and converted', () => {
    const big = money('999999999999999999.99999999');
    expect(sum([big, big, money('0.00000001')]).toFixed()).toBe('1999999999999999999.99999999');
    expect(big.div(10000).toFixed()).toBe('99999999999999.999999999999');
    expect(big.times(10000).minus(big).toFixed()).toBe('9998999999999999999999.99990001');
  });
  it('computes shares', () => {
    expect(share(money('852.21'), money('11098.87'))?.toFixed(2)).toBe('7.68');
  });
  it.each([
    // part, whole, share (2 places, half up), as the document prints a share
    ['1', '20000', '0.01'], // 0.005 % exactly: the half goes up
    ['1', '20001', '0.00'], // just under the half
    ['-1', '20000', '-0.01'], // half up is away from zero for a negative part
    ['0', '11098.87', '0.00'],
    ['11098.87', '11098.87', '100.00'],
  ])('share of %s in %s is %s %%', (part, whole, expected) => {
    expect(share(money(part), money(whole))?.toFixed(2)).toBe(expected);
  });
  it('has no share of a zero whole, nor a change from zero, nor shares of zero parts', () => {
    expect(share(money('1'), money('0'))).toBeNull();
    expect(share(money('0'), money('-0'))).toBeNull();
    expect(percentChange(money('0'), money('0'))).toBeNull();
    expect(sharesSummingTo100([money('0'), money('0')])).toBeNull();
    expect(sharesSummingTo100([])).toBeNull();
  });
  it.each([
    ['10000', '10000.5', '0.01'], // +0.005 %: half up
    ['10000', '9999.5', '-0.01'], // −0.005 %: away from zero
    ['10000', '10000.49', '0.00'],
    ['2.90', '2.90', '0.00'],
  ])('rounds a change %s → %s to %s %%, half up', (before, after, expected) => {
    expect(percentChange(money(before), money(after))?.toFixed(2)).toBe(expected);
  });
  it('rounds shares so they add up to exactly 100', () => {
    const parts = ['1', '1', '1'].map(money);
    const shares = sharesSummingTo100(parts, 1)!;
    expect(shares.map((s) => s.toFixed(1))).toEqual(['33.4', '33.3', '33.3']);
    expect(sum(shares).toFixed(1)).toBe('100.0');
  });
  it('gives a zero part a zero share and the whole 100 to the one part that is not zero', () => {
    const shares = sharesSummingTo100(['0', '5', '0'].map(money), 2)!;
    expect(shares.map((s) => s.toFixed(2))).toEqual(['0.00', '100.00', '0.00']);
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
