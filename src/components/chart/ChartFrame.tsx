import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, Suspense, lazy, useId, useState } from 'react';
import type { ChartClick } from '../../lib/echarts/use-chart';

// ECharts and its parts load in their own chunk, after the numbers are on screen.
const EChart = lazy(() => import('../../lib/echarts/EChart'));

export interface ChartFrameProps {
  title: string;
  /** One or two sentences: what the chart shows and its main point (read by screen readers, shown to all). */
  description: string;
  option: EChartsCoreOption;
  height?: number;
  /** The table twin: the same numbers, always available. */
  table: ReactNode;
  onClick?: (e: ChartClick) => void;
  aside?: ReactNode;
}

/** Every chart has a visible description and a table twin; a toggle switches between them. */
export function ChartFrame({
  title,
  description,
  option,
  height = 360,
  table,
  onClick,
  aside,
}: ChartFrameProps) {
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
      <div className="chart-head">
        <figcaption id={`${id}-t`}>{title}</figcaption>
        <div role="group" aria-label={`${title}:显示方式`} className="toggle">
          <button type="button" aria-pressed={mode === 'chart'} onClick={() => setMode('chart')}>
            图
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
            表
          </button>
        </div>
      </div>
      <p id={`${id}-d`} className="chart-desc">
        {description}
      </p>
      {mode === 'chart' ? (
        <div className="chart-body">
          <Suspense
            fallback={
              <div className="chart-loading" style={{ height }}>
                正在加载图表……
              </div>
            }
          >
            <EChart option={option} height={height} label={`${title}。${description}`} onClick={onClick} />
          </Suspense>
          {aside}
        </div>
      ) : (
        table
      )}
    </figure>
  );
}
