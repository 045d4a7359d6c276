import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyWithUnit, formatPercent, formatSignedMoney } from './number';

describe('formatMoney', () => {
  it('groups thousands exactly as published in 万元', () => {
    expect(formatMoney(new Decimal('11098.87'))).toBe('11,098.87');
    expect(formatMoney(new Decimal('0.5'))).toBe('0.50');
  });
  it('converts units exactly', () => {
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'yuan')).toBe('110,988,700.00 元');
    expect(formatMoney(new Decimal('11098.87'), 'yi')).toBe('1.109887');
  });
  it("names the unit in the reader's language", () => {
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'wan', 'en')).toBe('11,098.87 10k yuan');
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'yuan', 'en')).toBe('110,988,700.00 yuan');
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'yi', 'en')).toBe('1.109887 100m yuan');
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'yi')).toBe('1.109887 亿元');
  });
  it('signs changes with a true minus', () => {
    expect(formatSignedMoney(new Decimal('1812.07'))).toBe('+1,812.07');
    expect(formatSignedMoney(new Decimal('-0.7'))).toBe('−0.70');
    expect(formatPercent(new Decimal('-24.14'))).toBe('−24.14%');
    expect(formatPercent(null)).toBe('—');
  });
});
