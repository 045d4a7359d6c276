import { LABELS_INSIDE_GRID } from '../../lib/chart-grid';
import type { EChartsCoreOption } from 'echarts/core';
import type { Money } from '../../domain/money';
import { PALETTE } from '../../lib/chart-colors';
import { escapeHtml } from '../../lib/format/html';
import { formatMoney } from '../../lib/format/number';

export interface YearsChartSeries {
  name: string;
  /** One value per column (null: not printed — no bar, never a zero). */
  values: ReadonlyArray<Money | null>;
}

/**
 * Pure: grouped bars, one group per dataset (year; 预算 and 决算 apart), one bar per figure. Floats only as
 * coordinates; the tooltip prints the exact decimal.
 */
export function yearsChartOption(
  columns: readonly string[],
  series: readonly YearsChartSeries[],
  /** The axis unit: the chart draws 万元 (the domain's unit); its table twin follows the reader's unit. */
  unit: string,
): EChartsCoreOption {
  return {
    grid: { left: 8, right: 24, top: 28, bottom: 8, ...LABELS_INSIDE_GRID },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const s = series[p.seriesIndex];
        const v = s?.values[p.dataIndex];
        return s && v
          ? `${escapeHtml(s.name)}<br/>${escapeHtml(columns[p.dataIndex] ?? '')}:${formatMoney(v)} ${escapeHtml(unit)}`
          : '';
      },
    },
    xAxis: { type: 'category', data: [...columns] },
    yAxis: { type: 'value', name: unit },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: 28,
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: s.values.map((v) => (v ? v.toNumber() : null)),
    })),
  };
}
