/**
 * Renders one page of a PDF the reader imported, for the source viewer. pdf.js (display build) and its worker
 * load with this module, only when an imported figure's page is first shown.
 */
import * as pdfjs from 'pdfjs-dist';
import PdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

type Doc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
const docs = new WeakMap<Uint8Array, Promise<Doc>>();

function open(data: Uint8Array): Promise<Doc> {
  let doc = docs.get(data);
  if (!doc) {
    pdfjs.GlobalWorkerOptions.workerPort ??= new PdfjsWorker({ name: 'pdfjs' });
    doc = pdfjs.getDocument({
      data: data.slice(),
      cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
      cMapPacked: true,
      standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
      // As in the importer: no XFA forms; glyphs drawn as paths (no fonts installed from the PDF).
      enableXfa: false,
      disableFontFace: true,
    }).promise;
    docs.set(data, doc);
  }
  return doc;
}

/** Draws `page` into `canvas` at `cssWidth` CSS pixels wide; returns the scale from PDF points to CSS pixels. */
export async function renderPdfPage(
  data: Uint8Array,
  page: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<{ scale: number; pages: number }> {
  const doc = await open(data);
  if (page < 1 || page > doc.numPages) throw new Error(`the PDF has ${doc.numPages} pages, not ${page}`);
  const p = await doc.getPage(page);
  const base = p.getViewport({ scale: 1 });
  const scale = cssWidth / base.width;
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const viewport = p.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await p.render({ canvas, viewport }).promise;
  return { scale, pages: doc.numPages };
}
