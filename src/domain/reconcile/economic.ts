import { sum } from '../money';
import type { BudgetTable, Dataset } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { rowSumChecks } from './tree';

/** Basic-spending tables: each (部门类, 政府类) group row = Σ its 款 rows; 合计 = Σ group rows — every money column. */
function economicTreeChecks(table: BudgetTable, group: string): Check[] {
  const total = findRow(table, 'total');
  const groups = table.rows.filter((r) => r.id !== 'total' && !r.text.deptKuan);
  const parents = [
    { row: total, label: '合计', children: groups },
    ...groups.map((g) => ({
      row: g,
      label: `${g.text.deptClass} ${g.text.deptName}/${g.text.govClass} ${g.text.govName}`,
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
                `${table.title}:${label}的“${c.label}”等于其下各款之和`,
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
  const g6 = '六、一般公共预算基本支出情况表';
  const g10 = '十、基本支出预算情况表';
  const checks = [
    ...rowSumChecks(gpbBasic, g6, 'total', ['personnel', 'public'], '的小计等于人员支出加日常公用支出'),
    ...economicTreeChecks(gpbBasic, g6),
    ...rowSumChecks(
      basic,
      g10,
      'total',
      ['fiscal', 'specialAccount', 'unitFunds', 'surplus', 'carryover'],
      '的合计等于财政拨款与其他资金之和',
    ),
    ...rowSumChecks(
      basic,
      g10,
      'fiscal',
      ['gpb', 'govFund', 'stateCapital'],
      '的财政拨款小计等于一般公共预算、政府性基金、国有资本经营之和',
    ),
    ...economicTreeChecks(basic, g10),
  ];
  const gt = findRow(gpbExpenditure, 'total');
  const bt = findRow(gpbBasic, 'total');
  for (const [key, label] of [
    ['total', '基本支出小计'],
    ['personnel', '人员支出'],
    ['public', '日常公用支出'],
  ] as const)
    checks.push(
      moneyCheck(
        `gpbBasic.vs.gpbExpenditure.${key}`,
        g6,
        `一般公共预算基本支出情况表合计的“${key === 'total' ? '小计' : label}”等于一般公共预算支出情况表合计的“${label}”`,
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
        `${r.id === 'total' ? '合计' : `${r.text.deptName}(${r.id})`}:基本支出预算情况表的“一般公共预算”等于一般公共预算基本支出情况表的小计`,
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
        '基本支出预算情况表合计等于支出总体情况表合计行的“基本支出”',
        cell(et, 'basic'),
        cell(basicTotal, 'total'),
        [ref(basic, basicTotal, 'total')],
      ),
    );
  return checks;
}
