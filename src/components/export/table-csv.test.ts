import { describe, expect, it } from 'vitest';
import { sheetText } from './table-csv';

describe('a shown cell as a spreadsheet reads it', () => {
  it.each([
    ['—', ''], // nothing printed: an empty cell, not a dash a spreadsheet takes for text
    ['−0.70', '-0.70'],
    ['比上年 −2.27', '比上年 -2.27'],
    ['(−24.14%)', '(-24.14%)'],
    ['0.70', '0.70'],
    ['—项目', '—项目'], // a dash inside text stays
    ['A−B', 'A−B'], // a minus sign that is not a number's stays
  ])('%s → %s', (shown, exported) => {
    expect(sheetText(shown)).toBe(exported);
  });
});
