import { MUTED, SURFACE, TEXT } from '../tokens';
import type { echarts } from './register';

type Chart = ReturnType<typeof echarts.init>;

export interface PngCaption {
  title: string;
  unit: string;
  source: string;
  /** e.g. 2026-11-26, the day the image was made. */
  date: string;
}

/**
 * The chart as a PNG that stands on its own when pasted into a slide or a report: title on top, then the chart,
 * then unit, source and date — so a figure never travels without where it came from.
 */
export async function chartPng(chart: Chart, caption: PngCaption): Promise<Blob> {
  const ratio = 2;
  const url = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: SURFACE });
  const img = await loadImage(url);
  const pad = 24 * ratio;
  const titleSize = 22 * ratio;
  const footSize = 13 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = img.width + pad * 2;
  canvas.height = img.height + pad * 2 + titleSize * 1.6 + footSize * 3.2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = SURFACE;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const font = (size: number, weight = 400) =>
    `${weight} ${size}px "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif`;
  ctx.fillStyle = TEXT;
  ctx.font = font(titleSize, 700);
  ctx.textBaseline = 'top';
  ctx.fillText(caption.title, pad, pad);
  const top = pad + titleSize * 1.6;
  ctx.drawImage(img, pad, top);
  ctx.font = font(footSize);
  ctx.fillStyle = MUTED;
  ctx.fillText(caption.unit, pad, top + img.height + footSize * 0.6);
  ctx.fillText(`${caption.source} · ${caption.date}`, pad, top + img.height + footSize * 1.9);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image failed to load'));
    img.src = src;
  });
}
