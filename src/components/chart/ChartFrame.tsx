import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, Suspense, useId, useRef, useState } from 'react';
import type { PngCaption } from '../../lib/echarts/export-png';
import { useUnitLabel } from '../Amount';
import { exportName, useExportInfo } from '../export/export-context';
import type { ChartClick } from '../../lib/echarts/use-chart';
import { useLang, useT } from '../use-t';
import { usePrinting } from '../use-printing';
import { ChunkBoundary } from '../chunk/ChunkBoundary';
import { retryableLazy } from '../chunk/retryable-lazy';
import { useNearViewport } from './use-near-viewport';
import './chart-frame.css';

// ECharts and its parts load in their own chunk, after the numbers are on screen, when a chart nears the viewport.
// If that chunk does not arrive, only the chart says so (with a retry); the table twin still has the figures.
const EChart = retryableLazy(() => import('../../lib/echarts/EChart'));

export interface ChartFrameProps {
  title: string;
  /** One or two sentences: what the chart shows and its main point (read by screen readers, shown to all). */
  description: string;
  option: EChartsCoreOption;
  height?: number;
  /** The table twin: the same numbers, always available; it exports its own CSV (named `name`, from its data). */
  table: ReactNode;
  onClick?: (e: ChartClick) => void;
  aside?: ReactNode;
  /** Shown above the drawn chart (not above its table twin): the sunburst's zoom path and picked sector. */
  above?: ReactNode;
  /** Short name for exported files (PNG of the chart; its table twin names its CSV so too). */
  name: string;
  /** Colour key, drawn as HTML (ECharts' legend component is not loaded, to keep the JavaScript small). */
  legend?: ReadonlyArray<{ label: string; color: string; lang?: string }>;
  /** The unit in an exported PNG's caption, where the chart is not of money (a count). */
  unit?: string;
  /** Why these numbers cannot be drawn (a negative area in a sunburst), shown in the chart's place. */
  unchartable?: ReactNode;
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
  above,
  name,
  legend,
  unchartable,
  unit: ownUnit,
}: ChartFrameProps) {
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const pngRef = useRef<((caption: PngCaption) => Promise<Blob>) | null>(null);
  const info = useExportInfo();
  const unit = useUnitLabel();
  const [pngError, setPngError] = useState(false);
  const downloadPng = async () => {
    try {
      const blob = await pngRef.current?.({
        title,
        unit: t('export.unit', { unit: ownUnit ?? unit }),
        source: t('export.source', { title: info.sourceTitle }),
        date: new Date().toISOString().slice(0, 10),
      });
      // The saver loads with the first export, not with the view.
      if (blob)
        (await import('../../lib/export/download')).downloadBlob(`${exportName(info, name)}.png`, blob);
      setPngError(!blob);
    } catch {
      setPngError(true);
    }
  };
  const id = useId();
  const t = useT();
  const lang = useLang();
  const body = useRef<HTMLDivElement>(null);
  const near = useNearViewport(body);
  // A chart not drawn yet cannot be drawn in time for a printout: its table twin is printed instead.
  const printing = usePrinting();
  const placeholder = (
    <div className="chart-loading" style={{ height }}>
      {t('chart.loading')}
    </div>
  );
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
      <div className="chart-head">
        <figcaption id={`${id}-t`}>{title}</figcaption>
        <div className="chart-actions">
          {mode === 'chart' && !unchartable && (
            <button type="button" className="secondary small-button" onClick={() => void downloadPng()}>
              {t('export.png')}
            </button>
          )}
          {pngError && <span role="alert">{t('export.pngFailed')}</span>}
        </div>
        <div role="group" aria-label={t('chart.displayAs', { title })} className="toggle">
          <button type="button" aria-pressed={mode === 'chart'} onClick={() => setMode('chart')}>
            {t('chart.chart')}
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
            {t('chart.table')}
          </button>
        </div>
      </div>
      <p id={`${id}-d`} className="chart-desc">
        {description}
      </p>
      {mode === 'chart' && unchartable ? (
        <div className="chart-body">{unchartable}</div>
      ) : mode === 'chart' && printing && !near ? (
        table
      ) : mode === 'chart' ? (
        <div className="chart-body" ref={body}>
          {above}
          {legend && (
            <ul className="chart-legend">
              {legend.map((l) => (
                <li key={l.label} lang={l.lang} style={{ ['--swatch' as string]: l.color }}>
                  {l.label}
                </li>
              ))}
            </ul>
          )}
          {near ? (
            <ChunkBoundary
              fallback={(retry) => (
                <div className="chart-loading chart-failed" style={{ height }} role="alert">
                  <p>{t('chart.failed')}</p>
                  <button type="button" onClick={retry}>
                    {t('chart.retry')}
                  </button>
                </div>
              )}
            >
              <Suspense fallback={placeholder}>
                <EChart
                  option={option}
                  height={height}
                  label={t('chart.label', { title, description })}
                  locale={lang === 'en' ? 'EN' : 'ZH'}
                  onClick={onClick}
                  pngRef={pngRef}
                />
              </Suspense>
            </ChunkBoundary>
          ) : (
            placeholder
          )}
          {aside}
        </div>
      ) : (
        table
      )}
    </figure>
  );
}
