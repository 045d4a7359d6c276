// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import type { CsvCell } from '../../components/data-table/column-meta';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import { useFirstPaintRows } from '../../components/data-table/use-first-paint-rows';
import { columnSheet, sheetText } from '../../components/data-table/table-sheet';
import { type ExpandedState, type SortingState, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useUnitLabel } from '../../components/Amount';
import { useLang, useT } from '../../components/use-t';
import { FunctionName, functionNameText } from '../../components/Zh';
import type { FunctionLevel } from '../../domain/classification';
import type { StringKey } from '../../lib/i18n/strings';
import type { Lang } from '../../lib/i18n/translate';
import { type MoneyUnit, formatPercent } from '../../lib/format/number';
import { formatSortParam, parseSortParam } from '../../components/data-table/sort-param';
import { functionColumns, type FunctionRow, functionTableFeatures } from './function-columns';
import { href } from '../../lib/route/href';
import './functions.css';

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
  const lang = useLang();
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
  const rowModel = table.getRowModel().rows;
  // A first visit paints a screenful of the (up to ≈70) rows; the rest follow right after the paint.
  const shown = rowModel.slice(0, useFirstPaintRows(rowModel.length));
  const suffix = (id: string) => (id !== 'code' && id !== 'share' ? t('functions.unitSuffix', { unit }) : '');
  const sheet = (moneyUnit: MoneyUnit, unitLabel: string) =>
    columnSheet(
      table.getAllLeafColumns().map((c) => ({
        csvHeader: `${String(c.columnDef.header)}${suffix(c.id)}`,
        csv: (r: FunctionRow) => functionCsv(r, c.id, lang),
      })),
      table.getRowModel().rows.map((r) => r.original),
      moneyUnit,
      unitLabel,
    );
  return (
    <TableFrame
      caption={t('functions.caption', { unit })}
      className="data-table function-table"
      exportName="functions"
      sheet={sheet}
    >
      <thead>
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id}>
            {g.headers.map((h) => (
              <HeaderCell
                key={h.id}
                numeric={h.column.columnDef.meta?.numeric}
                sort={{ dir: h.column.getIsSorted(), toggle: h.column.getToggleSortingHandler() }}
              >
                <table.FlexRender header={h} />
                {suffix(h.column.id)}
              </HeaderCell>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {shown.map((row) => (
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
    </TableFrame>
  );
}

/** A cell of the CSV: the function as printed, amounts exact (a zero shown as — is empty), shares as shown. */
function functionCsv(r: FunctionRow, column: string, lang: Lang): CsvCell {
  if (column === 'code') return functionNameText(r.code, r.name, lang);
  if (column === 'share') return sheetText(formatPercent(r.share));
  const v = r[column as 'total' | 'basic' | 'project'];
  return v.isZero() ? null : v;
}
