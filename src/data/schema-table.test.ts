import { describe, expect, it } from 'vitest';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../domain/money';
import { decimalString } from './schema-table';

describe('a money string', () => {
  it('may have as many digits as the precision money.ts configures holds, and no more', () => {
    const int = '9'.repeat(MAX_INTEGER_DIGITS);
    const frac = '9'.repeat(MAX_FRACTION_DIGITS);
    for (const ok of [`${int}.${frac}`, `-${int}.${frac}`, '0.5', '11098.87'])
      expect(decimalString.safeParse(ok).success, ok).toBe(true);
    for (const tooLong of [`1${int}`, `-1${int}.5`, `0.${frac}1`]) {
      const r = decimalString.safeParse(tooLong);
      expect(r.error?.issues.map((i) => i.message)).toEqual([
        `"${tooLong}" has more digits than an amount may have (18 before the point, 8 after)`,
      ]);
    }
  });
  it('names only the shape when the text is not a decimal', () => {
    expect(decimalString.safeParse('12,5').error?.issues.map((i) => i.message)).toEqual([
      '"12,5" is not a decimal string (digits, one optional point, no separators)',
    ]);
  });
});
