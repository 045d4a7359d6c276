import type { MoneyColumn } from '../table-columns';
import type { Dataset } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, atMostCheck, moneyCheck } from './check';
import { message, rowLabel } from './messages';
import { functionTreeChecks, rowSumChecks } from './tree';

/** 收支总表 income items → 收入总表 columns (national labels, 序号 stripped). */
const SUMMARY_INCOME_COLUMNS: Readonly<Record<string, MoneyColumn<'income'>>> = {
  财政拨款收入: 'fiscal',
  一般公共预算收入: 'gpb',
  政府性基金预算收入: 'govFund',
  国有资本经营预算收入: 'stateCapital',
  财政专户管理资金收入: 'specialAccount',
  '事业收入(不含教育收费)': 'business',
  事业单位经营收入: 'operating',
  其他收入: 'other',
};

export function functionTableChecks(d: Dataset): Check[] {
  const { income, expenditure, gpbExpenditure, procurement, summary } = d.tables;
  const g2 = 'income';
  const g3 = 'expenditure';
  const g5 = 'gpbExpenditure';
  const g12 = 'procurement';
  const checks: Check[] = [
    ...rowSumChecks(
      income,
      g2,
      'total',
      [
        'fiscal',
        'specialAccount',
        'business',
        'operating',
        'other',
        'superior',
        'affiliated',
        'surplus',
        'carryover',
      ],
      'reconcile.rowSum.incomeTotal',
    ),
    ...rowSumChecks(
      income,
      g2,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      'reconcile.rowSum.fiscalSubtotalIsBudgets',
    ),
    ...functionTreeChecks(income, g2),
    ...rowSumChecks(
      expenditure,
      g3,
      'total',
      ['basic', 'project', 'toSuperior', 'toAffiliated', 'operating', 'carryForward'],
      'reconcile.rowSum.expenditureTotal',
    ),
    ...functionTreeChecks(expenditure, g3),
    ...rowSumChecks(
      gpbExpenditure,
      g5,
      'basic',
      ['personnel', 'public'],
      'reconcile.rowSum.basicIsPersonnelPlusPublic',
    ),
    ...rowSumChecks(
      gpbExpenditure,
      g5,
      'total',
      ['basic', 'project'],
      'reconcile.rowSum.totalIsBasicPlusProject',
    ),
    ...functionTreeChecks(gpbExpenditure, g5),
    ...rowSumChecks(
      procurement,
      g12,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      'reconcile.rowSum.totalIsFiscalPlusOther',
    ),
    ...rowSumChecks(
      procurement,
      g12,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      'reconcile.rowSum.fiscalIsBudgets',
    ),
    ...functionTreeChecks(procurement, g12),
  ];
  // The same function row carries the same total in 收入总表 and 支出总表; its 一般公共预算 share is in table 五.
  for (const e of expenditure.rows) {
    const i = findRow(income, e.id);
    const row = rowLabel(e.id, `${e.id} ${e.text.name}`);
    checks.push(
      moneyCheck(
        `expenditure.vs.income.${e.id}`,
        g3,
        message('reconcile.expenditureVsIncome', { row }),
        cell(i, 'total'),
        cell(e, 'total'),
        [ref(expenditure, e, 'total')],
      ),
    );
    const g = findRow(gpbExpenditure, e.id);
    if (i && (g || !cell(i, 'gpb').isZero()))
      checks.push(
        moneyCheck(
          `gpbExpenditure.vs.income.${e.id}`,
          g5,
          message('reconcile.gpbExpenditureVsIncome', { row }),
          cell(i, 'gpb'),
          cell(g, 'total'),
          g ? [ref(gpbExpenditure, g, 'total')] : [],
        ),
      );
    // 政府采购 under a 项 cannot exceed what the 项 spends.
    const p = findRow(procurement, e.id);
    if (p && e.id.length === 7)
      checks.push(
        atMostCheck(
          `procurement.within.${e.id}`,
          g12,
          message('reconcile.procurementWithin', { row }),
          cell(e, 'total'),
          cell(p, 'total'),
          [ref(procurement, p, 'total')],
        ),
      );
  }
  // 收支总表 income lines = the 合计 row of 收入总表.
  const incomeTotal = findRow(income, 'total');
  for (const r of summary.rows) {
    const name = (r.text.incomeItem ?? '').replace(/^[一二三四五六七八九十]+、/, '');
    const key = SUMMARY_INCOME_COLUMNS[name];
    if (!key || !incomeTotal) continue;
    checks.push(
      moneyCheck(
        `summary.income.${key}`,
        'summary',
        message('reconcile.summaryIncomeVsIncome', { item: r.text.incomeItem ?? '' }),
        cell(incomeTotal, key),
        cell(r, 'incomeAmount'),
        [ref(summary, r, 'incomeAmount'), ref(income, incomeTotal, key)],
      ),
    );
  }
  return checks;
}
