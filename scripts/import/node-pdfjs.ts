import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfjsLike } from '../../src/import/pdf-text';

/**
 * pdf.js in Node. pdfjs-dist 6 targets Node ≥ 22.13 and calls Promise.withResolvers, which Node 20 lacks: we
 * polyfill that one function (it is three lines and standard since ES2024) rather than pin pdf.js 4, so the
 * browser and Node run the same, current pdf.js. The legacy build is pdf.js's build for older runtimes.
 */
export async function loadNodePdfjs(): Promise<{
  pdfjs: PdfjsLike;
  options: { cMapUrl: string; standardFontDataUrl: string };
}> {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers !== 'function')
    P.withResolvers = function withResolvers<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    };
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const pdfjs = (await import(
    pathToFileURL(join(root, 'legacy/build/pdf.mjs')).href
  )) as unknown as PdfjsLike;
  // In Node, pdf.js reads these with fs: plain directory paths with a trailing slash.
  return {
    pdfjs,
    options: { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' },
  };
}
