import { describe, expect, it } from 'vitest';
import { build, type DatasetSpec, failures, fnRow, ids, setCell } from './testing/build';
import { functionTreeChecks, rowSumChecks } from './tree';

/** 合计 = 201 + 206; 201 = 20101 + 20102; 20101 = 2010101 + 2010102 … in each of total/basic/project. */
const spec = (): DatasetSpec => ({
  tables: {
    expenditure: [
      fnRow('total', { total: '60.00', basic: '25.00', project: '35.00' }),
      fnRow('201', { total: '30.00', basic: '25.00', project: '5.00' }),
      fnRow('20101', { total: '20.00', basic: '15.00', project: '5.00' }),
      fnRow('2010101', { total: '12.50', basic: '12.50', project: null }),
      fnRow('2010102', { total: '7.50', basic: '2.50', project: '5.00' }),
      fnRow('20102', { total: '10.00', basic: '10.00', project: null }),
      fnRow('2010201', { total: '10.00', basic: '10.00', project: null }),
      fnRow('206', { total: '30.00', basic: null, project: '30.00' }),
      fnRow('20699', { total: '30.00', basic: null, project: '30.00' }),
      fnRow('2069999', { total: '30.00', basic: null, project: '30.00' }),
    ],
  },
});
const treeOf = (s: DatasetSpec) => functionTreeChecks(build(s).tables.expenditure, 'expenditure');
const rowsOf = (s: DatasetSpec) =>
  rowSumChecks(
    build(s).tables.expenditure,
    'expenditure',
    'total',
    ['basic', 'project'],
    'reconcile.rowSum.expenditureTotal',
  );

describe('functionTreeChecks: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, every money column', () => {
  it('checks every parent and column that is not zero on both sides, all passing', () => {
    const checks = treeOf(spec());
    expect(failures(checks)).toEqual([]);
    // 20102 and 206/20699 have no basic or no project on either side: nothing to compare there.
    expect(ids(checks)).toEqual([
      'expenditure.tree.total.total',
      'expenditure.tree.total.basic',
      'expenditure.tree.total.project',
      'expenditure.tree.201.total',
      'expenditure.tree.201.basic',
      'expenditure.tree.201.project',
      'expenditure.tree.20101.total',
      'expenditure.tree.20101.basic',
      'expenditure.tree.20101.project',
      'expenditure.tree.20102.total',
      'expenditure.tree.20102.basic',
      'expenditure.tree.206.total',
      'expenditure.tree.206.project',
      'expenditure.tree.20699.total',
      'expenditure.tree.20699.project',
    ]);
  });

  it('names the table, the row and the column of a failed sum, the row by its code and name', () => {
    const s = spec();
    setCell(s, 'expenditure', '2010102', 'project', '5.01');
    const checks = treeOf(s);
    expect(failures(checks)).toEqual([['expenditure.tree.20101.project', 'money 5.01', 'money 5.00']]);
    const failed = checks.find((c) => !c.pass);
    expect(failed?.message).toEqual({
      key: 'reconcile.functionTree',
      values: { table: '表expenditure', row: '20101 科目20101', column: '列project' },
    });
    expect(failed?.refs).toEqual([
      { table: 'expenditure', row: '20101', column: 'project', line: 102, source: undefined },
    ]);
  });

  it.each([
    [
      'a 类 row’s basic',
      '201',
      'basic',
      '25.01',
      [
        ['expenditure.tree.total.basic', 'money 25.01', 'money 25.00'],
        ['expenditure.tree.201.basic', 'money 25.00', 'money 25.01'],
      ],
    ],
    [
      // The 类 row is a child of 合计 and the parent of its 款: both sums see it.
      'a 类 row itself',
      '206',
      'total',
      '30.10',
      [
        ['expenditure.tree.total.total', 'money 60.10', 'money 60.00'],
        ['expenditure.tree.206.total', 'money 30.00', 'money 30.10'],
      ],
    ],
    [
      'the 合计',
      'total',
      'project',
      '34.99',
      [['expenditure.tree.total.project', 'money 35.00', 'money 34.99']],
    ],
    [
      'a 项 of the last 款',
      '2069999',
      'project',
      '29.00',
      [['expenditure.tree.20699.project', 'money 29.00', 'money 30.00']],
    ],
    [
      'a 项 that is its 款 alone',
      '2010201',
      'total',
      '-10.00',
      [['expenditure.tree.20102.total', 'money -10.00', 'money 10.00']],
    ],
    [
      // Zero on one side only is still a difference: only zero on both sides has nothing to compare.
      'a 项 set to zero under a 款 that still prints it',
      '2010102',
      'project',
      '0.00',
      [['expenditure.tree.20101.project', 'money 0.00', 'money 5.00']],
    ],
    [
      'a 类 printing a column its 款 leave blank',
      '206',
      'basic',
      '1.00',
      [
        ['expenditure.tree.total.basic', 'money 26.00', 'money 25.00'],
        ['expenditure.tree.206.basic', 'money 0.00', 'money 1.00'],
      ],
    ],
  ])('one figure off in %s fails its sum: %s.%s = %s', (_what, rowId, column, value, expected) => {
    const s = spec();
    setCell(s, 'expenditure', rowId, column, value);
    expect(failures(treeOf(s))).toEqual(expected);
  });

  it('a 类 without children is not checked (nothing to add), and a total without 类 neither', () => {
    const checks = functionTreeChecks(
      build({ tables: { expenditure: [fnRow('total', { total: '1.00' }), fnRow('201', { total: '2.00' })] } })
        .tables.expenditure,
      'expenditure',
    );
    expect(failures(checks)).toEqual([['expenditure.tree.total.total', 'money 2.00', 'money 1.00']]);
  });
});

