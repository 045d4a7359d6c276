import { describe, expect, it } from 'vitest';
import { projectChecks } from './projects';
import { build, type DatasetSpec, failures, fnRow, ids, row, setCell } from './testing/build';

const project = (id: string, cells: Record<string, string | null>) =>
  row(id, cells, { name: `项目${id}`, type: '特定目标类' });

/**
 * Three projects, 20.00: p01 12.00 + p02 7.00 from 一般公共预算, p03 1.00 of 单位资金. That 1.00 is the only income
 * outside 财政拨款 (收入 31.00 − 30.00) and basic spending has none (11.00 − 11.00). p03 is attributed to 2299999
 * (项目 1.00) and p01 to 2069999 (项目 19.00).
 */
const spec = (): DatasetSpec => ({
  tables: {
    projects: [
      project('total', { total: '20.00', fiscal: '19.00', gpb: '19.00', unitFunds: '1.00' }),
      project('p01', { total: '12.00', fiscal: '12.00', gpb: '12.00', unitFunds: null }),
      project('p02', { total: '7.00', fiscal: '7.00', gpb: '7.00', unitFunds: null }),
      project('p03', { total: '1.00', fiscal: null, gpb: null, unitFunds: '1.00' }),
    ],
    expenditure: [
      fnRow('total', { project: '20.00' }),
      fnRow('2069999', { project: '19.00' }),
      fnRow('2299999', { project: '1.00' }),
    ],
    gpbExpenditure: [fnRow('total', { project: '19.00' })],
    income: [fnRow('total', { total: '31.00', fiscal: '30.00' })],
    basic: [row('total', { total: '11.00', fiscal: '11.00' })],
  },
  attributions: [
    { projectId: 'p03', functionCode: '2299999' },
    { projectId: 'p01', functionCode: '2069999' },
  ],
});

const checksOf = (s: DatasetSpec) => projectChecks(build(s));

describe('project checks on a constructed 项目支出 table', () => {
  it('checks every row, every column’s total, the other tables and each attribution, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      'projects.row.total.total',
      'projects.row.p01.total',
      'projects.row.p02.total',
      'projects.row.p03.total',
      // p03 has no 财政拨款 and no 一般公共预算: nothing to compare.
      'projects.row.total.fiscal',
      'projects.row.p01.fiscal',
      'projects.row.p02.fiscal',
      'projects.total.total',
      'projects.total.fiscal',
      'projects.total.gpb',
      'projects.total.unitFunds',
      'projects.vs.expenditure',
      'projects.vs.gpbExpenditure',
      'projects.nonFiscal.vs.income',
      'attribution.2299999',
      'attribution.2069999',
    ]);
    expect(checks.find((c) => c.id === 'projects.total.gpb')?.message).toEqual({
      key: 'reconcile.projects.totalColumn',
      values: { column: '列gpb', count: 3 },
    });
    const attribution = checks.find((c) => c.id === 'attribution.2069999');
    expect(attribution?.relation).toBe('atMost');
    expect(attribution?.message).toEqual({
      key: 'reconcile.projects.attribution',
      values: { code: '2069999', projects: { list: ['p01'] } },
    });
  });

  it.each<[string, Parameters<typeof setCell>[1], string, string, string, string[][]]>([
    [
      'p02’s 财政拨款 (7.00 → 7.50): its row twice and the column total',
      'projects',
      'p02',
      'fiscal',
      '7.50',
      [
        ['projects.row.p02.total', 'money 7.50', 'money 7.00'],
        ['projects.row.p02.fiscal', 'money 7.00', 'money 7.50'],
        ['projects.total.fiscal', 'money 19.50', 'money 19.00'],
      ],
    ],
    [
      'p03’s 单位资金 (1.00 → 1.10)',
      'projects',
      'p03',
      'unitFunds',
      '1.10',
      [
        ['projects.row.p03.total', 'money 1.10', 'money 1.00'],
        ['projects.total.unitFunds', 'money 1.10', 'money 1.00'],
      ],
    ],
    [
      'the 合计’s 财政拨款 (19.00 → 18.00): its row, its column, table 五, the income outside 财政拨款',
      'projects',
      'total',
      'fiscal',
      '18.00',
      [
        ['projects.row.total.total', 'money 19.00', 'money 20.00'],
        ['projects.row.total.fiscal', 'money 19.00', 'money 18.00'],
        ['projects.total.fiscal', 'money 19.00', 'money 18.00'],
        ['projects.vs.gpbExpenditure', 'money 19.00', 'money 18.00'],
        ['projects.nonFiscal.vs.income', 'money 1.00', 'money 2.00'],
      ],
    ],
    [
      'table 三’s 项目支出 (20.00 → 21.00)',
      'expenditure',
      'total',
      'project',
      '21.00',
      [['projects.vs.expenditure', 'money 21.00', 'money 20.00']],
    ],
    [
      'table 二’s 收入 (31.00 → 31.50): more income outside 财政拨款 than projects and basic spending use',
      'income',
      'total',
      'total',
      '31.50',
      [['projects.nonFiscal.vs.income', 'money 1.50', 'money 1.00']],
    ],
    [
      'table 十’s basic 财政拨款 (11.00 → 10.00): basic spending now uses 1.00 from outside',
      'basic',
      'total',
      'fiscal',
      '10.00',
      [['projects.nonFiscal.vs.income', 'money 0.00', 'money 1.00']],
    ],
    [
      'the 项 an attributed project sits under spends less than it (1.00 → 0.99)',
      'expenditure',
      '2299999',
      'project',
      '0.99',
      [['attribution.2299999', 'money 0.99', 'money 1.00']],
    ],
  ])('one figure off, %s', (_what, table, rowId, column, value, expected) => {
    const s = spec();
    setCell(s, table, rowId, column, value);
    expect(failures(checksOf(s))).toEqual(expected);
  });

  it('adds every project attributed to one code', () => {
    const s = spec();
    s.attributions = [
      { projectId: 'p01', functionCode: '2069999' },
      { projectId: 'p02', functionCode: '2069999' },
      { projectId: 'p03', functionCode: '2069999' },
    ];
    // 12.00 + 7.00 + 1.00 = 20.00 > the 19.00 the 项 spends on projects.
    expect(failures(checksOf(s))).toEqual([['attribution.2069999', 'money 19.00', 'money 20.00']]);
  });
});
