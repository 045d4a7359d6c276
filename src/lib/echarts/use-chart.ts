import { type RefObject, useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { formatterOf, tooltipText } from './chart-tip';
import { afterPaint } from '../after-paint';
import { echarts } from './register';

export interface ChartTip {
  x: number;
  y: number;
  text: string;
}

export interface ChartClick {
  /** The `data` item of the clicked element (sunburst nodes carry `nodeId`). */
  data: unknown;
  dataIndex: number;
}

/**
 * The one chart hook: init once (again only when the locale changes: ECharts 6.1 takes it only in init and has no
 * way to change it later, apache/echarts#7451), setOption when the option changes, resize with the container,
 * dispose on unmount. (Modelled on Apache Superset's Echart.tsx.)
 */
export function useChart(
  ref: RefObject<HTMLDivElement | null>,
  option: EChartsCoreOption,
  onClick?: (e: ChartClick) => void,
  locale: 'ZH' | 'EN' = 'ZH',
  onTip?: (tip: ChartTip | null) => void,
): RefObject<ReturnType<typeof echarts.init> | null> {
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  const tipRef = useRef(onTip);
  const optionRef = useRef(option);
  useEffect(() => {
    clickRef.current = onClick;
    tipRef.current = onTip;
    optionRef.current = option;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let instance: ReturnType<typeof echarts.init> | null = null;
    let observer: ResizeObserver | null = null;
    let cancelResize = () => {};
    // Drawn after the view's first paint: the figures and the table twin come first, the chart a frame later.
    const cancel = afterPaint(() => {
      instance = echarts.init(el, null, { renderer: 'canvas', locale });
      const drawn = instance;
      chart.current = drawn;
      drawn.on('click', (params) => {
        const p = params as { data?: unknown; dataIndex?: number };
        clickRef.current?.({ data: p.data, dataIndex: p.dataIndex ?? -1 });
      });
      drawn.on('mouseover', (params) => {
        const f = formatterOf(optionRef.current);
        if (!f) return;
        const p = params as { event?: { offsetX: number; offsetY: number } };
        const html = f.formatter(f.axis ? [params] : params);
        tipRef.current?.(
          html ? { x: p.event?.offsetX ?? 0, y: p.event?.offsetY ?? 0, text: tooltipText(html) } : null,
        );
      });
      drawn.on('mouseout', () => tipRef.current?.(null));
      drawn.on('globalout', () => tipRef.current?.(null));
      // Whether the newest option has finished drawing (its animation included), for code that must click what is
      // drawn rather than what is about to be (the e2e suite): data-draws counts the options set.
      drawn.on('finished', () => {
        el.dataset.settled = 'true';
      });
      setChartOption(drawn, optionRef.current);
      // ResizeObserver, not window resize: the container also changes size with layout (sidebars, iframes). Its
      // first report (the size just drawn at) and any other that does not change the size redraw nothing; a new
      // size is drawn after the paint it came with (a filter that changes the chart's height shows its rows first).
      let size = `${drawn.getWidth()}x${drawn.getHeight()}`;
      observer = new ResizeObserver(([entry]) => {
        const box = entry?.contentRect;
        const next = box ? `${Math.round(box.width)}x${Math.round(box.height)}` : '';
        if (next === size) return;
        size = next;
        cancelResize();
        cancelResize = afterPaint(() => drawn.resize());
      });
      observer.observe(el);
    });
    return () => {
      cancel();
      cancelResize();
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [ref, locale]);

  useEffect(() => {
    // Before the chart exists, its first draw takes the newest option (optionRef); after, each change is drawn once
    // the view around it has painted.
    if (!chart.current) return;
    return afterPaint(() => {
      if (chart.current) setChartOption(chart.current, option);
    });
  }, [option, locale]);

  return chart;
}

function setChartOption(chart: ReturnType<typeof echarts.init>, option: EChartsCoreOption) {
  const el = chart.getDom();
  el.dataset.draws = String(Number(el.dataset.draws ?? 0) + 1);
  el.dataset.settled = 'false';
  // The tooltip is ours (chart-tip.ts): ECharts' TooltipComponent is not registered, so drop its option.
  const { tooltip: _ours, ...rest } = option as EChartsCoreOption & { tooltip?: unknown };
  void _ours;
  chart.setOption(rest, { notMerge: true });
}
