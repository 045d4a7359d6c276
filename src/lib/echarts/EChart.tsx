import type { EChartsCoreOption } from 'echarts/core';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { type PngCaption, chartPng } from './export-png';
import { type ChartClick, type ChartTip, useChart } from './use-chart';

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

// A chart appears drawn (no grow-in: it would repaint the canvas every frame for the first 300 ms a reader is on the
// view, and delay the first thing they tap); a change animates briefly, so the eye can follow what moved.
const ANIMATION = { animationDuration: 0, animationDurationUpdate: 250 };

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export default function EChart({ option, height, label, locale, onClick, pngRef }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Short transitions (ECharts' default is a second): a reader drilling quickly is not kept waiting on frames of
  // an animation that is still redrawing the canvas; none at all for readers who ask for reduced motion.
  const finalOption = useMemo(
    () => (reducedMotion() ? { ...option, animation: false } : { ...ANIMATION, ...option }),
    [option],
  );
  const [tip, setTip] = useState<ChartTip | null>(null);
  const chart = useChart(ref, finalOption, onClick, locale, setTip);
  useEffect(() => {
    if (!pngRef) return;
    pngRef.current = (caption) =>
      chart.current ? chartPng(chart.current, caption) : Promise.reject(new Error('no chart'));
    return () => {
      pngRef.current = null;
    };
  }, [pngRef, chart]);
  return (
    <div className="chart-canvas" style={{ position: 'relative' }}>
      <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />
      {tip && (
        // Hover detail only; every figure is also in the chart's table twin. Text, never markup.
        <div
          className="chart-tip"
          aria-hidden="true"
          style={{ left: Math.min(tip.x + 14, 9999), top: tip.y + 14 }}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
