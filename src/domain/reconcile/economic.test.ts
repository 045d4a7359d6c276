import { describe, expect, it } from 'vitest';
import { economicChecks } from './economic';
import { build, type Cells, type DatasetSpec, failures, ids, row, setCell } from './testing/build';

/** A 部门经济分类/政府经济分类 row: a group (类) row when `kuan` is empty. */
const eco = (id: string, cells: Cells, dept: [string, string, string], gov: [string, string]) =>
  row(id, cells, {
    deptClass: dept[0],
    deptKuan: dept[1],
    deptName: dept[2],
    govClass: gov[0],
    govKuan: gov[1],
    govName: `政府${gov[0]}${gov[1]}`,
  });

/**
 * Basic spending 30.00 (人员 20.00 + 公用 10.00) from 一般公共预算, and 0.50 of 单位资金 under 30201 in table 十:
 * 301/501 = 30101 (12.00) + 30102 (8.00); 302/502 = 30217 (1.20) + 30201 (8.80).
 */
const spec = (): DatasetSpec => ({
  tables: {
    gpbBasic: [
      eco('total', { total: '30.00', personnel: '20.00', public: '10.00' }, ['', '', '合计'], ['', '']),
      eco(
        '301-501',
        { total: '20.00', personnel: '20.00', public: null },
        ['301', '', '工资福利支出'],
        ['501', ''],
      ),
      eco(
        '30101-50101',
        { total: '12.00', personnel: '12.00', public: null },
        ['301', '01', '基本工资'],
        ['501', '01'],
      ),
      eco(
        '30102-50101',
        { total: '8.00', personnel: '8.00', public: null },
        ['301', '02', '津贴补贴'],
        ['501', '01'],
      ),
      eco(
        '302-502',
        { total: '10.00', personnel: null, public: '10.00' },
        ['302', '', '商品和服务支出'],
        ['502', ''],
      ),
      eco(
        '30217-50201',
        { total: '1.20', personnel: null, public: '1.20' },
        ['302', '17', '公务接待费'],
        ['502', '01'],
      ),
      eco(
        '30201-50201',
        { total: '8.80', personnel: null, public: '8.80' },
        ['302', '01', '办公费'],
        ['502', '01'],
      ),
    ],
    basic: [
      eco(
        'total',
        { total: '30.50', fiscal: '30.00', gpb: '30.00', unitFunds: '0.50' },
        ['', '', '合计'],
        ['', ''],
      ),
      eco(
        '301-501',
        { total: '20.00', fiscal: '20.00', gpb: '20.00', unitFunds: null },
        ['301', '', '工资福利支出'],
        ['501', ''],
      ),
      eco(
        '30101-50101',
        { total: '12.00', fiscal: '12.00', gpb: '12.00', unitFunds: null },
        ['301', '01', '基本工资'],
        ['501', '01'],
      ),
      eco(
        '30102-50101',
        { total: '8.00', fiscal: '8.00', gpb: '8.00', unitFunds: null },
        ['301', '02', '津贴补贴'],
        ['501', '01'],
      ),
      eco(
        '302-502',
        { total: '10.50', fiscal: '10.00', gpb: '10.00', unitFunds: '0.50' },
        ['302', '', '商品和服务支出'],
        ['502', ''],
      ),
      eco(
        '30217-50201',
        { total: '1.20', fiscal: '1.20', gpb: '1.20', unitFunds: null },
        ['302', '17', '公务接待费'],
        ['502', '01'],
      ),
      eco(
        '30201-50201',
        { total: '9.30', fiscal: '8.80', gpb: '8.80', unitFunds: '0.50' },
        ['302', '01', '办公费'],
        ['502', '01'],
      ),
    ],
    gpbExpenditure: [row('total', { total: '30.00', basic: '30.00', personnel: '20.00', public: '10.00' })],
    expenditure: [row('total', { total: '30.50', basic: '30.50' })],
  },
});

const ROWS = ['total', '301-501', '30101-50101', '30102-50101', '302-502', '30217-50201', '30201-50201'];

