import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { useLang, useT } from '../../components/use-t';
import type { CatalogEntry } from '../../data/schema-catalog';
import { PALETTE } from '../../lib/chart-colors';
import { unitLabel } from '../../lib/format/number';
import type { YearSeries } from './year-series';
import { LABEL } from './labels';
import { yearsChartOption } from './years-chart-option';

/** Figures on one scale (三公 and 机关运行经费 are too small to read beside them; they stay in the table). */
const CHARTED = ['total', 'basic', 'project'] as const;

type Figure = YearSeries['figures'][number];

/** The headline figures as grouped bars per year, with their table twin in the reader's unit. */
export function YearsChart({
  series,
  columnName,
}: {
  series: YearSeries;
  columnName: (e: CatalogEntry) => string;
}) {
  const t = useT();
  const lang = useLang();
  const unit = useUnitLabel();
  const rows = series.figures.filter((f) => (CHARTED as readonly string[]).includes(f.figure));
  const names = series.columns.map(columnName);
  const option = useMemo(
    () =>
      yearsChartOption(
        names,
        rows.map((f) => ({ name: t(LABEL[f.figure] ?? 'years.total'), values: f.cells.map((c) => c.value) })),
        unitLabel('wan', lang),
      ),
    // names and rows follow series and the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, lang, t],
  );
  return (
    <ChartFrame
      name="years"
      title={t('years.chartTitle')}
      description={t('years.chartDesc', { count: series.columns.length })}
      legend={rows.map((f, i) => ({
        label: t(LABEL[f.figure] ?? 'years.total'),
        color: PALETTE[i % PALETTE.length] as string,
      }))}
      option={option}
      height={300}
      table={
        <StaticTable
          caption={t('years.caption', { unit })}
          className="data-table compact"
          columns={[
            {
              id: 'figure',
              header: t('years.figure'),
              rowHeader: true,
              cell: (f) => t(LABEL[f.figure] ?? 'years.total'),
              csv: (f) => t(LABEL[f.figure] ?? 'years.total'),
            },
            ...names.map((n, i): ShellColumn<Figure> => ({
              id: series.columns[i]?.id ?? String(i),
              header: n,
              numeric: true,
              cell: (f) => {
                const v = f.cells[i]?.value;
                return v ? <Amount value={v} /> : t('years.notPrinted');
              },
              csv: (f) => f.cells[i]?.value ?? t('years.notPrinted'),
            })),
          ]}
          rows={rows}
          rowKey={(f) => f.figure}
          exportName="years"
        />
      }
    />
  );
}
