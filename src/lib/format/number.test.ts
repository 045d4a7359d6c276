import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { exactMoney, formatMoney, formatMoneyWithUnit, formatPercent, formatSignedMoney } from './number';

describe('formatMoney', () => {
  it('groups thousands exactly as published in 万元', () => {
    expect(formatMoney(new Decimal('11098.87'))).toBe('11,098.87');
    expect(formatMoney(new Decimal('0.5'))).toBe('0.50');
  });
  it('converts units exactly', () => {
    expect(formatMoneyWithUnit(new Decimal('11098.87'), 'yuan')).toBe('110,988,700.00 元');
    expect(formatMoney(new Decimal('11098.87'), 'yi')).toBe('1.109887');
  });
  it('shows 亿元 with two places and only the further digits a value has', () => {
    expect(formatMoney(new Decimal('2.20'), 'yi')).toBe('0.00022');
    expect(formatMoney(new Decimal('4000.00'), 'yi')).toBe('0.40');
    expect(formatMoney(new Decimal('0'), 'yi')).toBe('0.00');
    expect(formatSignedMoney(new Decimal('-0.70'), 'yi')).toBe('−0.00007');
    expect(exactMoney(new Decimal('10246.66'), 'yi')).toBe('1.024666');
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

describe('amounts as printed', () => {
  it("shows and exports every decimal an amount has (at least the unit's places)", () => {
    expect(formatMoney(new Decimal('1234.125'))).toBe('1,234.125');
    expect(exactMoney(new Decimal('1234.125'))).toBe('1234.125');
    expect(formatMoney(new Decimal('0.123456'), 'yuan')).toBe('1,234.56');
    expect(formatMoney(new Decimal('1.2345678'), 'yuan')).toBe('12,345.678');
    expect(formatMoney(new Decimal('11098.8765'), 'yi')).toBe('1.10988765');
    expect(exactMoney(new Decimal('-0.001'))).toBe('-0.001');
  });
  it('keeps every digit of a 26-digit amount', () => {
    const big = new Decimal('999999999999999999.99999999');
    expect(exactMoney(big, 'yuan')).toBe('9999999999999999999999.9999');
    expect(formatMoney(big)).toBe('999,999,999,999,999,999.99999999');
  });
  it('never writes a negative zero', () => {
    expect(formatMoney(new Decimal('-0'))).toBe('0.00');
    expect(formatSignedMoney(new Decimal('-0'))).toBe('0.00');
    expect(exactMoney(new Decimal('-0'))).toBe('0.00');
    expect(formatPercent(new Decimal('-0.001'))).toBe('0.00%');
    expect(formatPercent(new Decimal('-0.001'), 2, true)).toBe('0.00%');
    expect(formatMoney(new Decimal('-0.7'))).toBe('−0.70');
  });
});
