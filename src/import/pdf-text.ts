/**
 * PDF → positioned text, with pdf.js passed in (Node uses the legacy build, the browser Worker the modern one), so
 * this module runs in both. Coordinates are PDF points in the page's viewport: origin top-left, y down.
 */
import { cleanItem, type TextFinding } from './text-hygiene';

export interface TextItem {
  str: string;
  /** Left edge, baseline, width and font height in points (viewport space, y down). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfPage {
  /** 1-based page number in its file. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

export interface PdfText {
  file: string;
  pageCount: number;
  pages: PdfPage[];
  /** The PDF carries JavaScript or link annotations (never executed nor followed; reported). */
  active: string[];
  /** Control characters taken out of its text, runs cut to length (text-hygiene.ts): each with page and position. */
  findings: TextFinding[];
}

/** The subset of pdf.js this module uses (pdfjs-dist 6). */
export interface PdfjsLike {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
  Util: { transform(a: number[], b: number[]): number[] };
}
interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  getJSActions?(): Promise<ReadonlyMap<string, unknown> | Record<string, unknown> | null>;
}
interface PdfPageLike {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number }> }>;
  getAnnotations?(): Promise<ReadonlyArray<{ subtype?: string; url?: string }>>;
  cleanup?(): void;
}

export interface ReadOptions {
  /** Where pdf.js finds its CMaps and standard fonts (CJK fonts with predefined encodings need the CMaps). */
  cMapUrl: string;
  standardFontDataUrl: string;
  maxPages: number;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason:
      | 'not-pdf'
      | 'encrypted'
      | 'unreadable'
      | 'no-text'
      | 'too-many-pages'
      | 'not-budget'
      | 'cancelled'
      | 'template'
      | 'mixed'
      | 'absurd-amount',
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export async function readPdfText(
  pdfjs: PdfjsLike,
  data: Uint8Array,
  file: string,
  opts: ReadOptions,
): Promise<PdfText> {
  if (!startsWithPdfHeader(data))
    throw new ImportError(file, 'not-pdf', 'not a PDF file (it does not start with "%PDF-")');
  // pdf.js takes ownership of (detaches) the buffer it is given (mozilla/pdf.js#19509): pass a copy so callers keep
  // theirs.
  const task = pdfjs.getDocument({
    data: data.slice(),
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: opts.standardFontDataUrl,
    // Never run a PDF's scripts nor fetch anything it names (pdf.js 6 no longer compiles fonts with eval, so
    // it has no isEvalSupported option left to turn off).
    enableXfa: false,
    // Errors only: in the browser's import Worker pdf.js would warn that it runs its worker code in-thread,
    // which is the intent there.
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: PdfDocumentLike;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException')
      throw new ImportError(
        file,
        'encrypted',
        'the PDF is encrypted (password-protected); export it without a password',
      );
    throw new ImportError(
      file,
      'unreadable',
      `the PDF cannot be read (${(e as Error).message ?? String(e)})`,
    );
  }
  try {
    if (doc.numPages > opts.maxPages)
      throw new ImportError(
        file,
        'too-many-pages',
        `${doc.numPages} pages: more than the ${opts.maxPages} a department budget has (import stopped before reading it)`,
      );
    const active: string[] = [];
    // pdf.js 6 answers with a Map (name → scripts); older versions with a plain object.
    const js = await doc.getJSActions?.().catch(() => null);
    const scripts = js instanceof Map ? js.size : js ? Object.keys(js).length : 0;
    if (scripts) active.push('JavaScript actions (ignored)');
    const pages: PdfPage[] = [];
    const findings: TextFinding[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (opts.signal?.aborted) throw new ImportError(file, 'cancelled', 'import cancelled');
      const page = await doc.getPage(n);
      pages.push(await readPage(pdfjs, page, n, file, findings));
      const annots = await page.getAnnotations?.().catch(() => []);
      if (annots?.some((a) => a.subtype === 'Link') && !active.includes('links (not followed)'))
        active.push('links (not followed)');
      page.cleanup?.();
      opts.onPage?.(n, doc.numPages);
    }
    const chars = pages.reduce((s, p) => s + p.items.reduce((t, i) => t + i.str.trim().length, 0), 0);
    if (chars < 20 * pages.length && chars < 200)
      throw new ImportError(
        file,
        'no-text',
        'the PDF has no text layer (a scanned image?): OCR is not supported; use the PDF as published, with its text',
      );
    return { file, pageCount: doc.numPages, pages, active, findings };
  } finally {
    await task.destroy();
  }
}

function startsWithPdfHeader(data: Uint8Array): boolean {
  // The header may follow a little junk (the spec allows it within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function readPage(
  pdfjs: PdfjsLike,
  page: PdfPageLike,
  n: number,
  file: string,
  findings: TextFinding[],
): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const it of content.items) {
    if (typeof it.str !== 'string' || !it.transform || !it.str.trim()) continue;
    const t = pdfjs.Util.transform(viewport.transform, it.transform);
    const h = Math.hypot(t[2] ?? 0, t[3] ?? 0);
    const w = (it.width ?? 0) * Math.hypot(viewport.transform[0] ?? 1, viewport.transform[1] ?? 0);
    const x = t[4] ?? 0;
    const y = t[5] ?? 0;
    const clean = cleanItem(it.str, n, x, y);
    if (clean.absurdAmount)
      throw new ImportError(
        file,
        'absurd-amount',
        `page ${n}, at (${Math.round(x)}, ${Math.round(y)}) pt: "${clean.absurdAmount.slice(0, 40)}" is an amount no budget prints (more than 15 digits before the point, or an exponent); nothing was imported`,
      );
    findings.push(...clean.findings);
    if (clean.str.trim()) items.push({ str: clean.str, x, y, w, h });
  }
  return { number: n, width: viewport.width, height: viewport.height, items };
}
