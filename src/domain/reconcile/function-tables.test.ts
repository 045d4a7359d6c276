import { describe, expect, it } from 'vitest';
import { functionTableChecks } from './function-tables';
import { build, type DatasetSpec, failures, fnRow, ids, row, setCell } from './testing/build';

const income = (i: string) => row(i, {}, { incomeItem: i });
/**
 * Income 40.00 = 一般公共预算 30.00 (all under 2010101) + 其他收入 10.00 (2299999); spending the same 40.00 as 基本
 * 20.00 + 项目 20.00; of it 5.00 bought through 政府采购 under 2010101.
 */
const spec = (): DatasetSpec => ({
  tables: {
    income: [
      fnRow('total', { total: '40.00', fiscal: '30.00', gpb: '30.00', other: '10.00' }),
      ...['201', '20101', '2010101'].map((c) =>
        fnRow(c, { total: '30.00', fiscal: '30.00', gpb: '30.00', other: null }),
      ),
      ...['229', '22999', '2299999'].map((c) =>
        fnRow(c, { total: '10.00', fiscal: null, gpb: null, other: '10.00' }),
      ),
    ],
    expenditure: [
      fnRow('total', { total: '40.00', basic: '20.00', project: '20.00' }),
      ...['201', '20101', '2010101'].map((c) =>
        fnRow(c, { total: '30.00', basic: '20.00', project: '10.00' }),
      ),
      ...['229', '22999', '2299999'].map((c) => fnRow(c, { total: '10.00', basic: null, project: '10.00' })),
    ],
    gpbExpenditure: ['total', '201', '20101', '2010101'].map((c) =>
      fnRow(c, { total: '30.00', basic: '20.00', personnel: '15.00', public: '5.00', project: '10.00' }),
    ),
    procurement: ['total', '201', '20101', '2010101'].map((c) =>
      fnRow(c, { total: '5.00', fiscal: '5.00', gpb: '5.00' }),
    ),
    summary: [
      { ...income('一、财政拨款收入'), id: 's1', money: { incomeAmount: '30.00' } },
      { ...income('一般公共预算收入'), id: 's2', money: { incomeAmount: '30.00' } },
      { ...income('八、其他收入'), id: 's3', money: { incomeAmount: '10.00' } },
      { ...income('本年收入合计'), id: 'current-total', money: { incomeAmount: '40.00' } },
    ],
  },
});

const checksOf = (s: DatasetSpec) => functionTableChecks(build(s));

