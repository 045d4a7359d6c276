import { createColumnHelper } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sortByDecimal, sortByText } from './sort-fns';
import type { SortingFeatures } from './table-features';
import { sheetText } from './table-sheet';
import { sheetOf } from './testing/sheet-of';

interface Line {
  id: string;
  name: string;
  target: string;
  amount: Decimal;
}

const col = createColumnHelper<SortingFeatures, Line>();
const columns = col.columns([
  col.accessor('name', { id: 'name', header: '项目', sortFn: sortByText }),
  col.accessor('target', { id: 'target', header: '指标值', meta: { csv: (r) => r.target || '（空）' } }),
  col.accessor('amount', { id: 'amount', header: '金额', sortFn: sortByDecimal }),
]);

const lines: Line[] = [
  { id: 'a', name: '律师咨询服务', target: '=100%', amount: new Decimal('2.48') },
  { id: 'b', name: '政务云\n服务费', target: '', amount: new Decimal('4000') },
  { id: 'c', name: '平台运维', target: '≥95%', amount: new Decimal('9.9') },
];
const sheet = (data: Line[], options?: Parameters<typeof sheetOf>[3]) =>
  sheetOf(columns, data, (r) => r.id, options);

describe('a DataTable exported from its data', () => {
  it('has every row, the unit in an amount column’s header and exact decimals in that unit', () => {
    expect(sheet(lines)).toEqual([
      ['项目', '指标值', '金额(万元)'],
      ['律师咨询服务', '=100%', '2.48'],
      ['政务云 服务费', '（空）', '4000.00'],
      ['平台运维', '≥95%', '9.90'],
    ]);
    expect(sheet(lines, { unit: 'yuan' })[0]?.[2]).toBe('金额(元)');
    expect(sheet(lines, { unit: 'yuan' })[1]).toEqual(['律师咨询服务', '=100%', '24800.00']);
  });
  it('follows the sort in the URL (amounts by value, not by text)', () => {
    expect(sheet(lines, { sort: 'amount.desc' }).map((r) => r[0])).toEqual([
      '项目',
      '政务云 服务费',
      '平台运维',
      '律师咨询服务',
    ]);
  });
  it('names no unit when the filter left no rows, as the rendered table did', () => {
    expect(sheet([])).toEqual([['项目', '指标值', '金额']]);
  });
});

describe('a shown figure as a spreadsheet reads it', () => {
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
