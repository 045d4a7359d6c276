import type { BudgetTable } from '../domain/model';
import { printedCell, printedText } from '../domain/table';
import { Amount, useUnitLabel } from './Amount';
import { ExportableTable } from './export/ExportableTable';
import { SourceLink } from './SourceLink';
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
  return (
    <ExportableTable name={name}>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact">
          <caption>
            <Zh>{table.title}</Zh> <span className="muted small">({unit})</span>
          </caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.kind === 'money' ? 'num' : undefined}>
                  <Zh>{c.group ? `${c.group} ${c.label}` : c.label}</Zh>
                </th>
              ))}
              <th scope="col">{t('common.source')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.id} className={r.id === 'total' ? 'row-total' : undefined}>
                {table.columns.map((c) =>
                  c.kind === 'money' ? (
                    <td key={c.key} className="num">
                      {printedCell(r, c.key) ? <Amount value={printedCell(r, c.key)!} /> : ''}
                    </td>
                  ) : (
                    <td key={c.key}>
                      <Zh>{printedText(r, c.key) ?? ''}</Zh>
                    </td>
                  ),
                )}
                <td>
                  <SourceLink at={r} table={table.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExportableTable>
  );
}
