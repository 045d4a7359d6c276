import type { ImportError } from '../pdf-text';

/** Messages between the import view and its Worker (structured-cloned; PDF bytes transferred, not copied). */
export interface ImportRequest {
  files: Array<{ name: string; data: ArrayBuffer }>;
  /** Absolute URLs of pdf.js's CMaps and standard fonts (the Worker has no document to resolve against). */
  cMapUrl: string;
  standardFontDataUrl: string;
}

export type ImportEvent =
  | { type: 'page'; file: string; page: number; pages: number }
  | { type: 'file-failed'; file: string; reason: ImportError['reason']; message: string }
  | {
      type: 'document';
      id: string;
      files: string[];
      /** The dataset as JSON text: the page checks it with the same validators as a downloaded one. */
      datasetText: string;
      reportText: string;
      millis: number;
    }
  | { type: 'done'; millis: number }
  /** Something the importer did not expect: said, never swallowed. */
  | { type: 'crashed'; message: string };
