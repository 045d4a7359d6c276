import type { MoneyColumn } from '../table-columns';
import { sum } from '../money';
import type { BudgetTable, TableId, TableRow } from '../model';
import { cell, ref } from '../table';
import { type Check, moneyCheck } from './check';
import { type MessageValue, type ReconcileGroup, type RowSumKey, message, rowLabel } from './messages';

/** Function-code tables: 合计 = Σ 类, each 类 = Σ 款, each 款 = Σ 项 — for every money column. */
export function functionTreeChecks(table: BudgetTable, group: ReconcileGroup): Check[] {
  const rows = table.rows.filter((r) => r.id !== 'total');
  const total = table.rows.find((r) => r.id === 'total');
  const checks: Check[] = [];
  const parents: Array<[TableRow | undefined, MessageValue, TableRow[]]> = [
    [total, message('reconcile.row.total'), rows.filter((r) => r.id.length === 3)],
    ...rows
      .filter((r) => r.id.length < 7)
      .map((p): [TableRow, MessageValue, TableRow[]] => [
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
          message('reconcile.functionTree', { table: table.title, row: label, column: col.label }),
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
export function rowSumChecks<T extends TableId>(
  table: BudgetTable<T>,
  group: ReconcileGroup,
  target: MoneyColumn<T>,
  parts: ReadonlyArray<MoneyColumn<T>>,
  key: RowSumKey,
): Check[] {
  return table.rows.flatMap((r) => {
    const expected = sum(parts.map((p) => cell(r, p)));
    const actual = cell(r, target);
    if (expected.isZero() && actual.isZero()) return [];
    const row = rowLabel(r.id, r.text.name ?? r.text.deptName ?? r.id);
    return [
      moneyCheck(
        `${table.id}.row.${r.id}.${target}`,
        group,
        message(key, { table: table.title, row }),
        expected,
        actual,
        [ref(table, r, target)],
      ),
    ];
  });
}
