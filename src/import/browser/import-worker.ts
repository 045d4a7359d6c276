/**
 * The importer's Web Worker: reads the PDFs and builds their datasets off the page's thread, so a large or hostile
 * PDF never freezes the page (cancel terminates this Worker). pdf.js runs here on its own "fake worker" (its
 * worker code loaded into this thread): one thread per import, nothing spawned from untrusted input.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import { buildDocument, groupDocuments, ImportError, readInputs } from '../import-document';
import type { PdfjsLike } from '../pdf-text';
import type { ImportEvent, ImportRequest } from './protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportEvent): void;
}
const scope = self as unknown as WorkerScope;
const post = (e: ImportEvent) => scope.postMessage(e);

scope.onmessage = (e) => {
  run(e.data).catch((err: unknown) =>
    post({ type: 'crashed', message: err instanceof Error ? err.message : String(err) }),
  );
};

async function run(req: ImportRequest): Promise<void> {
  const started = performance.now();
  const read = [];
  for (const f of req.files) {
    try {
      const [r] = await readInputs([{ name: f.name, data: new Uint8Array(f.data) }], {
        pdfjs: pdfjs as unknown as PdfjsLike,
        options: {
          cMapUrl: req.cMapUrl,
          standardFontDataUrl: req.standardFontDataUrl,
          onPage: (page, pages) => post({ type: 'page', file: f.name, page, pages }),
        },
        sha256,
      });
      if (r) read.push(r);
    } catch (err) {
      fail(err, f.name);
    }
  }
  for (const group of groupDocuments(read)) {
    const t0 = performance.now();
    try {
      const doc = buildDocument(group);
      post({
        type: 'document',
        id: doc.id,
        files: doc.files.map((x) => x.name),
        datasetText: JSON.stringify(doc.dataset),
        reportText: JSON.stringify(doc.report),
        millis: performance.now() - t0,
      });
    } catch (err) {
      fail(err, group.map((g) => g.text.file).join(', '));
    }
  }
  post({ type: 'done', millis: performance.now() - started });
}

function fail(err: unknown, file: string): void {
  if (err instanceof ImportError)
    post({
      type: 'file-failed',
      file,
      reason: err.reason,
      message: err.message.replace(`${err.file}: `, ''),
    });
  else
    post({
      type: 'file-failed',
      file,
      reason: 'unreadable',
      message: `the importer failed on this file (${err instanceof Error ? err.message : String(err)})`,
    });
}

/**
 * The file's fingerprint in the dataset. crypto.subtle exists only on https (and localhost) pages; on plain http
 * the fingerprint is left empty rather than made up (the schema allows that).
 */
async function sha256(data: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', data.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
