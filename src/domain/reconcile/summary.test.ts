import { describe, expect, it } from 'vitest';
import { summaryChecks } from './summary';
import { build, type Cells, type DatasetSpec, failures, fnRow, ids, row, setCell } from './testing/build';

/** A row of a two-sided 总表: an income item on the left, an expenditure item on the right (either may be blank). */
const side = (id: string, income: string | null, expenditure: string | null, cells: Cells) =>
  row(id, cells, {
    ...(income === null ? {} : { incomeItem: income }),
    ...(expenditure === null ? {} : { expenditureItem: expenditure }),
  });
const named = (id: string, name: string, total: string) => ({ ...fnRow(id, { total }), text: { name } });

/**
 * 收支总表: 本年收入 40.00 = 财政拨款 30.00 (of it 一般公共预算 30.00) + 其他 10.00; 本年支出 40.00 = 201 30.00 + 229
 * 10.00; 5.00 carried over each side; 总计 45.00 on both. 财政拨款收支总表: 30.00 through, all 一般公共预算.
 */
const spec = (): DatasetSpec => ({
  tables: {
    summary: [
      side('r1', '一、财政拨款收入', '一、一般公共服务支出', {
        incomeAmount: '30.00',
        expenditureAmount: '30.00',
      }),
      side('r2', '一般公共预算收入', '二、其他支出', { incomeAmount: '30.00', expenditureAmount: '10.00' }),
      side('r3', '二、其他收入', null, { incomeAmount: '10.00', expenditureAmount: null }),
      side('current-total', '本年收入合计', '本年支出合计', {
        incomeAmount: '40.00',
        expenditureAmount: '40.00',
      }),
      side('r4', '上年结转', '结转下年', { incomeAmount: '5.00', expenditureAmount: '5.00' }),
      side('grand-total', '收入总计', '支出总计', { incomeAmount: '45.00', expenditureAmount: '45.00' }),
    ],
    fiscalSummary: [
      side('f1', '一、一般公共预算', '一、一般公共服务支出', {
        incomeAmount: '30.00',
        expenditureTotal: '30.00',
        expenditureGpb: '30.00',
      }),
      side('current-total', '本年收入合计', '本年支出合计', {
        incomeAmount: '30.00',
        expenditureTotal: '30.00',
        expenditureGpb: '30.00',
      }),
      side('grand-total', '收入总计', '支出总计', {
        incomeAmount: '30.00',
        expenditureTotal: '30.00',
        expenditureGpb: '30.00',
      }),
    ],
    expenditure: [named('201', '一般公共服务支出', '30.00'), named('229', '其他支出', '10.00')],
    gpbExpenditure: [named('201', '一般公共服务支出', '30.00')],
    income: [fnRow('total', { fiscal: '30.00' })],
  },
});

const checksOf = (s: DatasetSpec) => summaryChecks(build(s));
const twoSided = (t: string) => [
  `${t}.income.current`,
  `${t}.income.grand`,
  `${t}.expenditure.current`,
  `${t}.expenditure.grand`,
  `${t}.balance.current`,
  `${t}.balance.grand`,
];

describe('总表 checks on a constructed 收支总表 and 财政拨款收支总表', () => {
  it('checks both sides, the balance, the sub-items, each 类 and each row, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      ...twoSided('summary'),
      // 一、财政拨款收入 has a sub-item; 二、其他收入 has none.
      'summary.income.sub.r1',
      'summary.category.r1',
      'summary.category.r2',
      ...twoSided('fiscalSummary'),
      'fiscalSummary.category.f1',
      'fiscalSummary.row.f1',
      'fiscalSummary.row.current-total',
      'fiscalSummary.row.grand-total',
      'fiscalSummary.vs.income',
    ]);
    expect(checks.find((c) => c.id === 'summary.category.r2')?.message).toEqual({
      key: 'reconcile.summary.category',
      values: { table: '表summary', name: '其他支出', against: '表expenditure', code: '229' },
    });
  });

  it.each<[string, (s: DatasetSpec) => void, string[][]]>([
    [
      'a numbered income item (其他收入 10.00 → 11.00)',
      (s) => setCell(s, 'summary', 'r3', 'incomeAmount', '11.00'),
      [['summary.income.current', 'money 41.00', 'money 40.00']],
    ],
    [
      'a sub-item (一般公共预算收入 30.00 → 29.00)',
      (s) => setCell(s, 'summary', 'r2', 'incomeAmount', '29.00'),
      [['summary.income.sub.r1', 'money 29.00', 'money 30.00']],
    ],
    [
      'an item between 本年合计 and 总计 (上年结转 5.00 → 6.00)',
      (s) => setCell(s, 'summary', 'r4', 'incomeAmount', '6.00'),
      [['summary.income.grand', 'money 46.00', 'money 45.00']],
    ],
    [
      '本年收入合计 (40.00 → 41.00): its sum, the 总计 built on it, the balance',
      (s) => setCell(s, 'summary', 'current-total', 'incomeAmount', '41.00'),
      [
        ['summary.income.current', 'money 40.00', 'money 41.00'],
        ['summary.income.grand', 'money 46.00', 'money 45.00'],
        ['summary.balance.current', 'money 41.00', 'money 40.00'],
      ],
    ],
    [
      '支出总计 (45.00 → 46.00): its sum and the balance',
      (s) => setCell(s, 'summary', 'grand-total', 'expenditureAmount', '46.00'),
      [
        ['summary.expenditure.grand', 'money 45.00', 'money 46.00'],
        ['summary.balance.grand', 'money 45.00', 'money 46.00'],
      ],
    ],
    [
      'the 类 in table 三 (229 10.00 → 11.00)',
      (s) => setCell(s, 'expenditure', '229', 'total', '11.00'),
      [['summary.category.r2', 'money 11.00', 'money 10.00']],
    ],
    [
      'a 类 of table 四’s row (一般公共预算 30.00 → 29.00)',
      (s) => setCell(s, 'fiscalSummary', 'f1', 'expenditureGpb', '29.00'),
      [['fiscalSummary.row.f1', 'money 29.00', 'money 30.00']],
    ],
    [
      'the 类 in table 五 (201 30.00 → 30.10)',
      (s) => setCell(s, 'gpbExpenditure', '201', 'total', '30.10'),
      [['fiscalSummary.category.f1', 'money 30.10', 'money 30.00']],
    ],
    [
      'table 二’s 财政拨款 (30.00 → 31.00)',
      (s) => setCell(s, 'income', 'total', 'fiscal', '31.00'),
      [['fiscalSummary.vs.income', 'money 31.00', 'money 30.00']],
    ],
  ])('one figure off, %s', (_what, change, expected) => {
    const s = spec();
    change(s);
    expect(failures(checksOf(s))).toEqual(expected);
  });

  it('a 类 printed on the 总表 that no function table has is a failed check saying so', () => {
    const s = spec();
    s.tables.summary![1]!.text = { incomeItem: '一般公共预算收入', expenditureItem: '二、国防支出' };
    const checks = checksOf(s);
    expect(failures(checks)).toEqual([['summary.category.r2', 'money 0.00', 'money 10.00']]);
    expect(checks.find((c) => c.id === 'summary.category.r2')?.message).toEqual({
      key: 'reconcile.summary.categoryMissing',
      values: { table: '表summary', name: '国防支出', against: '表expenditure' },
    });
  });
});
