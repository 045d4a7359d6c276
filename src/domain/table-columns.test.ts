import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { cell, findRow } from './table';

// The model is typed by table: a row of the 支出总表 answers only to that table's columns. `tsc -p .` (part of the
// build and of CI's lint step) compiles this file, so each @ts-expect-error below fails the build the day a misspelt
// column compiles again.
describe('columns by table', () => {
  it('reads a named column of its own table, and a misspelt one does not compile', () => {
    const d = shippedDataset();
    const total = findRow(d.tables.expenditure, 'total');
    // Line 123 of the 2023 text: 支出总表 合计 11098.87 万元, 基本支出 852.21, 项目支出 10246.66.
    expect(
      [cell(total, 'total'), cell(total, 'basic'), cell(total, 'project')].map((v) => v.toFixed(2)),
    ).toEqual(['11098.87', '852.21', '10246.66']);
    // @ts-expect-error — 'totl' is not a column of the 支出总表
    expect(cell(total, 'totl').isZero()).toBe(true);
    // @ts-expect-error — 'incomeAmount' is a column of the 收支总表, not of the 支出总表
    expect(cell(total, 'incomeAmount').isZero()).toBe(true);
    const sg = d.tables.sangong.rows[0];
    // 三公 columns carry the year; an item that is not one does not compile.
    expect(cell(sg, `total${d.year}`).isZero()).toBe(false);
    // @ts-expect-error — 'tota' is no 三公 item
    expect(cell(sg, `tota${d.year}`).isZero()).toBe(true);
    // @ts-expect-error — deptKuan is a text column, and misspelt
    expect(total?.text.deptKaun).toBeUndefined();
  });
});
