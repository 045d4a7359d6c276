import type { Dataset } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { functionTreeChecks, rowSumChecks } from './tree';

/** 收支总表 income items → 收入总表 columns (national labels, 序号 stripped). */
const SUMMARY_INCOME_COLUMNS: Readonly<Record<string, string>> = {
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
  const g2 = '二、收入总体情况表';
  const g3 = '三、支出总体情况表';
  const g5 = '五、一般公共预算支出情况表';
  const g12 = '十二、政府采购预算情况表';
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
      '的合计等于财政拨款小计与其他各类收入之和',
    ),
    ...rowSumChecks(
      income,
      g2,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      '的财政拨款小计等于一般公共预算、政府性基金、国有资本经营之和',
    ),
    ...functionTreeChecks(income, g2),
    ...rowSumChecks(
      expenditure,
      g3,
      'total',
      ['basic', 'project', 'toSuperior', 'toAffiliated', 'operating', 'carryForward'],
      '的合计等于基本支出、项目支出及其他各列之和',
    ),
    ...functionTreeChecks(expenditure, g3),
    ...rowSumChecks(
      gpbExpenditure,
      g5,
      'basic',
      ['personnel', 'public'],
      '的基本支出等于人员支出加日常公用支出',
    ),
    ...rowSumChecks(gpbExpenditure, g5, 'total', ['basic', 'project'], '的合计等于基本支出加项目支出'),
    ...functionTreeChecks(gpbExpenditure, g5),
    ...rowSumChecks(
      procurement,
      g12,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      '的合计等于财政拨款与其他资金之和',
    ),
    ...rowSumChecks(
      procurement,
      g12,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      '的财政拨款等于一般公共预算、政府性基金、国有资本经营之和',
    ),
    ...functionTreeChecks(procurement, g12),
  ];
  // The same function row carries the same total in 收入总表 and 支出总表; its 一般公共预算 share is in table 五.
  for (const e of expenditure.rows) {
    const i = findRow(income, e.id);
    checks.push(
      moneyCheck(
        `expenditure.vs.income.${e.id}`,
        g3,
        `${e.id === 'total' ? '合计' : `${e.id} ${e.text.name}`}:支出总体情况表的合计等于收入总体情况表的合计`,
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
          `${e.id === 'total' ? '合计' : `${e.id} ${e.text.name}`}:一般公共预算支出情况表的合计等于收入总体情况表的“一般公共预算收入”`,
          cell(i, 'gpb'),
          cell(g, 'total'),
          g ? [ref(gpbExpenditure, g, 'total')] : [],
        ),
      );
    // 政府采购 under a 项 cannot exceed what the 项 spends.
    const p = findRow(procurement, e.id);
    if (p && e.id.length === 7)
      checks.push({
        ...moneyCheck(
          `procurement.within.${e.id}`,
          g12,
          `${e.id} ${e.text.name}:政府采购预算不超过该项支出合计`,
          cell(e, 'total'),
          cell(p, 'total'),
          [ref(procurement, p, 'total')],
        ),
        expected: `≤ ${cell(e, 'total').toFixed(2)}`,
        pass: cell(p, 'total').lte(cell(e, 'total')),
      });
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
        '一、收支总体情况表',
        `收支总体情况表“${r.text.incomeItem}”等于收入总体情况表合计行的同名列`,
        cell(incomeTotal, key),
        cell(r, 'incomeAmount'),
        [ref(summary, r, 'incomeAmount'), ref(income, incomeTotal, key)],
      ),
    );
  }
  return checks;
}
