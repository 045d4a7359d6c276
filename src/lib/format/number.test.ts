import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  exactMoney,
  formatCount,
  formatMoney,
  formatMoneyWithUnit,
  formatPercent,
  formatQuantity,
  formatSignedMoney,
  type MoneyUnit,
} from './number';

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

describe('every unit, every edge (table-driven)', () => {
  const d = (v: string) => new Decimal(v);
  it.each<[string, MoneyUnit, string, string]>([
    // value in 万元, unit, as shown, as exported
    ['11098.87', 'wan', '11,098.87', '11098.87'],
    ['11098.87', 'yuan', '110,988,700.00', '110988700.00'],
    ['11098.87', 'yi', '1.109887', '1.109887'],
    ['0', 'wan', '0.00', '0.00'],
    ['0', 'yuan', '0.00', '0.00'],
    ['0', 'yi', '0.00', '0.00'],
    ['-0', 'wan', '0.00', '0.00'],
    ['-0', 'yuan', '0.00', '0.00'],
    ['-0', 'yi', '0.00', '0.00'],
    // 1 元 and 1 分: a 元 table's smallest amounts, exact in every unit (nothing rounds away)
    ['0.0001', 'yuan', '1.00', '1.00'],
    ['0.0001', 'wan', '0.0001', '0.0001'],
    ['0.0001', 'yi', '0.00000001', '0.00000001'],
    ['0.000001', 'yuan', '0.01', '0.01'],
    ['0.000001', 'yi', '0.0000000001', '0.0000000001'],
    // the half of the last shown place is kept, not rounded: 0.005 万元 = 50 元, 0.00005 万元 = 0.5 元
    ['0.005', 'wan', '0.005', '0.005'],
    ['0.00005', 'yuan', '0.50', '0.50'],
    ['4999.995', 'yi', '0.4999995', '0.4999995'],
    ['10000', 'yi', '1.00', '1.00'],
    ['-0.70', 'yi', '−0.00007', '-0.00007'],
    ['-1812.07', 'yuan', '−18,120,700.00', '-18120700.00'],
    ['999999999999999999.99999999', 'yi', '99,999,999,999,999.999999999999', '99999999999999.999999999999'],
  ])('%s 万元 in %s: shown %s, exported %s', (value, unit, shown, exported) => {
    expect(formatMoney(d(value), unit)).toBe(shown);
    expect(exactMoney(d(value), unit)).toBe(exported);
    // The exported text converts back to the very value: a unit change is exact both ways.
    const back = { wan: '1', yuan: '0.0001', yi: '10000' }[unit];
    expect(d(exported).times(back).equals(d(value))).toBe(true);
  });

  it.each<[string | null, number, boolean, string]>([
    ['24.14', 2, false, '24.14%'],
    ['12.345', 2, false, '12.35%'], // half up
    ['-12.345', 2, false, '−12.35%'], // half away from zero
    ['0.005', 2, true, '+0.01%'],
    ['-0.004', 2, true, '0.00%'], // zero as shown: no sign either way
    ['0', 2, true, '0.00%'],
    ['-0', 1, false, '0.0%'],
    ['1234.5', 1, false, '1,234.5%'],
    [null, 2, true, '—'], // a share of a zero total
  ])('percent %s at %i places (signed: %s) reads %s', (value, places, signed, expected) => {
    expect(formatPercent(value === null ? null : d(value), places, signed)).toBe(expected);
  });

  it.each([
    ['0', 'wan', '0.00'],
    ['-0', 'wan', '0.00'],
    ['0.001', 'wan', '+0.001'],
    ['-0.001', 'wan', '−0.001'],
    ['44.94', 'yuan', '+449,400.00'],
    ['-2.27', 'yi', '−0.000227'],
  ] as const)('a change of %s 万元 in %s reads %s', (value, unit, expected) => {
    expect(formatSignedMoney(d(value), unit)).toBe(expected);
  });

  it('counts and quantities group thousands and never sign a zero', () => {
    expect([formatCount(0), formatCount(44), formatCount(1000), formatCount(1234567)]).toEqual([
      '0',
      '44',
      '1,000',
      '1,234,567',
    ]);
    expect([formatQuantity(d('-0')), formatQuantity(d('1200')), formatQuantity(d('43'))]).toEqual([
      '0',
      '1,200',
      '43',
    ]);
  });
});
