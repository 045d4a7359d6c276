import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { functionTree } from '../domain/functions';
import { functionBarOption } from '../features/functions/function-bar-option';
import { LABELS_INSIDE_GRID } from './chart-grid';

echarts.use([BarChart, GridSimpleComponent, SVGRenderer]);

type Grid = { getRect(): { x: number; y: number; width: number; height: number } };
/** Where ECharts puts the plot area of an option, on a 390 × 320 server-side chart, and what it logged. */
function layout(option: echarts.EChartsCoreOption) {
  const logged: string[] = [];
  // ECharts' development messages go to console.log and console.warn, each message once per process.
  const record = (...a: unknown[]) => void logged.push(a.join(' '));
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(record),
    vi.spyOn(console, 'warn').mockImplementation(record),
  ];
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 390, height: 320 });
  chart.setOption(option);
  const model = (chart as unknown as { getModel(): { getComponent(t: string): { coordinateSystem: Grid } } })
    .getModel()
    .getComponent('grid');
  const rect = { ...model.coordinateSystem.getRect() };
  chart.dispose();
  for (const s of spies) s.mockRestore();
  return { rect, logged };
}

describe('labels inside the grid', () => {
  afterEach(() => vi.restoreAllMocks());
  const zh = { basic: '基本支出', project: '项目支出', total: '合计', node: (n: { name: string }) => n.name };
  const option = functionBarOption(functionTree(shippedDataset()), (v) => v.toFixed(2), zh);
  const grid = option.grid as Record<string, unknown>;

  it('lays the grid out as ECharts 6 did for grid.containLabel without the legacy module, and logs nothing', () => {
    const legacyGrid: Record<string, unknown> = { ...grid, containLabel: true };
    for (const k of Object.keys(LABELS_INSIDE_GRID)) delete legacyGrid[k];
    const legacy = layout({ ...option, grid: legacyGrid });
    expect(legacy.logged.join('\n')).toContain('LegacyGridContainLabel');
    const now = layout(option);
    expect(now.rect).toEqual(legacy.rect);
    expect(now.logged).toEqual([]);
    // The long 类 names take room: the plot area starts well right of the 8 px the option asks for.
    expect(now.rect.x).toBeGreaterThan(60);
  });

  it('without these options the labels would not be given room', () => {
    const bare = { ...grid };
    for (const k of Object.keys(LABELS_INSIDE_GRID)) delete bare[k];
    expect(layout({ ...option, grid: { ...bare, outerBoundsMode: 'none' } }).rect.x).toBe(8);
  });
});
