import { LABELS_INSIDE_GRID } from '../../lib/chart-grid';
import type { EChartsCoreOption } from 'echarts/core';
import type { FunctionNode } from '../../domain/functions';
import { escapeHtml } from '../../lib/format/html';
import { BASIC_COLOR, PROJECT_COLOR } from '../../lib/chart-colors';

/** The words of the chart, in the reader's language (a pure builder cannot ask for them). */
export interface FunctionBarLabels {
  basic: string;
  project: string;
  total: string;
  /** A 科目 as the axis names it: "206 科学技术支出", in English with the 类's English name. */
  node: (n: FunctionNode) => string;
}

/** Bar order (smallest first: ECharts draws category axes bottom-up, so the largest ends on top). */
export function barOrder(nodes: readonly FunctionNode[]): FunctionNode[] {
  return [...nodes].sort((a, b) => a.total.comparedTo(b.total));
}

/** Pure: the nodes of one level → stacked bars of 基本 and 项目 spending (floats only as coordinates). */
export function functionBarOption(
  nodes: readonly FunctionNode[],
  format: (v: FunctionNode['total']) => string,
  labels: FunctionBarLabels,
): EChartsCoreOption {
  const sorted = barOrder(nodes);
  const line = (word: string, v: FunctionNode['total']) => `${escapeHtml(word)} ${escapeHtml(format(v))}`;
  return {
    grid: { left: 8, right: 24, top: 28, bottom: 8, ...LABELS_INSIDE_GRID },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: Array<{ dataIndex: number }>) => {
        const n = sorted[ps[0]?.dataIndex ?? 0];
        if (!n) return '';
        return [
          escapeHtml(labels.node(n)),
          line(labels.total, n.total),
          line(labels.basic, n.basic),
          line(labels.project, n.project),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: sorted.map(labels.node),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.basic,
        type: 'bar',
        stack: 'x',
        itemStyle: { color: BASIC_COLOR },
        data: sorted.map((n) => n.basic.toNumber()),
      },
      {
        name: labels.project,
        type: 'bar',
        stack: 'x',
        itemStyle: { color: PROJECT_COLOR },
        data: sorted.map((n) => n.project.toNumber()),
      },
    ],
  };
}