describe('function-table checks on constructed tables 二, 三, 五, 十二 and 一', () => {
  it('checks each table’s rows and tree and each cross-table figure, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    const family = (re: RegExp) => ids(checks).filter((id) => re.test(id)).length;
    // Hand count: 7 income rows (4 of them with 财政拨款), tree sums over 5 parents × their non-zero columns …
    expect(family(/^income\.row\..*\.total$/)).toBe(7);
    expect(family(/^income\.row\..*\.fiscal$/)).toBe(4);
    expect(family(/^income\.tree\./)).toBe(14);
    expect(family(/^expenditure\.row\./)).toBe(7);
    expect(family(/^expenditure\.tree\./)).toBe(13);
    expect(family(/^gpbExpenditure\.row\./)).toBe(8);
    expect(family(/^gpbExpenditure\.tree\./)).toBe(15);
    expect(family(/^procurement\.row\./)).toBe(8);
    expect(family(/^procurement\.tree\./)).toBe(9);
    expect(ids(checks).filter((id) => /\.(vs|within)\.|^summary\./.test(id))).toEqual([
      'expenditure.vs.income.total',
      'gpbExpenditure.vs.income.total',
      'expenditure.vs.income.201',
      'gpbExpenditure.vs.income.201',
      'expenditure.vs.income.20101',
      'gpbExpenditure.vs.income.20101',
      'expenditure.vs.income.2010101',
      'gpbExpenditure.vs.income.2010101',
      'procurement.within.2010101',
      // 229 has no 一般公共预算 in table 二 and no row in table 五: nothing to compare.
      'expenditure.vs.income.229',
      'expenditure.vs.income.22999',
      'expenditure.vs.income.2299999',
      'summary.income.fiscal',
      'summary.income.gpb',
      'summary.income.other',
    ]);
    expect(checks).toHaveLength(100);
    const within = checks.find((c) => c.id === 'procurement.within.2010101');
    expect([within?.relation, within?.expected.value?.toFixed(2), within?.actual.value?.toFixed(2)]).toEqual([
      'atMost',
      '30.00',
      '5.00',
    ]);
    expect(checks.find((c) => c.id === 'summary.income.other')?.message).toEqual({
      key: 'reconcile.summaryIncomeVsIncome',
      values: { item: '八、其他收入' },
    });
  });

  it.each<[string, Parameters<typeof setCell>[1], string, string, string, string[][]]>([
    [
      'table 二’s 一般公共预算 under 2010101 (30.00 → 31.00): its 财政拨款, its 款, table 五',
      'income',
      '2010101',
      'gpb',
      '31.00',
      [
        ['income.row.2010101.fiscal', 'money 31.00', 'money 30.00'],
        ['income.tree.20101.gpb', 'money 31.00', 'money 30.00'],
        ['gpbExpenditure.vs.income.2010101', 'money 31.00', 'money 30.00'],
      ],
    ],
    [
      'table 二’s 其他收入 合计 (10.00 → 11.00): its row, its 类 sum, table 一',
      'income',
      'total',
      'other',
      '11.00',
      [
        ['income.row.total.total', 'money 41.00', 'money 40.00'],
        ['income.tree.total.other', 'money 10.00', 'money 11.00'],
        ['summary.income.other', 'money 11.00', 'money 10.00'],
      ],
    ],
    [
      'table 三’s 2299999 (10.00 → 11.00): its row, its 款, table 二',
      'expenditure',
      '2299999',
      'total',
      '11.00',
      [
        ['expenditure.row.2299999.total', 'money 10.00', 'money 11.00'],
        ['expenditure.tree.22999.total', 'money 11.00', 'money 10.00'],
        ['expenditure.vs.income.2299999', 'money 10.00', 'money 11.00'],
      ],
    ],
    [
      'table 五’s 人员经费 under 2010101 (15.00 → 14.00)',
      'gpbExpenditure',
      '2010101',
      'personnel',
      '14.00',
      [
        ['gpbExpenditure.row.2010101.basic', 'money 19.00', 'money 20.00'],
        ['gpbExpenditure.tree.20101.personnel', 'money 14.00', 'money 15.00'],
      ],
    ],
    [
      'table 五’s 项目 under 201 (10.00 → 10.01)',
      'gpbExpenditure',
      '201',
      'project',
      '10.01',
      [
        ['gpbExpenditure.row.201.total', 'money 30.01', 'money 30.00'],
        ['gpbExpenditure.tree.total.project', 'money 10.01', 'money 10.00'],
        ['gpbExpenditure.tree.201.project', 'money 10.00', 'money 10.01'],
      ],
    ],
    [
      '政府采购 under 2010101 more than the 项 spends (5.00 → 30.01)',
      'procurement',
      '2010101',
      'total',
      '30.01',
      [
        ['procurement.row.2010101.total', 'money 5.00', 'money 30.01'],
        ['procurement.tree.20101.total', 'money 30.01', 'money 5.00'],
        ['procurement.within.2010101', 'money 30.00', 'money 30.01'],
      ],
    ],
    [
      'table 一’s 其他收入 (10.00 → 9.00)',
      'summary',
      's3',
      'incomeAmount',
      '9.00',
      [['summary.income.other', 'money 10.00', 'money 9.00']],
    ],
  ])('one figure off, %s', (_what, table, rowId, column, value, expected) => {
    const s = spec();
    setCell(s, table, rowId, column, value);
    expect(failures(checksOf(s))).toEqual(expected);
  });

  it('政府采购 equal to what the 项 spends is within it (atMost, not less-than)', () => {
    const s = spec();
    for (const r of ['total', '201', '20101', '2010101'])
      for (const c of ['total', 'fiscal', 'gpb']) setCell(s, 'procurement', r, c, '30.00');
    const checks = checksOf(s);
    expect(failures(checks)).toEqual([]);
    expect(checks.find((c) => c.id === 'procurement.within.2010101')?.pass).toBe(true);
  });
});
