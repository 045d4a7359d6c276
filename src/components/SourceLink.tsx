import type { PdfSource } from '../domain/model';
import { type T, useT } from './use-t';
import { href } from '../lib/route/href';

/** Anything with a place in its document: a text line (the hand-checked dataset) or a PDF page (imported ones). */
export interface Sourced {
  line: number;
  source?: PdfSource | undefined;
  /** The table id, when the place is a table cell (SourceRef). */
  table?: string;
}

/**
 * "Where does this figure come from?": the source line of the extracted text, or the PDF page with the cell
 * highlighted (imported datasets), one click away. `column` picks that cell's box in a row.
 */
export function SourceLink({
  line,
  at,
  column,
  table,
  label,
  labelIsPrinted = false,
}: {
  line?: number;
  at?: Sourced | undefined;
  column?: string;
  /** The table id, so the page viewer can name the table. */
  table?: string;
  label?: string;
  /** The label is the document's words (a table's printed title): marked Chinese for readers in any language. */
  labelIsPrinted?: boolean;
}) {
  const t = useT();
  const href = sourceHref(at ?? { line: line ?? 0 }, column, table);
  if (!href) return null;
  const page = at?.source?.page;
  return (
    <a className="source-link" href={href} title={t(page ? 'source.pageTitle' : 'source.lineTitle')}>
      {label && (labelIsPrinted ? <span lang="zh-CN">{label}</span> : label)}
      {label && ' · '}
      {page ? t('source.page', { page }) : t('source.line', { line: at?.line ?? line ?? 0 })}
    </a>
  );
}

/** A source link's text without a label ("第12行", "第3页"), as an export gives it; '' where there is no link. */
export function sourceText(t: T, at: Sourced | undefined): string {
  if (!sourceHref(at)) return '';
  const page = at?.source?.page;
  return page ? t('source.page', { page }) : t('source.line', { line: at?.line ?? 0 });
}

/** Where the source viewer shows `at`: its PDF page (with the cell's box) or its text line; null if nowhere. */
export function sourceHref(at: Sourced | undefined, column?: string, table?: string): string | null {
  const pdf = at?.source;
  if (pdf?.page) {
    const box = (column && pdf.cells?.[column]) || pdf.box;
    return pdfPageHash(pdf.file ?? '', pdf.page, box, table ?? at?.table);
  }
  return at?.line ? href.data({ line: at.line }) : null;
}

/** The data view's PDF page viewer at `page` of `file`, with `box` (points, top-left origin) highlighted. */
export function pdfPageHash(
  file: string,
  page: number,
  box?: readonly number[] | undefined,
  table?: string | undefined,
): string {
  return href.pdfPage(file, page, box, table);
}
