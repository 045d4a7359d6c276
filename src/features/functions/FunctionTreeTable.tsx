// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { ExportableTable } from '../../components/export/ExportableTable';
import { type ExpandedState, type SortingState, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useUnitLabel } from '../../components/Amount';
import { useT } from '../../components/use-t';
import { FunctionName } from '../../components/Zh';
import type { FunctionLevel } from '../../domain/classification';
import type { StringKey } from '../../lib/i18n/strings';
import { formatSortParam, parseSortParam } from '../../components/data-table/sort-param';
import { functionColumns, type FunctionRow, functionTableFeatures } from './function-columns';
import { href } from '../../lib/route/href';
import './functions.css';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORTABLE = ['code', 'total', 'basic', 'project', 'share'];
const LEVEL: Record<FunctionLevel, StringKey> = { 类: 'level.class', 款: 'level.subclass', 项: 'level.item' };

/** 类 → 款 → 项 as an expandable tree table; sorting applies within each level. */
export function FunctionTreeTable({
  rows,
  selected,
  sort,
  onSortChange,
}: {
  rows: FunctionRow[];
  selected: string | null;
  sort: string | null;
  onSortChange: (s: string | null) => void;
}) {
  const unit = useUnitLabel();
  const t = useT();
  const columns = useMemo(() => functionColumns(t), [t]);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const sorting = useMemo(() => parseSortParam(sort, SORTABLE), [sort]);
  const table = useTable({
    features: functionTableFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.code,
    getSubRows: (r) => (r.subRows.length ? r.subRows : undefined),
    state: { sorting, expanded },
    onExpandedChange: setExpanded,
    onSortingChange: (u) =>
      onSortChange(formatSortParam(typeof u === 'function' ? u(sorting) : (u as SortingState))),
  });
  return (
    <ExportableTable name="functions">
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table function-table">
          <caption className="sr-only">{t('functions.caption', { unit })}</caption>
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={numeric ? 'num' : undefined}
                      aria-sort={dir ? ARIA_SORT[dir] : 'none'}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={h.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={h} />
                        {h.column.id !== 'code' && h.column.id !== 'share'
                          ? t('functions.unitSuffix', { unit })
                          : ''}
                        <span aria-hidden="true" className="sort-mark">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                className={row.original.code === selected ? 'row-selected' : undefined}
                data-depth={row.depth}
                aria-selected={row.original.code === selected || undefined}
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'code' ? (
                    <th
                      key={cell.id}
                      scope="row"
                      className="tree-cell"
                      style={{ paddingLeft: `${0.4 + row.depth * 1.4}rem` }}
                    >
                      {row.getCanExpand() ? (
                        <button
                          type="button"
                          className="expander"
                          aria-expanded={row.getIsExpanded()}
                          aria-label={t(row.getIsExpanded() ? 'functions.collapse' : 'functions.expand', {
                            name: row.original.name,
                          })}
                          onClick={row.getToggleExpandedHandler()}
                        >
                          {row.getIsExpanded() ? '▾' : '▸'}
                        </button>
                      ) : (
                        <span className="expander-spacer" aria-hidden="true" />
                      )}
                      <a href={href.functions(row.original.code)}>
                        <FunctionName code={row.original.code} name={row.original.name} codeClass="code" />
                      </a>
                      <span className="level-tag">{t(LEVEL[row.original.level])}</span>
                    </th>
                  ) : (
                    <td key={cell.id} className="num">
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExportableTable>
  );
}
