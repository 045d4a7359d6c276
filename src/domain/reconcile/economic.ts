import { sum } from '../money';
import type { BudgetTable, Dataset } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { type ReconcileGroup, message, rowLabel } from './messages';
import { rowSumChecks } from './tree';

/** Basic-spending tables: each (部门类, 政府类) group row = Σ its 款 rows; 合计 = Σ group rows — every money column. */
function economicTreeChecks(table: BudgetTable, group: ReconcileGroup): Check[] {
  const total = findRow(table, 'total');
  const groups = table.rows.filter((r) => r.id !== 'total' && !r.text.deptKuan);
  const parents = [
    { row: total, label: rowLabel('total', ''), children: groups },
    ...groups.map((g) => ({
      row: g,
      label: rowLabel(g.id, `${g.text.deptClass} ${g.text.deptName}/${g.text.govClass} ${g.text.govName}`),
      children: table.rows.filter(
        (r) =>
          r.text.deptKuan && r.text.deptClass === g.text.deptClass && r.text.govClass === g.text.govClass,
      ),
    })),
  ];
  return parents.flatMap(({ row, label, children }) =>
    !row
      ? []
      : table.columns
          .filter((c) => c.kind === 'money')
          .flatMap((c) => {
            const expected = sum(children.map((ch) => cell(ch, c.key)));
            const actual = cell(row, c.key);
            if (expected.isZero() && actual.isZero()) return [];
            return [
              moneyCheck(
                `${table.id}.tree.${row.id}.${c.key}`,
                group,
                message('reconcile.economicTree', { table: table.title, row: label, column: c.label }),
                expected,
                actual,
                [ref(table, row, c.key)],
              ),
            ];
          }),
  );
}

export function economicChecks(d: Dataset): Check[] {
  const { gpbBasic, basic, gpbExpenditure, expenditure } = d.tables;
  const g6 = 'gpbBasic';
  const g10 = 'basic';
  const checks = [
    ...rowSumChecks(
      gpbBasic,
      g6,
      'total',
      ['personnel', 'public'],
      'reconcile.rowSum.subtotalIsPersonnelPlusPublic',
    ),
    ...economicTreeChecks(gpbBasic, g6),
    ...rowSumChecks(
      basic,
      g10,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      'reconcile.rowSum.totalIsFiscalPlusOther',
    ),
    ...rowSumChecks(
      basic,
      g10,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      'reconcile.rowSum.fiscalSubtotalIsBudgets',
    ),
    ...economicTreeChecks(basic, g10),
  ];
  const gt = findRow(gpbExpenditure, 'total');
  const bt = findRow(gpbBasic, 'total');
  for (const key of ['total', 'personnel', 'public'] as const)
    checks.push(
      moneyCheck(
        `gpbBasic.vs.gpbExpenditure.${key}`,
        g6,
        message(`reconcile.gpbBasicVsGpbExpenditure.${key}`),
        cell(gt, key === 'total' ? 'basic' : key),
        cell(bt, key),
        bt ? [ref(gpbBasic, bt, key)] : [],
      ),
    );
  for (const r of basic.rows) {
    const twin = findRow(gpbBasic, r.id);
    checks.push(
      moneyCheck(
        `basic.vs.gpbBasic.${r.id}`,
        g10,
        message('reconcile.basicVsGpbBasic', { row: rowLabel(r.id, `${r.text.deptName}(${r.id})`) }),
        cell(twin, 'total'),
        cell(r, 'gpb'),
        [ref(basic, r, 'gpb')],
      ),
    );
  }
  const et = findRow(expenditure, 'total');
  const basicTotal = findRow(basic, 'total');
  if (basicTotal)
    checks.push(
      moneyCheck(
        'basic.vs.expenditure',
        g10,
        message('reconcile.basicVsExpenditure'),
        cell(et, 'basic'),
        cell(basicTotal, 'total'),
        [ref(basic, basicTotal, 'total')],
      ),
    );
  return checks;
}
