import type Decimal from 'decimal.js';
// Through money.ts, which sets the precision every amount is computed and converted with.
import { money } from '../../domain/money';
import type { Lang } from '../i18n/translate';

/** Display units for money. Data is always 万元 as published; conversion is exact (Decimal). */
export type MoneyUnit = 'wan' | 'yuan' | 'yi';

const UNIT_LABELS: Record<Lang, Record<MoneyUnit, string>> = {
  zh: { wan: '万元', yuan: '元', yi: '亿元' },
  en: { wan: '10k yuan', yuan: 'yuan', yi: '100m yuan' },
};

/** The unit's name in the reader's language: 万元 / "10k yuan". */
export function unitLabel(unit: MoneyUnit, lang: Lang = 'zh'): string {
  return UNIT_LABELS[lang][unit];
}
const FROM_WAN: Record<MoneyUnit, Decimal> = {
  wan: money('1'),
  yuan: money('10000'),
  yi: money('0.0001'),
};
// 亿元 with two places and every further digit a value has (0.00022 for 2.20 万元, 0.40 for 4,000.00): exact, without
// padding every amount to the six places a 万元 figure can need.
const PLACES: Record<MoneyUnit, number> = { wan: 2, yuan: 2, yi: 2 };

/** Text made for people from an exact value; the only kind of string a number becomes. */
export type DisplayText = string & { readonly __display: unique symbol };

function group(fixed: string): string {
  // A value that is zero as shown (−0, or −0.001 at two places) has no sign: "0.00", never "−0.00".
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  if (fixed.startsWith('-')) fixed = fixed.slice(1);
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * The exact value in a display unit with the unit's places, or as many as it has (an amount printed as 0.125, or
 * one printed in 元 shown in 万元): a display never rounds an amount away.
 */
function exactFixed(valueInWan: Decimal, unit: MoneyUnit): string {
  const v = valueInWan.times(FROM_WAN[unit]);
  return v.toFixed(Math.max(PLACES[unit], v.decimalPlaces()));
}

/** 11098.87 万元 → "11,098.87" (wan), "110,988,700.00" (yuan), "1.109887" (yi). Exact: no float involved. */
export function formatMoney(valueInWan: Decimal, unit: MoneyUnit = 'wan'): DisplayText {
  return group(exactFixed(valueInWan, unit)) as DisplayText;
}

export function formatMoneyWithUnit(
  valueInWan: Decimal,
  unit: MoneyUnit = 'wan',
  lang: Lang = 'zh',
): DisplayText {
  return `${formatMoney(valueInWan, unit)} ${unitLabel(unit, lang)}` as DisplayText;
}

/** A change with its sign: "+1,812.07", "−0.70", "0.00". */
export function formatSignedMoney(valueInWan: Decimal, unit: MoneyUnit = 'wan'): DisplayText {
  const text = formatMoney(valueInWan, unit);
  return (valueInWan.isPositive() && !valueInWan.isZero() ? `+${text}` : text) as DisplayText;
}

export function formatPercent(value: Decimal | null, places = 2, signed = false): DisplayText {
  if (value === null) return '—' as DisplayText;
  const text = group(value.toFixed(places));
  return `${signed && value.isPositive() && /[1-9]/.test(text) ? '+' : ''}${text}%` as DisplayText;
}

export function formatCount(n: number): DisplayText {
  return group(String(n)) as DisplayText;
}

/** A count held as an exact decimal (a stated number of projects or vehicles): "44", "1,200". */
export function formatQuantity(value: Decimal): DisplayText {
  return group(value.toFixed()) as DisplayText;
}

/** The exact value in a display unit as a plain decimal ("110988700.00", "-0.70"): for CSV and data attributes. */
export function exactMoney(valueInWan: Decimal, unit: MoneyUnit = 'wan'): string {
  return exactFixed(valueInWan.isZero() ? valueInWan.abs() : valueInWan, unit);
}
