import { type RefObject, useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { formatterOf, tooltipText } from './chart-tip';
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
 * The one chart hook: init once (again only when the locale changes: ECharts fixes it at init), setOption when
 * the option changes, resize with the container, dispose on unmount. (Modelled on Apache Superset's Echart.tsx.)
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
    const instance = echarts.init(el, null, { renderer: 'canvas', locale });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { data?: unknown; dataIndex?: number };
      clickRef.current?.({ data: p.data, dataIndex: p.dataIndex ?? -1 });
    });
    instance.on('mouseover', (params) => {
      const f = formatterOf(optionRef.current);
      if (!f) return;
      const p = params as { event?: { offsetX: number; offsetY: number } };
      const html = f.formatter(f.axis ? [params] : params);
      tipRef.current?.(
        html ? { x: p.event?.offsetX ?? 0, y: p.event?.offsetY ?? 0, text: tooltipText(html) } : null,
      );
    });
    instance.on('mouseout', () => tipRef.current?.(null));
    instance.on('globalout', () => tipRef.current?.(null));
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
    // The tooltip is ours (chart-tip.ts): ECharts' TooltipComponent is not registered, so drop its option.
    const { tooltip: _ours, ...rest } = option as EChartsCoreOption & { tooltip?: unknown };
    void _ours;
    chart.current?.setOption(rest, { notMerge: true });
  }, [option, locale]);

  return chart;
}
