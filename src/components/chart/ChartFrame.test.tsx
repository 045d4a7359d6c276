// @vitest-environment happy-dom
import type { EChartsCoreOption } from 'echarts/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reactRootPerTest } from '../../lib/testing/react-root';
import { useUiStore } from '../../store/ui-store';
import { ChartFrame } from './ChartFrame';
import { installObservers } from './testing/observers';

// ECharts is mocked at its one module boundary (lib/echarts/register: `echarts.init`); everything between the
// frame and that call — the lazy chunk, useChart's init/setOption/resize/dispose — runs as in the app.
interface FakeChart {
  el: HTMLElement;
  locale: string;
  on: ReturnType<typeof vi.fn>;
  setOption: ReturnType<typeof vi.fn>;
  dispose: ReturnType<typeof vi.fn>;
}
const charts: FakeChart[] = [];
vi.mock('../../lib/echarts/register', () => ({
  echarts: {
    init: (el: HTMLElement, _theme: unknown, opts: { locale: string }) => {
      const chart = {
        el,
        locale: opts.locale,
        on: vi.fn(),
        setOption: vi.fn(),
        dispose: vi.fn(),
        resize: vi.fn(),
        getDom: () => el,
        getWidth: () => 600,
        getHeight: () => 360,
      };
      charts.push(chart);
      return chart;
    },
  },
}));

const optionA: EChartsCoreOption = { series: [{ type: 'bar', data: [1, 2] }], tooltip: { show: true } };
const optionB: EChartsCoreOption = { series: [{ type: 'bar', data: [3, 4] }] };

const dom = reactRootPerTest();
let observers: ReturnType<typeof installObservers>;
const frame = (option: EChartsCoreOption) => (
  <ChartFrame
    title="支出构成"
    description="基本支出与项目支出"
    option={option}
    name="spending"
    table={<table aria-label="twin" />}
  />
);
const render = (node: React.ReactNode) => act(async () => dom.root.render(node));
/**
 * Waits until the chart's frames and lazy chunk (its first load is slow: a cold transform) have done what `check`
 * expects, letting React apply what arrived between polls (an update queued inside one long act would wait for it).
 */
const settled = (check: () => void) =>
  vi.waitFor(
    async () => {
      await act(async () => {});
      check();
    },
    { timeout: 20_000, interval: 20 },
  );
const live = () => charts.filter((c) => c.dispose.mock.calls.length === 0);

// The chart's chunk, loaded once ahead (cold, it takes seconds here): the frame's lazy import then resolves at once.
beforeAll(() => import('../../lib/echarts/EChart'), 30_000);

beforeEach(() => {
  charts.length = 0;
  observers = installObservers();
  useUiStore.setState({ lang: 'zh' });
});

describe(
  'ChartFrame draws one chart, redraws it on a new option and disposes of it',
  { timeout: 30_000 },
  () => {
    it('creates the chart once, in its element, and draws the option (without the tooltip ECharts does not load)', async () => {
      await render(frame(optionA));
      await settled(() => expect(charts).toHaveLength(1));
      const [chart] = charts;
      expect(chart?.el.getAttribute('role')).toBe('img');
      expect(chart?.el.getAttribute('aria-label')).toContain('支出构成');
      expect(chart?.locale).toBe('ZH');
      await settled(() => expect(chart?.setOption).toHaveBeenCalledTimes(1));
      expect(chart?.setOption).toHaveBeenCalledWith(
        expect.not.objectContaining({ tooltip: expect.anything() }),
        { notMerge: true },
      );
      expect(chart?.setOption.mock.calls[0]?.[0]).toMatchObject({ series: [{ data: [1, 2] }] });
      expect(chart?.on.mock.calls.map(([event]) => event)).toEqual([
        'click',
        'mouseover',
        'mouseout',
        'globalout',
        'finished',
      ]);
    });

    it('draws a new option into the same chart, not a new one', async () => {
      await render(frame(optionA));
      await settled(() => expect(charts[0]?.setOption).toHaveBeenCalledTimes(1));
      await render(frame(optionB));
      await settled(() => expect(charts[0]?.setOption).toHaveBeenCalledTimes(2));
      expect(charts).toHaveLength(1);
      expect(charts[0]?.dispose).not.toHaveBeenCalled();
      expect(charts[0]?.setOption.mock.calls[1]?.[0]).toMatchObject({ series: [{ data: [3, 4] }] });
      expect(charts[0]?.el.dataset.draws).toBe('2');
    });

    it('disposes of the chart on unmount and leaves no observer or window listener behind', async () => {
      const added = vi.spyOn(window, 'addEventListener');
      const removed = vi.spyOn(window, 'removeEventListener');
      await render(frame(optionA));
      await settled(() => expect(charts[0]?.setOption).toHaveBeenCalledTimes(1));
      expect(observers.resize.observed).toBe(1);
      await act(async () => dom.root.unmount());
      expect(charts[0]?.dispose).toHaveBeenCalledTimes(1);
      expect(observers.resize.disconnected).toBe(1);
      expect(observers.intersection.disconnected).toBe(observers.intersection.observed);
      const pairs = (spy: typeof added) => spy.mock.calls.map(([type, fn]) => [type, fn]);
      expect(pairs(added).length).toBeGreaterThan(0);
      expect(pairs(removed)).toEqual(expect.arrayContaining(pairs(added)));
      dom.root = createRoot(dom.host); // for afterEach
      added.mockRestore();
      removed.mockRestore();
    });

    it('creates a new chart when it remounts, the old one disposed of once', async () => {
      await render(frame(optionA));
      await settled(() => expect(charts).toHaveLength(1));
      await act(async () => dom.root.unmount());
      dom.root = createRoot(dom.host);
      await render(frame(optionB));
      await settled(() => expect(charts).toHaveLength(2));
      expect(charts[0]?.dispose).toHaveBeenCalledTimes(1);
      expect(live()).toEqual([charts[1]]);
      await settled(() => expect(charts[1]?.setOption).toHaveBeenCalledTimes(1));
      expect(charts[1]?.setOption.mock.calls[0]?.[0]).toMatchObject({ series: [{ data: [3, 4] }] });
    });

    it('disposes of the chart while its table twin is shown, and draws a new one back', async () => {
      await render(frame(optionA));
      await settled(() => expect(charts).toHaveLength(1));
      const [chartButton, tableButton] = [
        ...dom.host.querySelectorAll('[role=group] button'),
      ] as HTMLButtonElement[];
      await act(async () => tableButton?.click());
      expect(charts[0]?.dispose).toHaveBeenCalledTimes(1);
      expect(dom.host.querySelector('table[aria-label=twin]')).not.toBeNull();
      await act(async () => chartButton?.click());
      await settled(() => expect(charts).toHaveLength(2));
      expect(live()).toEqual([charts[1]]);
    });

    it('re-creates the chart in the new language (ECharts fixes its locale at init)', async () => {
      await render(frame(optionA));
      await settled(() => expect(charts).toHaveLength(1));
      await act(async () => useUiStore.setState({ lang: 'en' }));
      await settled(() => expect(charts).toHaveLength(2));
      expect(charts.map((c) => c.locale)).toEqual(['ZH', 'EN']);
      expect(charts[0]?.dispose).toHaveBeenCalledTimes(1);
      expect(live()).toEqual([charts[1]]);
    });
  },
);
