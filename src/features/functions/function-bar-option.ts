import type { EChartsCoreOption } from 'echarts/core';
import type { FunctionNode } from '../../domain/functions';
import { escapeHtml } from '../../lib/format/html';
import { BASIC_COLOR, PROJECT_COLOR } from '../../lib/chart-colors';

/** Bar order (smallest first: ECharts draws category axes bottom-up, so the largest ends on top). */
export function barOrder(nodes: readonly FunctionNode[]): FunctionNode[] {
  return [...nodes].sort((a, b) => a.total.comparedTo(b.total));
}

/** Pure: the nodes of one level → stacked bars of 基本 and 项目 spending (floats only as coordinates). */
export function functionBarOption(
  nodes: readonly FunctionNode[],
  format: (v: FunctionNode['total']) => string,
): EChartsCoreOption {
  const sorted = barOrder(nodes);
  const label = (n: FunctionNode) => `${n.code} ${n.name}`;
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, data: ['基本支出', '项目支出'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: Array<{ dataIndex: number }>) => {
        const n = sorted[ps[0]?.dataIndex ?? 0];
        if (!n) return '';
        return `${escapeHtml(label(n))}<br/>合计 ${escapeHtml(format(n.total))}<br/>基本支出 ${escapeHtml(format(n.basic))}<br/>项目支出 ${escapeHtml(format(n.project))}`;
      },
    },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: sorted.map(label), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      {
        name: '基本支出',
        type: 'bar',
        stack: 'x',
        itemStyle: { color: BASIC_COLOR },
        data: sorted.map((n) => n.basic.toNumber()),
      },
      {
        name: '项目支出',
        type: 'bar',
        stack: 'x',
        itemStyle: { color: PROJECT_COLOR },
        data: sorted.map((n) => n.project.toNumber()),
      },
    ],
  };
}
