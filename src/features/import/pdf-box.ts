/** The box query param "x0,y0,x1,y1" (PDF points from the page's top-left); anything else is no box. */
export function parseBox(s: string | null): [number, number, number, number] | null {
  const n = (s ?? '').split(',').map(Number);
  return n.length === 4 && n.every((x) => Number.isFinite(x) && x >= 0 && x < 10_000)
    ? (n as [number, number, number, number])
    : null;
}
