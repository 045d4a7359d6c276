import { LABELS_INSIDE_GRID } from '../../lib/chart-grid';
import { escapeHtml } from '../../lib/format/html';
import { formatMoney } from '../../lib/format/number';
import type { EChartsCoreOption } from 'echarts/core';
import { SANGONG_ITEMS, type SangongKey, type SangongYear } from '../../domain/sangong';
import { PALETTE } from '../../lib/chart-colors';

/** The words of the chart in the reader's language: each item's name and the unit of the values (万元). */
export interface SangongTrendLabels {
  items: Readonly<Record<SangongKey, string>>;
  unit: string;
}

/** Pure: one line per 三公 item over the years the catalog covers (floats only as coordinates). */
export function sangongTrendOption(
  series: readonly SangongYear[],
  labels: SangongTrendLabels,
): EChartsCoreOption {
  const items = SANGONG_ITEMS.filter((i) => i.key !== 'vehicle');
  return {
    grid: { left: 8, right: 24, top: 24, bottom: 8, ...LABELS_INSIDE_GRID },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const item = items[p.seriesIndex];
        const year = series[p.dataIndex];
        return item && year
          ? `${escapeHtml(labels.items[item.key])}<br/>${year.year}:${formatMoney(year.values[item.key])} ${escapeHtml(labels.unit)}`
          : '';
      },
    },
    xAxis: { type: 'category', data: series.map((y) => `${y.year}`) },
    yAxis: { type: 'value', name: labels.unit },
    series: items.map((item, i) => ({
      name: labels.items[item.key],
      // Bars, not lines: with two or three years a grouped bar reads more exactly (and saves ECharts' line chart).
      type: 'bar',
      barMaxWidth: 28,
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: series.map((y) => y.values[item.key].toNumber()),
    })),
  };
}

/** The legend, drawn as HTML beside the chart (ECharts' legend component is not loaded). */
export function sangongTrendLegend(labels: { items: Record<string, string> }) {
  return SANGONG_ITEMS.filter((i) => i.key !== 'vehicle').map((item, i) => ({
    label: labels.items[item.key] ?? item.key,
    color: PALETTE[i % PALETTE.length] as string,
  }));
}
