import type { MoneyColumn, TextColumn } from '../table-columns';
import { ZERO, sum } from '../money';
import type { BudgetTable, Dataset, TableRow } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { type ReconcileGroup, message } from './messages';

const NUMBERED = /^[一二三四五六七八九十]+、/;
const stripNumber = (s: string) => s.replace(NUMBERED, '');

interface Side {
  item: TextColumn;
  amount: MoneyColumn<'summary' | 'fiscalSummary'>;
}

/** Rows of one side of a two-sided 总表, split at 本年合计 and 总计. */
function sideRows(table: BudgetTable, side: Side) {
  const current = findRow(table, 'current-total');
  const grand = findRow(table, 'grand-total');
  const ci = current ? table.rows.indexOf(current) : -1;
  const gi = grand ? table.rows.indexOf(grand) : -1;
  const before = table.rows.slice(0, Math.max(ci, 0)).filter((r) => r.text[side.item]);
  const between = table.rows.slice(ci + 1, gi < 0 ? undefined : gi).filter((r) => r.text[side.item]);
  return {
    current,
    grand,
    numbered: before.filter((r) => NUMBERED.test(r.text[side.item] ?? '')),
    before,
    between,
  };
}

function twoSidedChecks(table: BudgetTable, group: ReconcileGroup, income: Side, expenditure: Side): Check[] {
  const checks: Check[] = [];
  const sides = [
    ['income', 'Income', income, sideRows(table, income)],
    ['expenditure', 'Expenditure', expenditure, sideRows(table, expenditure)],
  ] as const;
  const values = { table: table.title };
  for (const [name, Name, side, rows] of sides) {
    if (!rows.current || !rows.grand) continue;
    checks.push(
      moneyCheck(
        `${table.id}.${name}.current`,
        group,
        message(`reconcile.summary.current${Name}`, values),
        sum(rows.numbered.map((r) => cell(r, side.amount))),
        cell(rows.current, side.amount),
        [ref(table, rows.current, side.amount)],
      ),
      moneyCheck(
        `${table.id}.${name}.grand`,
        group,
        message(`reconcile.summary.grand${Name}`, values),
        sum([cell(rows.current, side.amount), ...rows.between.map((r) => cell(r, side.amount))]),
        cell(rows.grand, side.amount),
        [ref(table, rows.grand, side.amount)],
      ),
    );
  }
  const [, , , inc] = sides[0];
  const [, , , exp] = sides[1];
  for (const key of ['current', 'grand'] as const) {
    const ir = inc[key];
    const er = exp[key];
    if (!ir || !er) continue;
    checks.push(
      moneyCheck(
        `${table.id}.balance.${key}`,
        group,
        message(
          key === 'current' ? 'reconcile.summary.balanceCurrent' : 'reconcile.summary.balanceGrand',
          values,
        ),
        cell(ir, income.amount),
        cell(er, expenditure.amount),
        [ref(table, ir, income.amount), ref(table, er, expenditure.amount)],
      ),
    );
  }
  // Sub-items printed under 一、财政拨款收入 (一般公共预算收入 …) add up to it.
  inc.numbered.forEach((head) => {
    const start = inc.before.indexOf(head);
    const next = inc.before.findIndex((r, i) => i > start && NUMBERED.test(r.text[income.item] ?? ''));
    const subs = inc.before.slice(start + 1, next < 0 ? undefined : next);
    if (subs.length === 0) return;
    checks.push(
      moneyCheck(
        `${table.id}.income.sub.${head.id}`,
        group,
        message('reconcile.summary.incomeSub', { ...values, item: head.text[income.item] ?? '' }),
        sum(subs.map((r) => cell(r, income.amount))),
        cell(head, income.amount),
        [ref(table, head, income.amount)],
      ),
    );
  });
  return checks;
}

/** Each 类 printed on a 总表's expenditure side equals the 合计 of the 类 row of a function table (by name). */
function categoryChecks(
  table: BudgetTable,
  amountKey: Side['amount'],
  against: BudgetTable,
  group: ReconcileGroup,
) {
  const { numbered } = sideRows(table, { item: 'expenditureItem', amount: amountKey });
  return numbered.flatMap((r: TableRow) => {
    const name = stripNumber(r.text.expenditureItem ?? '');
    const cls = against.rows.find((a) => a.id.length === 3 && a.text.name === name);
    const actual = cell(r, amountKey);
    if (!cls && actual.isZero()) return [];
    return [
      moneyCheck(
        `${table.id}.category.${r.id}`,
        group,
        cls
          ? message('reconcile.summary.category', {
              table: table.title,
              name,
              against: against.title,
              code: cls.id,
            })
          : message('reconcile.summary.categoryMissing', {
              table: table.title,
              name,
              against: against.title,
            }),
        cls ? cell(cls, 'total') : ZERO,
        actual,
        [ref(table, r, amountKey)],
      ),
    ];
  });
}

export function summaryChecks(d: Dataset): Check[] {
  const { summary, fiscalSummary, expenditure, gpbExpenditure, income } = d.tables;
  const g1 = 'summary';
  const g4 = 'fiscalSummary';
  const fsIncome = findRow(fiscalSummary, 'current-total');
  const incomeTotal = findRow(income, 'total');
  const checks = [
    ...twoSidedChecks(
      summary,
      g1,
      { item: 'incomeItem', amount: 'incomeAmount' },
      { item: 'expenditureItem', amount: 'expenditureAmount' },
    ),
    ...categoryChecks(summary, 'expenditureAmount', expenditure, g1),
    ...twoSidedChecks(
      fiscalSummary,
      g4,
      { item: 'incomeItem', amount: 'incomeAmount' },
      { item: 'expenditureItem', amount: 'expenditureTotal' },
    ),
    ...categoryChecks(fiscalSummary, 'expenditureTotal', gpbExpenditure, g4),
    ...fiscalSummary.rows.flatMap((r) => {
      const parts = (['expenditureGpb', 'expenditureGovFund', 'expenditureStateCapital'] as const).map((k) =>
        cell(r, k),
      );
      if (sum(parts).isZero() && cell(r, 'expenditureTotal').isZero()) return [];
      return [
        moneyCheck(
          `fiscalSummary.row.${r.id}`,
          g4,
          message('reconcile.summary.fiscalRow', {
            table: fiscalSummary.title,
            row: r.text.expenditureItem ?? r.id,
          }),
          sum(parts),
          cell(r, 'expenditureTotal'),
          [ref(fiscalSummary, r, 'expenditureTotal')],
        ),
      ];
    }),
  ];
  if (fsIncome && incomeTotal)
    checks.push(
      moneyCheck(
        'fiscalSummary.vs.income',
        g4,
        message('reconcile.summary.fiscalVsIncome'),
        cell(incomeTotal, 'fiscal'),
        cell(fsIncome, 'incomeAmount'),
        [ref(fiscalSummary, fsIncome, 'incomeAmount'), ref(income, incomeTotal, 'fiscal')],
      ),
    );
  return checks;
}