describe('economic-classification checks on a constructed pair of basic-spending tables', () => {
  it('checks every row, group and column, all passing', () => {
    const checks = economicChecks(build(spec()));
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      ...ROWS.map((r) => `gpbBasic.row.${r}.total`),
      // 301/501 prints no 公用 and 302/502 no 人员 on either side: nothing to compare.
      'gpbBasic.tree.total.total',
      'gpbBasic.tree.total.personnel',
      'gpbBasic.tree.total.public',
      'gpbBasic.tree.301-501.total',
      'gpbBasic.tree.301-501.personnel',
      'gpbBasic.tree.302-502.total',
      'gpbBasic.tree.302-502.public',
      ...ROWS.map((r) => `basic.row.${r}.total`),
      ...ROWS.map((r) => `basic.row.${r}.fiscal`),
      'basic.tree.total.total',
      'basic.tree.total.fiscal',
      'basic.tree.total.gpb',
      'basic.tree.total.unitFunds',
      'basic.tree.301-501.total',
      'basic.tree.301-501.fiscal',
      'basic.tree.301-501.gpb',
      'basic.tree.302-502.total',
      'basic.tree.302-502.fiscal',
      'basic.tree.302-502.gpb',
      'basic.tree.302-502.unitFunds',
      'gpbBasic.vs.gpbExpenditure.total',
      'gpbBasic.vs.gpbExpenditure.personnel',
      'gpbBasic.vs.gpbExpenditure.public',
      ...ROWS.map((r) => `basic.vs.gpbBasic.${r}`),
      'basic.vs.expenditure',
    ]);
  });

  it('names a group row by both classifications and the twin row by its 部门经济分类 name', () => {
    const checks = economicChecks(build(spec()));
    expect(checks.find((c) => c.id === 'gpbBasic.tree.302-502.public')?.message).toEqual({
      key: 'reconcile.economicTree',
      values: { table: '表gpbBasic', row: '302 商品和服务支出/502 政府502', column: '列public' },
    });
    expect(checks.find((c) => c.id === 'basic.vs.gpbBasic.30217-50201')?.message).toEqual({
      key: 'reconcile.basicVsGpbBasic',
      values: { row: '公务接待费(30217-50201)' },
    });
  });

  it.each<[string, Parameters<typeof setCell>[1], string, string, string, string[][]]>([
    [
      'a 款 of table 六 (人员 12.00 → 12.50): its row and its group',
      'gpbBasic',
      '30101-50101',
      'personnel',
      '12.50',
      [
        ['gpbBasic.row.30101-50101.total', 'money 12.50', 'money 12.00'],
        ['gpbBasic.tree.301-501.personnel', 'money 20.50', 'money 20.00'],
      ],
    ],
    [
      'a group row of table 六 (302/502 公用 10.00 → 9.00): its row, the total and its 款',
      'gpbBasic',
      '302-502',
      'public',
      '9.00',
      [
        ['gpbBasic.row.302-502.total', 'money 9.00', 'money 10.00'],
        ['gpbBasic.tree.total.public', 'money 9.00', 'money 10.00'],
        ['gpbBasic.tree.302-502.public', 'money 10.00', 'money 9.00'],
      ],
    ],
    [
      'the 合计 of table 六 (30.00 → 31.00): its row, its groups, table 五 and table 十',
      'gpbBasic',
      'total',
      'total',
      '31.00',
      [
        ['gpbBasic.row.total.total', 'money 30.00', 'money 31.00'],
        ['gpbBasic.tree.total.total', 'money 30.00', 'money 31.00'],
        ['gpbBasic.vs.gpbExpenditure.total', 'money 30.00', 'money 31.00'],
        ['basic.vs.gpbBasic.total', 'money 31.00', 'money 30.00'],
      ],
    ],
    [
      'a 单位资金 cell of table 十 (0.50 → 0.60)',
      'basic',
      '30201-50201',
      'unitFunds',
      '0.60',
      [
        ['basic.row.30201-50201.total', 'money 9.40', 'money 9.30'],
        ['basic.tree.302-502.unitFunds', 'money 0.60', 'money 0.50'],
      ],
    ],
    [
      'a 一般公共预算 cell of table 十 (1.20 → 1.30): its 财政拨款, its group and table 六',
      'basic',
      '30217-50201',
      'gpb',
      '1.30',
      [
        ['basic.row.30217-50201.fiscal', 'money 1.30', 'money 1.20'],
        ['basic.tree.302-502.gpb', 'money 10.10', 'money 10.00'],
        ['basic.vs.gpbBasic.30217-50201', 'money 1.20', 'money 1.30'],
      ],
    ],
    [
      'table 五’s 人员经费 (20.00 → 19.00)',
      'gpbExpenditure',
      'total',
      'personnel',
      '19.00',
      [['gpbBasic.vs.gpbExpenditure.personnel', 'money 19.00', 'money 20.00']],
    ],
    [
      'table 五’s 基本支出 (30.00 → 30.01), read as the basic total of table 六',
      'gpbExpenditure',
      'total',
      'basic',
      '30.01',
      [['gpbBasic.vs.gpbExpenditure.total', 'money 30.01', 'money 30.00']],
    ],
    [
      'table 三’s 基本支出 (30.50 → 30.40)',
      'expenditure',
      'total',
      'basic',
      '30.40',
      [['basic.vs.expenditure', 'money 30.40', 'money 30.50']],
    ],
    [
      'a group row printing a column its 款 leave blank (301/501 公用 blank → 0.50)',
      'gpbBasic',
      '301-501',
      'public',
      '0.50',
      [
        ['gpbBasic.row.301-501.total', 'money 20.50', 'money 20.00'],
        ['gpbBasic.tree.total.public', 'money 10.50', 'money 10.00'],
        ['gpbBasic.tree.301-501.public', 'money 0.00', 'money 0.50'],
      ],
    ],
  ])('one figure off, %s', (_what, table, rowId, column, value, expected) => {
    const s = spec();
    setCell(s, table, rowId, column, value);
    expect(failures(economicChecks(build(s)))).toEqual(expected);
  });
});
