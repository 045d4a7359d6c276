import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { useLang, useT } from '../../components/use-t';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { type SangongComparison, sangongSeries } from '../../domain/sangong';
import { unitLabel } from '../../lib/format/number';
import { useDepartmentYears } from '../../store/use-department-years';
import { useSangongLabels } from './sangong-labels';
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
        <table className="data-table compact">
          <caption className="sr-only">{t('sangong.trendCaption', { unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sangong.year')}</th>
              {rows.map((r) => (
                <th key={r.key} scope="col" className="num">
                  {labels[r.key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.year}>
                <th scope="row">{s.year}</th>
                {rows.map((r) => (
                  <td key={r.key} className="num">
                    <Amount value={s.values[r.key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
