import { parseQuery } from '../../lib/route/query';

/** The box query param "x0,y0,x1,y1" (PDF points from the page's top-left); anything else is no box. */
function parseBox(s: string | null): [number, number, number, number] | null {
  const n = (s ?? '').split(',').map(Number);
  return n.length === 4 && n.every((x) => Number.isFinite(x) && x >= 0 && x < 10_000)
    ? (n as [number, number, number, number])
    : null;
}

/** ?file=&page=&box=x0,y0,x1,y1&table= : the PDF page to show, or null. */
export function pdfPageParams(q: URLSearchParams) {
  const { page, file, box, table } = parseQuery('data', q);
  if (page === null) return null;
  return { file: file ?? '', page, box: parseBox(box), table };
}
