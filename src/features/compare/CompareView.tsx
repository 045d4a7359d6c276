import '../../lib/i18n/late-strings';
import './compare.css';
import { useMemo } from 'react';
import { WindowBody } from '../../components/data-table/WindowBody';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import { type T, useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { useUiStore } from '../../store/ui-store';
import { type CompareSort, compareRows, sortCompareRows } from './compare-rows';
import { CompareTableRow } from './CompareTableRow';
import { type CompareSheetLabels, compareSheet } from './compare-sheet';

/** 同地区比较: the departments of the region and year on screen, side by side, from the catalog's summaries. */
export function CompareView({
  dataset,
  catalog,
  sort,
  onQuery,
}: {
  dataset: Dataset;
  catalog: Catalog;
  sort: CompareSort;
  onQuery: (patch: Record<string, string | null>) => void;
}) {
  const t = useT();
  const entry = catalog.datasets.find((e) => e.id === dataset.id);
  const region = entry?.region ?? '';
  const { year, kind: documentKind } = dataset;
  // The rows once per region and year; a sort only reorders them.
  const table = useMemo(
    () => compareRows(catalog, { region, year, kind: documentKind }),
    [catalog, region, year, documentKind],
  );
  const rows = useMemo(() => sortCompareRows(table.rows, sort), [table, sort]);
  const { classes } = table;
  const keys = useMemo(() => rows.map((r) => r.entry.id), [rows]);
  const unit = useUiStore((s) => s.unit);
  const kind = t(dataset.kind === 'final' ? 'import.kind.final' : 'import.kind.budget');
  return (
    <article className="view compare-view">
      <h1>
        <Zh>{t('compare.title', { region: region || t('catalog.noRegion'), year: dataset.year, kind })}</Zh>
      </h1>
      <p className="lead">{t('compare.lead')}</p>
      <label>
        {t('catalog.sort')}{' '}
        <select
          value={sort}
          onChange={(e) =>
            onQuery({ sort: e.currentTarget.value === 'total' ? null : e.currentTarget.value })
          }
        >
          <option value="total">{t('compare.sort.total')}</option>
          <option value="basicShare">{t('compare.sort.basicShare')}</option>
          <option value="sangong">{t('compare.sort.sangong')}</option>
          <option value="operatingCosts">{t('compare.sort.operatingCosts')}</option>
          <option value="name">{t('catalog.sort.name')}</option>
        </select>
      </label>
      <TableFrame
        caption={t('compare.caption', { count: rows.length })}
        captionClassName=""
        className="data-table compact compare-table"
        ariaRowCount={rows.length + 1}
        exportName={`compare-${dataset.year}`}
        sheet={(moneyUnit, unitLabel) => compareSheet(rows, classes, sheetLabels(t), moneyUnit, unitLabel)}
      >
        <thead>
          <tr aria-rowindex={1}>
            <HeaderCell>{t('data.department')}</HeaderCell>
            <HeaderCell numeric>{t('catalog.col.total')}</HeaderCell>
            <HeaderCell numeric>{t('compare.basicShare')}</HeaderCell>
            <HeaderCell numeric>{t('years.sangong')}</HeaderCell>
            <HeaderCell numeric>{t('years.operatingCosts')}</HeaderCell>
            {classes.map((c) => (
              <HeaderCell key={c.code} numeric>
                <span className="code">{c.code}</span> <Zh>{c.name}</Zh>
              </HeaderCell>
            ))}
          </tr>
        </thead>
        {/* Only the departments near the view are in the document: a city's region has fifty or a hundred,
                each with a cell per 类, thousands of cells to lay out on every sort otherwise. */}
        <WindowBody
          keys={keys}
          columnCount={5 + classes.length}
          row={(index, measure) => {
            const r = rows[index];
            return (
              r && (
                <CompareTableRow
                  key={r.entry.id}
                  row={r}
                  index={index}
                  measure={measure}
                  classes={classes}
                  current={r.entry.id === dataset.id}
                  unit={unit}
                />
              )
            );
          }}
        />
      </TableFrame>
      {rows.some((r) => r.entry.scope === '单位') && <p className="muted small">{t('compare.unitNote')}</p>}
    </article>
  );
}

/** The header labels as the table shows them, for the export. */
const sheetLabels = (t: T): CompareSheetLabels => ({
  department: t('data.department'),
  total: t('catalog.col.total'),
  basicShare: t('compare.basicShare'),
  sangong: t('years.sangong'),
  operatingCosts: t('years.operatingCosts'),
  unitScope: t('compare.unitScope'),
});
