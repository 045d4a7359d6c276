import { LABELS_INSIDE_GRID } from '../../lib/chart-grid';
import type { EChartsCoreOption } from 'echarts/core';
import { PALETTE } from '../../lib/chart-colors';
import { escapeHtml } from '../../lib/format/html';

/** The words of the chart in the reader's language: how a count reads after its 二级 (":12个", ": 12"). */
export interface IndicatorCountLabels {
  count: (n: number) => string;
}

/**
 * The national 一级 indicators keep one colour each in every document and under every filter; another 一级 a
 * document prints gets the next free colour, in the order it first appears.
 */
const LEVEL1_COLOR: Readonly<Record<string, string>> = {
  产出指标: PALETTE[0] as string,
  效益指标: PALETTE[2] as string,
  满意度指标: PALETTE[3] as string,
  成本指标: PALETTE[1] as string,
};

/** Each 一级 of a dataset (all of them, not a filter's) with its colour, in the order given. */
export function level1Colors(level1s: readonly string[]): Map<string, string> {
  const free = PALETTE.filter((c) => !Object.values(LEVEL1_COLOR).includes(c));
  let next = 0;
  return new Map(
    level1s.map((l) => [l, LEVEL1_COLOR[l] ?? free[next++ % free.length] ?? (PALETTE[0] as string)]),
  );
}

/** Pure: counts by 一级/二级 → horizontal bars, coloured by 一级 as `colors` says (level1Colors). */
export function indicatorCountOption(
  counts: ReadonlyArray<{ level1: string; level2: string; count: number }>,
  labels: IndicatorCountLabels,
  colors: ReadonlyMap<string, string> = level1Colors([...new Set(counts.map((c) => c.level1))]),
): EChartsCoreOption {
  const ordered = [...counts].reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, ...LABELS_INSIDE_GRID },
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
          itemStyle: { color: colors.get(c.level1) },
        })),
      },
    ],
  };
}
