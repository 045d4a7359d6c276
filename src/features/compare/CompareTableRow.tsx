import { memo } from 'react';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Money } from '../../domain/money';
import { exactMoney, formatMoney, formatPercent, type MoneyUnit } from '../../lib/format/number';
import type { CompareRow } from './compare-rows';
import { href } from '../../lib/route/href';

/**
 * An amount as components/Amount.tsx renders it (the exact decimal in data-value, which the CSV export reads), in
 * the unit the table passes down: a city's comparison has a thousand of them, and one store subscription per
 * amount (Amount's) was most of the time it took to open.
 */
function figure(value: Money | null | undefined, unit: MoneyUnit) {
  return value ? (
    <span className="amount" data-value={exactMoney(value, unit)}>
      {formatMoney(value, unit)}
    </span>
  ) : (
    <span className="muted">—</span>
  );
}

/**
 * One department's row. Memoized on the row object, which sorting keeps: a row that stays in view is moved, not
 * rendered again with its many 类 cells.
 */
export const CompareTableRow = memo(function CompareTableRow({
  row,
  classes,
  current,
  unit,
  index,
  measure,
}: {
  row: CompareRow;
  classes: ReadonlyArray<{ code: string }>;
  current: boolean;
  unit: MoneyUnit;
  /** Where the row is in the table (0 = the first body row), and the virtualizer's measuring ref. */
  index: number;
  measure?: (row: HTMLTableRowElement | null) => void;
}) {
  const t = useT();
  return (
    <tr
      className={current ? 'current' : undefined}
      aria-rowindex={index + 2}
      data-index={index}
      ref={measure}
    >
      <th scope="row">
        <a href={href.dataset(row.entry.id)}>
          <Zh>{row.entry.department.name}</Zh>
        </a>
        {row.entry.scope === '单位' && <span className="muted small">{t('compare.unitScope')}</span>}
      </th>
      <td className="num">{figure(row.total, unit)}</td>
      <td className="num">{row.basicShare ? formatPercent(row.basicShare) : '—'}</td>
      <td className="num">{figure(row.sangong, unit)}</td>
      <td className="num">{figure(row.operatingCosts, unit)}</td>
      {classes.map((c) => (
        <td key={c.code} className="num">
          {figure(row.functions[c.code], unit)}
        </td>
      ))}
    </tr>
  );
});
