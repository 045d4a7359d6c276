import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useRef } from 'react';
import { type ChartClick, useChart } from './use-chart';

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the table twin carries the numbers). */
  label: string;
  /** ECharts' own words (aria descriptions, toolbox): 'ZH' or 'EN'. */
  locale: 'ZH' | 'EN';
  onClick?: (e: ChartClick) => void;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export default function EChart({ option, height, label, locale, onClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const finalOption = useMemo(() => (reducedMotion() ? { ...option, animation: false } : option), [option]);
  useChart(ref, finalOption, onClick, locale);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
