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
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)} ${labels.unit}` },
    xAxis: { type: 'category', data: series.map((y) => `${y.year}`) },
    yAxis: { type: 'value', name: labels.unit },
    series: items.map((item, i) => ({
      name: labels.items[item.key],
      type: 'line',
      symbolSize: 8,
      lineStyle: { width: item.key === 'total' ? 4 : 2 },
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: series.map((y) => y.values[item.key].toNumber()),
    })),
  };
}
