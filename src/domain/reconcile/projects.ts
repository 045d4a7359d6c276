import { sum, ZERO } from '../money';
import type { Dataset } from '../model';
import { cell, findRow, printedCell, ref } from '../table';
import { type Check, atMostCheck, moneyCheck } from './check';
import { message } from './messages';
import { rowSumChecks } from './tree';

export function projectChecks(d: Dataset): Check[] {
  const { projects, expenditure, gpbExpenditure, income, basic } = d.tables;
  const g = 'projects';
  const total = findRow(projects, 'total');
  const items = projects.rows.filter((r) => r.id !== 'total');
  const checks: Check[] = [
    ...rowSumChecks(
      projects,
      g,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      'reconcile.rowSum.totalIsFiscalPlusOther',
    ),
    ...rowSumChecks(
      projects,
      g,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      'reconcile.rowSum.fiscalSubtotalIsBudgets',
    ),
  ];
  if (!total) return checks;
  for (const c of projects.columns.filter((col) => col.kind === 'money')) {
    // Every money column the table prints, by its own keys.
    const at = (r: (typeof items)[number]) => printedCell(r, c.key) ?? ZERO;
    const expected = sum(items.map(at));
    if (expected.isZero() && at(total).isZero()) continue;
    checks.push(
      moneyCheck(
        `projects.total.${c.key}`,
        g,
        message('reconcile.projects.totalColumn', { column: c.label, count: items.length }),
        expected,
        at(total),
        [ref(projects, total, c.key)],
      ),
    );
  }
  const et = findRow(expenditure, 'total');
  const gt = findRow(gpbExpenditure, 'total');
  const it = findRow(income, 'total');
  const bt = findRow(basic, 'total');
  checks.push(
    moneyCheck(
      'projects.vs.expenditure',
      g,
      message('reconcile.projects.vsExpenditure'),
      cell(et, 'project'),
      cell(total, 'total'),
      [ref(projects, total, 'total')],
    ),
    moneyCheck(
      'projects.vs.gpbExpenditure',
      g,
      message('reconcile.projects.vsGpbExpenditure'),
      cell(gt, 'project'),
      cell(total, 'fiscal'),
      [ref(projects, total, 'fiscal')],
    ),
    moneyCheck(
      'projects.nonFiscal.vs.income',
      g,
      message('reconcile.projects.nonFiscalVsIncome'),
      cell(it, 'total')
        .minus(cell(it, 'fiscal'))
        .minus(cell(bt, 'total').minus(cell(bt, 'fiscal'))),
      cell(total, 'total').minus(cell(total, 'fiscal')),
      [ref(projects, total, 'total')],
    ),
  );
  // Attribution never exceeds what the 项 spends on projects.
  const byCode = new Map<string, string[]>();
  for (const a of d.attributions)
    byCode.set(a.functionCode, [...(byCode.get(a.functionCode) ?? []), a.projectId]);
  for (const [code, ids] of byCode) {
    const item = findRow(expenditure, code);
    const attributed = sum(ids.map((id) => cell(findRow(projects, id), 'total')));
    checks.push(
      atMostCheck(
        `attribution.${code}`,
        g,
        message('reconcile.projects.attribution', { code, projects: { list: ids } }),
        cell(item, 'project'),
        attributed,
      ),
    );
  }
  return checks;
}
