import { type RefObject, useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './register';

export interface ChartClick {
  /** The `data` item of the clicked element (sunburst nodes carry `nodeId`). */
  data: unknown;
  dataIndex: number;
}

/**
 * The one chart hook: init once (again only when the locale changes: ECharts fixes it at init), setOption when
 * the option changes, resize with the container, dispose on unmount. (Modelled on Apache Superset's Echart.tsx.)
 */
export function useChart(
  ref: RefObject<HTMLDivElement | null>,
  option: EChartsCoreOption,
  onClick?: (e: ChartClick) => void,
  locale: 'ZH' | 'EN' = 'ZH',
): RefObject<ReturnType<typeof echarts.init> | null> {
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas', locale });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { data?: unknown; dataIndex?: number };
      clickRef.current?.({ data: p.data, dataIndex: p.dataIndex ?? -1 });
    });
    // ResizeObserver, not window resize: the container also changes size with layout (sidebars, iframes).
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [ref, locale]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, locale]);

  return chart;
}
