// pdfjs-dist types its display build only; its worker module is loaded into the import Worker (worker.ts).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