describe('rowSumChecks: target = Σ parts on every row', () => {
  it('checks every row, all passing', () => {
    const checks = rowsOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(checks).toHaveLength(10);
    expect(checks[3]?.message).toEqual({
      key: 'reconcile.rowSum.expenditureTotal',
      values: { table: '表expenditure', row: '科目2010101' },
    });
    expect(checks[0]?.message.values?.row).toEqual({ key: 'reconcile.row.total' });
  });

  it.each([
    [
      'the target',
      '2010102',
      'total',
      '7.49',
      [['expenditure.row.2010102.total', 'money 7.50', 'money 7.49']],
    ],
    ['a part', '2010102', 'basic', '2.60', [['expenditure.row.2010102.total', 'money 7.60', 'money 7.50']]],
    [
      'a part with the other blank',
      '206',
      'project',
      '30.01',
      [['expenditure.row.206.total', 'money 30.01', 'money 30.00']],
    ],
    [
      'the sign of a part',
      '20101',
      'project',
      '-5.00',
      [['expenditure.row.20101.total', 'money 10.00', 'money 20.00']],
    ],
  ])('one figure off in %s fails that row only', (_what, rowId, column, value, expected) => {
    const s = spec();
    setCell(s, 'expenditure', rowId, column, value);
    expect(failures(rowsOf(s))).toEqual(expected);
  });

  it('skips a row where target and parts are all blank or zero, and checks one where only the target is', () => {
    const checks = rowSumChecks(
      build({
        tables: {
          expenditure: [
            fnRow('201', { total: null, basic: null, project: '0' }),
            fnRow('206', { total: '0.01', basic: null, project: null }),
          ],
        },
      }).tables.expenditure,
      'expenditure',
      'total',
      ['basic', 'project'],
      'reconcile.rowSum.expenditureTotal',
    );
    expect(failures(checks)).toEqual([['expenditure.row.206.total', 'money 0.00', 'money 0.01']]);
    expect(ids(checks)).toEqual(['expenditure.row.206.total']);
  });
});
