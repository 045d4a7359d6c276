import Decimal from 'decimal.js';

/**
 * The largest amount a dataset may print (schema-table.ts): 18 digits before the point, 8 after — 10^18 元 is a
 * million times any national budget. Sums of such amounts, converted between 元, 万元 and 亿元 (which moves the
 * point, not the digits), need 26 significant digits and a few more per tenfold of rows; decimal.js rounds every
 * result to 20 by default, which silently changes an amount of 21 digits. Set here, once, for the one Decimal class
 * every module shares (this module is loaded wherever money is computed: the app, the importer's Worker, scripts).
 */
export const MAX_INTEGER_DIGITS = 18;
export const MAX_FRACTION_DIGITS = 8;
const MONEY_PRECISION = 40;
Decimal.set({ precision: MONEY_PRECISION });

/** An exact amount in the dataset's unit (万元 as published). Never a float. */
export type Money = Decimal;

export const ZERO: Money = new Decimal(0);

export function money(text: string): Money {
  return new Decimal(text);
}

export function sum(values: ReadonlyArray<Money | null | undefined>): Money {
  return values.reduce<Money>((acc, v) => (v ? acc.plus(v) : acc), ZERO);
}

/**
 * Percentage change from `before` to `after`, exact, rounded half-up to `places` as the document prints it. Relative
 * to the size of `before`, so its sign is the change's sign also when `before` is negative (−10 → −5 is +50%).
 */
export function percentChange(before: Money, after: Money, places = 2): Decimal | null {
  if (before.isZero()) return null;
  return after.minus(before).div(before.abs()).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Share of a part in a whole, as a percentage with `places` decimals. */
export function share(part: Money, whole: Money, places = 2): Decimal | null {
  if (whole.isZero()) return null;
  return part.div(whole).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * Largest-remainder rounding: percentages of `parts` that add up to exactly 100 at `places` decimals.
 * Returns null entries for a zero whole.
 */
export function sharesSummingTo100(parts: ReadonlyArray<Money>, places = 1): Decimal[] | null {
  return apportion(parts, new Decimal(100), places);
}

/**
 * Splits `target` in proportion to `parts`, rounded to `places`, so the pieces add up to `target` exactly
 * (largest remainder). Used for shares of a parent's share in trees.
 */
export function apportion(parts: ReadonlyArray<Money>, target: Decimal, places = 2): Decimal[] | null {
  const whole = sum(parts);
  if (whole.isZero()) return null;
  const unit = new Decimal(10).pow(-places);
  const raw = parts.map((p) => p.div(whole).times(target));
  const floored = raw.map((r) => r.toDecimalPlaces(places, Decimal.ROUND_FLOOR));
  let remaining = target.minus(sum(floored)).div(unit).round().toNumber();
  const order = raw
    .map((r, i) => ({ i, rem: r.minus(floored[i] as Decimal) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const out = [...floored];
  for (const { i } of order) {
    if (remaining <= 0) break;
    out[i] = (out[i] as Decimal).plus(unit);
    remaining -= 1;
  }
  return out;
}
