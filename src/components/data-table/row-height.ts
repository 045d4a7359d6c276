import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A virtual row's height for the virtualizer, from the ResizeObserver's report once the row is laid out: fractional,
 * as rows are (a compact row is e.g. 33.6 px high; the library's own measure rounds, and the spacers standing for the
 * rows scrolled away, the sum of their sizes, would drift from the rows they replace and the page would jump).
 *
 * When a row mounts there is no report yet. Reading its box then would lay out the whole page in the middle of
 * React's commit — a new view (the indicators) or a 25-column comparison (≈19 ms) — and the spacers' correction
 * would lay it out again before the paint. So the size known so far (an earlier report, or the estimate) stands
 * until the report, which comes after the browser's own layout; a difference then re-renders the spacers.
 */
export function rowHeight(
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<Window, HTMLTableRowElement>,
): number {
  const box = entry?.borderBoxSize[0]?.blockSize ?? entry?.contentRect.height;
  if (box !== undefined) return box;
  const index = virtualizer.indexFromElement(row);
  return virtualizer.measurementsCache[index]?.size ?? virtualizer.options.estimateSize(index);
}
