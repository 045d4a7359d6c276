import type { EChartsCoreOption } from 'echarts/core';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { type PngCaption, chartPng } from './export-png';
import { type ChartClick, useChart } from './use-chart';

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the table twin carries the numbers). */
  label: string;
  /** ECharts' own words (aria descriptions, toolbox): 'ZH' or 'EN'. */
  locale: 'ZH' | 'EN';
  onClick?: (e: ChartClick) => void;
  /** Filled with a function that renders the chart as a captioned PNG (for the frame's download button). */
  pngRef?: RefObject<((caption: PngCaption) => Promise<Blob>) | null>;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export default function EChart({ option, height, label, locale, onClick, pngRef }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const finalOption = useMemo(() => (reducedMotion() ? { ...option, animation: false } : option), [option]);
  const chart = useChart(ref, finalOption, onClick, locale);
  useEffect(() => {
    if (!pngRef) return;
    pngRef.current = (caption) =>
      chart.current ? chartPng(chart.current, caption) : Promise.reject(new Error('no chart'));
    return () => {
      pngRef.current = null;
    };
  }, [pngRef, chart]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
