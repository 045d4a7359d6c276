import { sum } from '../money';
import type { Dataset } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { rowSumChecks } from './tree';

export function projectChecks(d: Dataset): Check[] {
  const { projects, expenditure, gpbExpenditure, income, basic } = d.tables;
  const g = '十一、项目支出预算情况表';
  const total = findRow(projects, 'total');
  const items = projects.rows.filter((r) => r.id !== 'total');
  const checks: Check[] = [
    ...rowSumChecks(
      projects,
      g,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      '的合计等于财政拨款与其他资金之和',
    ),
    ...rowSumChecks(
      projects,
      g,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      '的财政拨款小计等于一般公共预算、政府性基金、国有资本经营之和',
    ),
  ];
  if (!total) return checks;
  for (const c of projects.columns.filter((col) => col.kind === 'money')) {
    const expected = sum(items.map((r) => cell(r, c.key)));
    if (expected.isZero() && cell(total, c.key).isZero()) continue;
    checks.push(
      moneyCheck(
        `projects.total.${c.key}`,
        g,
        `项目支出预算情况表合计行的“${c.label}”等于${items.length}个项目之和`,
        expected,
        cell(total, c.key),
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
      '项目支出合计等于支出总体情况表合计行的“项目支出”',
      cell(et, 'project'),
      cell(total, 'total'),
      [ref(projects, total, 'total')],
    ),
    moneyCheck(
      'projects.vs.gpbExpenditure',
      g,
      '项目支出的财政拨款小计等于一般公共预算支出情况表合计行的“项目支出”',
      cell(gt, 'project'),
      cell(total, 'fiscal'),
      [ref(projects, total, 'fiscal')],
    ),
    moneyCheck(
      'projects.nonFiscal.vs.income',
      g,
      '项目支出中的非财政拨款资金(合计−财政拨款)等于收入总体情况表的非财政拨款收入减去基本支出中的非财政拨款资金',
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
    const c = moneyCheck(
      `attribution.${code}`,
      g,
      `归属于${code}的项目(${ids.join('、')})之和不超过该项的项目支出`,
      cell(item, 'project'),
      attributed,
    );
    checks.push({ ...c, expected: `≤ ${c.expected}`, pass: attributed.lte(cell(item, 'project')) });
  }
  return checks;
}
