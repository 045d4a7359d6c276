import { type SheetCell, plainText, sheetRows } from '../../lib/export/sheet';
import { type MoneyUnit, exactMoney, formatPercent } from '../../lib/format/number';
import type { Money } from '../../domain/money';
import type { CompareRow } from './compare-rows';

export interface CompareSheetLabels {
  department: string;
  total: string;
  basicShare: string;
  sangong: string;
  operatingCosts: string;
  unitScope: string;
}

const amount = (value: Money | null | undefined, unit: MoneyUnit): SheetCell =>
  value ? { text: exactMoney(value, unit), amount: true } : { text: '—', amount: false };

/**
 * The comparison as exported, from its rows rather than its DOM (a long comparison renders only the rows in view):
 * every department in the order shown, amounts as exact decimals in `unit`, cells reading as the table shows them.
 */
export function compareSheet(
  rows: readonly CompareRow[],
  classes: ReadonlyArray<{ code: string; name: string }>,
  labels: CompareSheetLabels,
  unit: MoneyUnit,
  unitLabel: string,
): string[][] {
  const header = [
    labels.department,
    labels.total,
    labels.basicShare,
    labels.sangong,
    labels.operatingCosts,
    ...classes.map((c) => plainText(`${c.code} ${c.name}`)),
  ];
  const body = rows.map((r): SheetCell[] => [
    {
      text: plainText(r.entry.department.name + (r.entry.scope === '单位' ? labels.unitScope : '')),
      amount: false,
    },
    amount(r.total, unit),
    { text: r.basicShare ? formatPercent(r.basicShare) : '—', amount: false },
    amount(r.sangong, unit),
    amount(r.operatingCosts, unit),
    ...classes.map((c) => amount(r.functions[c.code], unit)),
  ]);
  return sheetRows(header, body, unitLabel);
}
