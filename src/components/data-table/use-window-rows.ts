import { type Range, defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';
import { usePrinting } from '../use-printing';
import { rowHeight } from './row-height';
import { usePageTop } from './use-page-top';

/** A compact row's height until it is measured (a catalog row is 33.6 px on the desktop). */
const ROW_HEIGHT = 34;
/** Rows rendered beyond each edge of the window: Tab from the last link in view must find the next row there. */
const OVERSCAN = 12;

export type WindowRows =
  /** Every row: while printing. */
  | { all: true }
  | {
      all: false;
      /** The rows to render, in order, each with the space (px) to leave before it. */
      items: Array<{ index: number; gap: number }>;
      after: number;
      measure: (row: HTMLTableRowElement | null) => void;
      /** Keeps the row holding keyboard focus rendered when it is scrolled away (null: focus left the body). */
      onFocusRow: (key: string | null) => void;
    };

/**
 * Which of a hand-written table body's rows (by key) are near the window's view, as VirtualRows does for a TanStack
 * table: the page keeps its full height and scrolls as it would, only some dozens of rows are in the document (the
 * catalog's thousand department-years, a city's departments compared). Until the body is laid out (its place on the
 * page decides which rows are in view) it is one spacer; that layout comes before the first paint. WindowBody.tsx
 * renders `gap`/`after` as spacer rows around the rows, each with `data-index` and the `measure` ref.
 */
export function useWindowRows(
  body: RefObject<HTMLTableSectionElement | null>,
  keys: readonly string[],
): WindowRows {
  const printing = usePrinting();
  const pageTop = usePageTop(body);
  const near = useNearView(body);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focused = focusedKey === null ? -1 : keys.indexOf(focusedKey);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused < 0 || indexes.includes(focused)) return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: keys.length,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: useCallback((index: number) => keys[index] ?? index, [keys]),
    measureElement: rowHeight,
    rangeExtractor,
    overscan: OVERSCAN,
    scrollMargin: pageTop ?? 0,
    // The window's size from the first render, so rows render at once rather than after the first effect.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  if (printing) return { all: true };
  const items: Array<{ index: number; gap: number }> = [];
  let end = 0;
  if (pageTop !== null)
    for (const item of virtualizer.getVirtualItems()) {
      // Far from the view, only the row holding focus.
      if (!near && item.index !== focused) continue;
      const start = item.start - virtualizer.options.scrollMargin;
      items.push({ index: item.index, gap: Math.max(0, start - end) });
      end = item.end - virtualizer.options.scrollMargin;
    }
  return {
    all: false,
    items,
    after: Math.max(0, virtualizer.getTotalSize() - end),
    measure: virtualizer.measureElement,
    onFocusRow: setFocusedKey,
  };
}

/**
 * Whether the element is within a window's height of the view. The virtualizer gives a body far below the view its
 * first rows (its overscan) all the same: with a catalog's four regions, that was more rows off screen than on it.
 */
function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Known before the first paint; the observer follows scrolling and the page's changes from then on.
    const box = element.getBoundingClientRect();
    setNear(box.bottom >= -window.innerHeight && box.top <= 2 * window.innerHeight);
    const observer = new IntersectionObserver(([e]) => e && setNear(e.isIntersecting), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
