import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../data/schema-catalog';
import { money } from '../../domain/money';
import type { CompareRow } from './compare-rows';
import { compareSheet } from './compare-sheet';

const row = (
  name: string,
  scope: '部门' | '单位',
  total: string | null,
  basicShare: string | null,
): CompareRow => ({
  entry: { id: name, department: { code: '', name }, scope } as CatalogEntry,
  total: total === null ? null : money(total),
  basicShare: basicShare === null ? null : money(basicShare),
  sangong: null,
  operatingCosts: money('27.49'),
  functions: total === null ? {} : { '201': money(total) },
});
const labels = {
  department: '部门',
  total: '支出合计',
  basicShare: '基本支出占比',
  sangong: '“三公”经费',
  operatingCosts: '机关运行经费',
  unitScope: '(单位预算)',
};

describe('the comparison as exported', () => {
  it('has every row in the order shown, amounts exact in the unit, as the table reads', () => {
    const rows = [row('商务委员会', '单位', '37151.4655', '12.5'), row('万里街道', '部门', null, null)];
    expect(compareSheet(rows, [{ code: '201', name: '一般公共服务支出' }], labels, 'yuan', '元')).toEqual([
      ['部门', '支出合计(元)', '基本支出占比', '“三公”经费', '机关运行经费(元)', '201 一般公共服务支出(元)'],
      ['商务委员会(单位预算)', '371514655.00', '12.50%', '—', '274900.00', '371514655.00'],
      ['万里街道', '—', '—', '—', '274900.00', '—'],
    ]);
  });
});
