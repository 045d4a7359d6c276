import type { EChartsCoreOption } from 'echarts/core';
import type { SpendingNode } from '../../domain/spending-tree';
import { BASIC_COLOR, PALETTE, PROJECT_COLOR } from '../../lib/chart-colors';
import { CHROME, CHROME_INK, SURFACE, TEXT } from '../../lib/tokens';
import { escapeHtml } from '../../lib/format/html';

export interface SunburstDatum {
  name: string;
  value: number;
  /** Exact amount and share as formatted text, for the tooltip (the float `value` is only a coordinate). */
  exact: string;
  /** Exact amount with its unit, for the label of a large sector. */
  amount: string;
  nodeId: string;
  children?: SunburstDatum[];
  itemStyle?: { color: string; opacity?: number };
  label?: { show: boolean; formatter?: string };
}

export interface SunburstText {
  /** Tooltip text: amount and share of the whole. */
  exact: (n: SpendingNode) => string;
  /** Label text: the amount with its unit. */
  amount: (n: SpendingNode) => string;
}

// A horizontal label needs room along the arc: a name and an amount (two lines) from this angle on, a name alone from
// the smaller one; smaller sectors carry none (their value is one click or hover away, and in the table twin).
const NAME_AND_AMOUNT = 20;
const NAME_ONLY = [0, 10, 8];

/**
 * Rings drawn around the centre (deeper ones appear when a sector is zoomed into) and their radii: two on a wide
 * screen; one, thicker, on a phone, where two rings leave no room for a label.
 */
const LAYOUT = {
  wide: {
    rings: 2,
    levels: [
      ['0%', '30%', 110],
      ['30%', '63%', 100],
      ['63%', '95%', 76],
    ],
  },
  compact: {
    rings: 1,
    levels: [
      ['0%', '38%', 90],
      ['38%', '95%', 96],
    ],
  },
} as const;

export function toSunburstData(node: SpendingNode, text: SunburstText): SunburstDatum {
  return {
    name: node.name,
    value: node.value.toNumber(),
    exact: text.exact(node),
    amount: text.amount(node),
    nodeId: node.id,
    ...(node.children?.length ? { children: node.children.map((c) => toSunburstData(c, text)) } : {}),
  };
}

function paint(d: SunburstDatum, color: string, depth: number) {
  d.itemStyle = { color, opacity: Math.max(0.45, 0.85 - depth * 0.18) };
  d.children?.forEach((c) => paint(c, color, depth + 1));
}

function find(d: SunburstDatum, id: string): SunburstDatum | undefined {
  if (d.nodeId === id) return d;
  for (const c of d.children ?? []) {
    const hit = find(c, id);
    if (hit) return hit;
  }
  return undefined;
}

/** The rings shown around `centre`, each sector labelled only where its horizontal label fits. */
function rings(d: SunburstDatum, whole: number, depth: number, count: number, scale: number): SunburstDatum {
  const angle = whole > 0 ? (d.value / whole) * 360 : 0;
  const label =
    depth === 0 || angle >= NAME_AND_AMOUNT * scale
      ? { show: true, formatter: `${d.name}\n${d.amount}` }
      : { show: angle >= (NAME_ONLY[depth] ?? 360) * scale, formatter: d.name };
  const { children, ...rest } = d;
  return {
    ...rest,
    label,
    // The centre in full colour, its label white on it.
    ...(depth === 0 && d.itemStyle ? { itemStyle: { color: d.itemStyle.color, opacity: 1 } } : {}),
    ...(children && depth < count
      ? { children: children.map((c) => rings(c, whole, depth + 1, count, scale)) }
      : {}),
  };
}

/**
 * Pure: hierarchy → ECharts option, centred on the sector `centreId` (the whole when absent). Ring colours: 基本
 * blue, 项目 orange; by function, one hue per 类 — painted on the whole tree first, so a zoomed-in sector keeps the
 * colour it had in its branch.
 */
export function sunburstOption(
  root: SpendingNode,
  text: SunburstText,
  centreId?: string,
  layout: keyof typeof LAYOUT = 'wide',
  /** Type larger than the chart's own (a projector: 1/30 of the screen's height); labels then need larger sectors. */
  scale = 1,
): EChartsCoreOption {
  const { rings: count, levels } = LAYOUT[layout];
  const data = toSunburstData(root, text);
  // ECharts gives ring-1 nodes palette colours and lets descendants inherit the root's; paint every ring
  // explicitly so a sector's colour always says which branch (基本 / 项目, or which 类) it belongs to.
  data.itemStyle = { color: CHROME };
  (data.children ?? []).forEach((c, i) => {
    const color =
      c.nodeId === 'basic'
        ? BASIC_COLOR
        : c.nodeId === 'project'
          ? PROJECT_COLOR
          : (PALETTE[i % PALETTE.length] as string);
    paint(c, color, 0);
  });
  const centre = (centreId && find(data, centreId)) || data;
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
        data: [rings(centre, centre.value, 0, count, scale)],
        radius: ['0%', '95%'],
        sort: undefined,
        // A zoom redraws the series: a short entry, so the next click or tap finds its sectors in place.
        animationDuration: 400,
        // Clicks are ours (SunburstPanel): a click zooms and shows the value; opening a view is a separate link.
        nodeClick: false,
        emphasis: { focus: 'ancestor' },
        itemStyle: { borderColor: SURFACE, borderWidth: 1 },
        // Dark text on the lightened ring colours (≥ 4.5:1); white on the centre, drawn in full colour.
        label: {
          rotate: 0,
          overflow: 'truncate',
          fontSize: 12 * scale,
          lineHeight: 16 * scale,
          color: TEXT,
        },
        levels: [
          {},
          ...levels.map(([r0, r, width], i) =>
            i === 0
              ? {
                  r0,
                  r,
                  // 'break' wraps a long English name ("Total expenditure") instead of cutting it.
                  label: {
                    fontSize: 14 * scale,
                    lineHeight: 18 * scale,
                    fontWeight: 'bold',
                    width: width * scale,
                    overflow: 'break',
                    color: CHROME_INK,
                  },
                }
              : {
                  r0,
                  r,
                  label: {
                    fontSize: (i === 1 ? 13 : 12) * scale,
                    lineHeight: 17 * scale,
                    width: width * scale,
                  },
                },
          ),
        ],
      },
    ],
  };
}
