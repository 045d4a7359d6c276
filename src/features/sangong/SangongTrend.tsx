import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { useLang, useT } from '../../components/use-t';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { type SangongComparison, sangongSeries } from '../../domain/sangong';
import { unitLabel } from '../../lib/format/number';
import { useDepartmentYears } from '../../store/use-department-years';
import { useSangongLabels } from './sangong-labels';

type YearValues = ReturnType<typeof sangongSeries>[number];
import { sangongTrendLegend, sangongTrendOption } from './sangong-trend-option';

/** Every year of this department the catalog covers, one line per item, with its table twin. */
export function SangongTrend({
  dataset,
  catalog,
  rows,
}: {
  dataset: Dataset;
  catalog: Catalog;
  rows: readonly SangongComparison[];
}) {
  const t = useT();
  const lang = useLang();
  const unit = useUnitLabel();
  const labels = useSangongLabels();
  const years = useDepartmentYears(catalog, dataset);
  const series = useMemo(() => sangongSeries(years), [years]);
  // The chart draws the published 万元 figures; the table twin follows the chosen display unit.
  const option = useMemo(
    () => sangongTrendOption(series, { items: labels, unit: unitLabel('wan', lang) }),
    [series, labels, lang],
  );
  const yearList = series
    .map((s) =>
      t(s.source === 'published' ? 'sangong.trendYear' : 'sangong.trendYearPrior', { year: s.year }),
    )
    .join(t('common.listSep'));
  return (
    <ChartFrame
      name="sangong-trend"
      legend={sangongTrendLegend({ items: labels })}
      title={t('sangong.trendTitle')}
      description={t('sangong.trendDesc', { count: series.length, years: yearList })}
      option={option}
      height={320}
      table={
        <StaticTable
          caption={t('sangong.trendCaption', { unit })}
          className="data-table compact"
          columns={[
            {
              id: 'year',
              header: t('sangong.year'),
              rowHeader: true,
              cell: (s) => s.year,
              csv: (s) => s.year,
            },
            ...rows.map((r): ShellColumn<YearValues> => ({
              id: r.key,
              header: labels[r.key],
              numeric: true,
              cell: (s) => <Amount value={s.values[r.key]} />,
              csv: (s) => s.values[r.key],
            })),
          ]}
          rows={series}
          rowKey={(s) => String(s.year)}
          exportName="sangong-trend"
        />
      }
    />
  );
}
