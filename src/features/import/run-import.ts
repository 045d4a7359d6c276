import type { ImportEvent, ImportRequest } from '../../import/browser/protocol';
import ImportWorker from '../../import/browser/import-worker?worker';

/** A budget PDF is a few MB; a file far larger is not one, and reading it would only fill the memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface RunningImport {
  /** Stops at once: the Worker is terminated, whatever it was doing. */
  cancel(): void;
}

/**
 * Starts one import in a fresh Worker (pdf.js and the importer load with it, on this view only). Events arrive
 * as the Worker sends them; after 'done', 'crashed' or cancel() the Worker is gone.
 */
export function startImport(
  files: ReadonlyArray<{ name: string; data: Uint8Array }>,
  onEvent: (e: ImportEvent) => void,
): RunningImport {
  const worker = new ImportWorker({ name: 'budget-import' });
  const end = () => worker.terminate();
  worker.onmessage = (e: MessageEvent<ImportEvent>) => {
    onEvent(e.data);
    if (e.data.type === 'done' || e.data.type === 'crashed') end();
  };
  worker.onerror = (e) => {
    e.preventDefault();
    end();
    onEvent({
      type: 'crashed',
      message: e.message || 'the import Worker could not start (its code did not load)',
    });
  };
  const base = document.baseURI;
  const request: ImportRequest = {
    // Copies go to the Worker (transferred, not cloned); the page keeps the originals for the source viewer.
    files: files.map((f) => ({ name: f.name, data: f.data.slice().buffer })),
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
  };
  worker.postMessage(
    request,
    request.files.map((f) => f.data),
  );
  return { cancel: end };
}
