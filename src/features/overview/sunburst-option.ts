import type { EChartsCoreOption } from 'echarts/core';
import type { SpendingNode } from '../../domain/spending-tree';
import { BASIC_COLOR, PALETTE, PROJECT_COLOR } from '../../lib/chart-colors';
import { escapeHtml } from '../../lib/format/html';

function paint(d: SunburstDatum, color: string, depth: number) {
  d.itemStyle = { color, opacity: Math.max(0.45, 1 - depth * 0.18) };
  d.children?.forEach((c) => paint(c, color, depth + 1));
}

export interface SunburstDatum {
  name: string;
  value: number;
  /** Exact amount as formatted text, for the tooltip (the float `value` is only a coordinate). */
  exact: string;
  nodeId: string;
  children?: SunburstDatum[];
  itemStyle?: { color: string; opacity?: number };
}

export function toSunburstData(node: SpendingNode, format: (n: SpendingNode) => string): SunburstDatum {
  return {
    name: node.name,
    value: node.value.toNumber(),
    exact: format(node),
    nodeId: node.id,
    ...(node.children?.length ? { children: node.children.map((c) => toSunburstData(c, format)) } : {}),
  };
}

/** Pure: hierarchy → ECharts option. Ring colours: 基本 blue, 项目 orange; by function, one hue per 类. */
export function sunburstOption(
  root: SpendingNode,
  format: (n: SpendingNode) => string,
  highlight?: string,
): EChartsCoreOption {
  const data = toSunburstData(root, format);
  // ECharts gives ring-1 nodes palette colours and lets descendants inherit the root's; paint every ring
  // explicitly so a sector's colour always says which branch (基本 / 项目, or which 类) it belongs to.
  (data.children ?? []).forEach((c, i) => {
    const color =
      c.nodeId === 'basic'
        ? BASIC_COLOR
        : c.nodeId === 'project'
          ? PROJECT_COLOR
          : (PALETTE[i % PALETTE.length] as string);
    paint(c, color, 0);
  });
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data?: SunburstDatum; treePathInfo?: Array<{ name: string }> }) => {
        const d = p.data;
        if (!d) return '';
        const path = (p.treePathInfo ?? [])
          .slice(1)
          .map((x) => escapeHtml(x.name))
          .join(' › ');
        return `${path || escapeHtml(d.name)}<br/><b>${escapeHtml(d.exact)}</b>`;
      },
    },
    series: [
      {
        type: 'sunburst',
        data: [data],
        radius: ['0%', '95%'],
        sort: undefined,
        nodeClick: false,
        emphasis: { focus: 'ancestor' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: { minAngle: 12, overflow: 'truncate', fontSize: 11 },
        levels: [
          {},
          {
            r0: '0%',
            r: '22%',
            // 'break' wraps a long English name ("Total expenditure") instead of cutting it.
            label: { rotate: 0, fontSize: 13, fontWeight: 'bold', width: 90, overflow: 'break' },
            itemStyle: { color: '#0f2742' },
          },
          { r0: '22%', r: '45%', label: { rotate: 0, fontSize: 13, width: 90, overflow: 'break' } },
          { r0: '45%', r: '68%', label: { rotate: 'tangential', width: 80 } },
          { r0: '68%', r: '95%', label: { rotate: 'radial', width: 90, minAngle: 6 } },
          { r0: '80%', r: '95%', label: { show: false } },
        ],
        ...(highlight ? { select: { itemStyle: { borderColor: '#ffbf47', borderWidth: 3 } } } : {}),
      },
    ],
  };
}
