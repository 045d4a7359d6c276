import type { Column, RowData } from '@tanstack/react-table';
import { useId } from 'react';
import { useT } from '../use-t';
import type { SortingFeatures } from './table-features';

/** On phones the header row is hidden (rows become cards): sorting is offered as a select instead. */
export function SortSelect<T extends RowData>({
  columns,
  sort,
  onSortChange,
}: {
  columns: ReadonlyArray<Column<SortingFeatures, T>>;
  sort: string | null;
  onSortChange: (sort: string | null) => void;
}) {
  const id = useId();
  const t = useT();
  return (
    <div className="sort-select">
      <label htmlFor={`${id}-sort`}>{t('table.sort')}</label>
      <select id={`${id}-sort`} value={sort ?? ''} onChange={(e) => onSortChange(e.target.value || null)}>
        <option value="">{t('table.documentOrder')}</option>
        {columns.flatMap((c) => {
          const label = typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id;
          return [
            <option key={`${c.id}.desc`} value={`${c.id}.desc`}>
              {label} ↓
            </option>,
            <option key={`${c.id}.asc`} value={`${c.id}.asc`}>
              {label} ↑
            </option>,
          ];
        })}
      </select>
    </div>
  );
}
