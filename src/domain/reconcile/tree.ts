import { sum } from '../money';
import type { BudgetTable, TableRow } from '../model';
import { cell, ref } from '../table';
import { type Check, moneyCheck } from './check';

/** Function-code tables: 合计 = Σ 类, each 类 = Σ 款, each 款 = Σ 项 — for every money column. */
export function functionTreeChecks(table: BudgetTable, group: string): Check[] {
  const rows = table.rows.filter((r) => r.id !== 'total');
  const total = table.rows.find((r) => r.id === 'total');
  const checks: Check[] = [];
  const parents: Array<[TableRow | undefined, string, TableRow[]]> = [
    [total, '合计', rows.filter((r) => r.id.length === 3)],
    ...rows
      .filter((r) => r.id.length < 7)
      .map((p): [TableRow, string, TableRow[]] => [
        p,
        `${p.id} ${p.text.name ?? ''}`,
        rows.filter((c) => c.id.length === p.id.length + 2 && c.id.startsWith(p.id)),
      ]),
  ];
  for (const [parent, label, children] of parents) {
    if (!parent || children.length === 0) continue;
    for (const col of table.columns.filter((c) => c.kind === 'money')) {
      const expected = sum(children.map((c) => cell(c, col.key)));
      const actual = cell(parent, col.key);
      if (expected.isZero() && actual.isZero()) continue;
      checks.push(
        moneyCheck(
          `${table.id}.tree.${parent.id}.${col.key}`,
          group,
          `${table.title}:${label}的“${col.label}”等于其下级科目之和`,
          expected,
          actual,
          [ref(table, parent, col.key)],
        ),
      );
    }
  }
  return checks;
}

/** Row identity `target = Σ parts` on every row of a table (skipping rows where all are empty). */
export function rowSumChecks(
  table: BudgetTable,
  group: string,
  target: string,
  parts: readonly string[],
  sentence: string,
): Check[] {
  return table.rows.flatMap((r) => {
    const expected = sum(parts.map((p) => cell(r, p)));
    const actual = cell(r, target);
    if (expected.isZero() && actual.isZero()) return [];
    const label = r.id === 'total' ? '合计' : (r.text.name ?? r.text.deptName ?? r.id);
    return [
      moneyCheck(
        `${table.id}.row.${r.id}.${target}`,
        group,
        `${table.title}:${label}${sentence}`,
        expected,
        actual,
        [ref(table, r, target)],
      ),
    ];
  });
}
