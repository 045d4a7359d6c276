import type { EChartsCoreOption } from 'echarts/core';
import { PALETTE } from '../../lib/chart-colors';
import { escapeHtml } from '../../lib/format/html';

/** The words of the chart in the reader's language: how a count reads after its 二级 (":12个", ": 12"). */
export interface IndicatorCountLabels {
  count: (n: number) => string;
}

/** Pure: counts by 一级/二级 → horizontal bars, one colour per 一级. */
export function indicatorCountOption(
  counts: ReadonlyArray<{ level1: string; level2: string; count: number }>,
  labels: IndicatorCountLabels,
): EChartsCoreOption {
  const level1s = [...new Set(counts.map((c) => c.level1))];
  const ordered = [...counts].reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const c = ordered[p.dataIndex];
        return c
          ? `${escapeHtml(c.level1)} › ${escapeHtml(c.level2)}${escapeHtml(labels.count(c.count))}`
          : '';
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((c) => c.level2) },
    series: [
      {
        type: 'bar',
        label: { show: true, position: 'right' },
        data: ordered.map((c) => ({
          value: c.count,
          itemStyle: { color: PALETTE[level1s.indexOf(c.level1) % PALETTE.length] },
        })),
      },
    ],
  };
}
