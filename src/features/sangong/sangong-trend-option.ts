import type { EChartsCoreOption } from 'echarts/core';
import { SANGONG_ITEMS, type SangongYear } from '../../domain/sangong';
import { PALETTE } from '../../lib/chart-colors';

/** Pure: one line per 三公 item over the years the catalog covers (floats only as coordinates). */
export function sangongTrendOption(series: readonly SangongYear[]): EChartsCoreOption {
  const items = SANGONG_ITEMS.filter((i) => i.key !== 'vehicle');
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)} 万元` },
    xAxis: { type: 'category', data: series.map((y) => `${y.year}`) },
    yAxis: { type: 'value', name: '万元' },
    series: items.map((item, i) => ({
      name: item.label,
      type: 'line',
      symbolSize: 8,
      lineStyle: { width: item.key === 'total' ? 4 : 2 },
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: series.map((y) => y.values[item.key].toNumber()),
    })),
  };
}
