import '../../lib/i18n/late-strings';
import './pdf-page.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../components/use-t';
import type { Dataset, TableId } from '../../domain/model';
import { useImportedStore } from '../../store/imported-store';

/**
 * "Where does this number come from?" for an imported dataset: the PDF page, rendered, with the figure's cell
 * highlighted, titled 第N页 · 表X. The PDF is the one imported in this page; a dataset served without its PDF says
 * where to look instead.
 */
export function PdfPageView({
  dataset,
  file,
  page,
  box,
  table,
}: {
  dataset: Dataset;
  file: string;
  page: number;
  box: [number, number, number, number] | null;
  table: string | null;
}) {
  const t = useT();
  const pdfs = useImportedStore((s) => s.imported.find((d) => d.dataset === dataset)?.pdfs);
  const data = pdfs?.get(file) ?? (pdfs?.size === 1 && !file ? [...pdfs.values()][0] : undefined);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const mark = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ key: string; scale: number } | { key: string; error: string } | null>(
    null,
  );
  const key = `${file}#${page}`;
  useEffect(() => {
    if (!data || !canvas.current || !frame.current) return;
    let live = true;
    // Never narrower than 640 px, so a cell stays legible on a phone (the frame then scrolls sideways to it).
    const width = Math.min(Math.max(frame.current.clientWidth || 800, 640), 1000);
    import('./render-pdf-page')
      .then((m) => m.renderPdfPage(data, page, canvas.current as HTMLCanvasElement, width))
      .then((r) => live && setState({ key, scale: r.scale }))
      .catch((e: unknown) => live && setState({ key, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [data, page, key]);
  useEffect(() => {
    if (state && 'scale' in state) mark.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [state]);
  const tbl = table && table in dataset.tables ? dataset.tables[table as TableId] : undefined;
  const tableName = tbl ? `${tbl.number ? `表${tbl.number} ` : ''}${tbl.title}` : '';
  const title = t('pdfPage.title', { page, table: tableName }).replace(/ · $/, '');
  const shown = state?.key === key ? state : null;
  return (
    <section aria-labelledby="pdf-h" className="panel pdf-page">
      <h2 id="pdf-h" lang="zh-CN">
        {title}
      </h2>
      <p className="muted small" lang="zh-CN">
        {t('pdfPage.file', { file })}
      </p>
      {!data ? (
        <p>{t('pdfPage.noPdf', { page, box: box ? `(${box.join(', ')})` : '—' })}</p>
      ) : (
        <>
          {box && <p className="muted small">{t('pdfPage.note')}</p>}
          {!shown && <p role="status">{t('pdfPage.loading')}</p>}
          {shown && 'error' in shown && <p className="error">{t('pdfPage.error', { error: shown.error })}</p>}
          <div className="pdf-frame" ref={frame}>
            <canvas ref={canvas} role="img" aria-label={title} />
            {box && shown && 'scale' in shown && (
              <div
                ref={mark}
                className="pdf-mark"
                style={{
                  left: box[0] * shown.scale - 3,
                  top: box[1] * shown.scale - 3,
                  width: (box[2] - box[0]) * shown.scale + 6,
                  height: (box[3] - box[1]) * shown.scale + 6,
                }}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
