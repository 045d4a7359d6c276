import type { BudgetTable, TableRow } from '../domain/model';
import { printedCell, printedText } from '../domain/table';
import { Amount, useUnitLabel } from './Amount';
import { type ShellColumn, StaticTable } from './data-table/StaticTable';
import { SourceLink, sourceText } from './SourceLink';
import { useT } from './use-t';
import { Zh } from './Zh';
import './data-table/data-table.css';

/**
 * A table exactly as the document prints it — its own columns, in its order, amounts in the reader's unit, each
 * row linked to its place. For a layout no view was designed around (Jiangsu's 政府采购 table lists 品目 where
 * Shandong's lists 科目): shown as published rather than forced into our columns.
 */
export function PublishedTable({ table, name }: { table: BudgetTable; name: string }) {
  const t = useT();
  const unit = useUnitLabel();
  const columns: Array<ShellColumn<TableRow>> = [
    ...table.columns.map((c): ShellColumn<TableRow> => {
      const label = c.group ? `${c.group} ${c.label}` : c.label;
      return c.kind === 'money'
        ? {
            id: c.key,
            header: <Zh>{label}</Zh>,
            csvHeader: label,
            numeric: true,
            cell: (r) => {
              const v = printedCell(r, c.key);
              return v ? <Amount value={v} /> : '';
            },
            csv: (r) => printedCell(r, c.key) ?? null,
          }
        : {
            id: c.key,
            header: <Zh>{label}</Zh>,
            csvHeader: label,
            cell: (r) => <Zh>{printedText(r, c.key) ?? ''}</Zh>,
            csv: (r) => printedText(r, c.key) ?? null,
          };
    }),
    {
      id: 'source',
      header: t('common.source'),
      cell: (r) => <SourceLink at={r} table={table.id} />,
      csv: (r) => sourceText(t, r),
    },
  ];
  return (
    <StaticTable
      caption={
        <>
          <Zh>{table.title}</Zh> <span className="muted small">({unit})</span>
        </>
      }
      captionClassName=""
      className="data-table compact"
      columns={columns}
      rows={table.rows}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ className: r.id === 'total' ? 'row-total' : undefined })}
      exportName={name}
    />
  );
}
