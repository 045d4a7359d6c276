import type { Row, RowData } from '@tanstack/react-table';
import { type Range, defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { DataRow } from './DataRow';
import type { SortingFeatures } from './table-features';
import { PHONE, useMediaQuery } from './use-media-query';
import { rowHeight } from './row-height';
import { usePageTop } from './use-page-top';
import { usePrinting } from '../use-printing';

/** A row's height until it is measured: the 550 indicators average 45 px as table rows, 185 px as cards. */
const ROW_HEIGHT = 45;
const CARD_HEIGHT = 185;
/** Rows rendered beyond each edge of the window: Tab from the last link in view must find the next row there. */
const OVERSCAN = 12;

export interface VirtualRowsProps<T extends RowData> {
  rows: ReadonlyArray<Row<SortingFeatures, T>>;
  columnCount: number;
  /** Header rows above the body, for each row's aria-rowindex. */
  headRows: number;
  rowHref?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
}

/**
 * The body of a long table, rendering only the rows near the window's view; spacer rows stand for the others so the
 * page keeps its full height and scrolls as it would. Every row while printing.
 */
export function VirtualRows<T extends RowData>(props: VirtualRowsProps<T>) {
  const { rows, columnCount, headRows, rowHref, rowClassName } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const cards = useMediaQuery(PHONE);
  const printing = usePrinting();
  const pageTop = usePageTop(body);
  // The row holding keyboard focus stays rendered when scrolled away, or focus would fall back to the page.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((r) => r.id === focusedKey);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => (cards ? CARD_HEIGHT : ROW_HEIGHT),
    getItemKey: useCallback((index: number) => rows[index]?.id ?? index, [rows]),
    measureElement: rowHeight,
    rangeExtractor,
    overscan: OVERSCAN,
    scrollMargin: pageTop ?? 0,
    // The window's size from the first render, so rows render at once rather than after the first effect.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  // Sizes measured as table rows do not hold for cards, nor the other way round.
  const wasCards = useRef(cards);
  useEffect(() => {
    if (wasCards.current === cards) return;
    wasCards.current = cards;
    virtualizer.measure();
  }, [cards, virtualizer]);

  const row = (index: number, measured: boolean) => {
    const r = rows[index];
    return (
      r && (
        <DataRow
          key={r.id}
          row={r}
          href={rowHref?.(r.original)}
          className={rowClassName?.(r.original)}
          ariaRowIndex={headRows + index + 1}
          index={measured ? index : undefined}
          measure={measured ? virtualizer.measureElement : undefined}
        />
      )
    );
  };
  const spacer = (key: string, height: number) => (
    <tr key={key} className="virtual-spacer" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );

  const out: ReactNode[] = [];
  if (printing) {
    // Not measured: print layout is not the screen's, and the screen comes back after printing.
    rows.forEach((_, index) => out.push(row(index, false)));
  } else if (pageTop === null) {
    // Which rows are in view depends on where the table starts: known after this first layout, before paint.
    out.push(spacer('after', virtualizer.getTotalSize()));
  } else {
    const margin = virtualizer.options.scrollMargin;
    let end = 0;
    for (const item of virtualizer.getVirtualItems()) {
      const start = item.start - margin;
      if (start > end) out.push(spacer(end === 0 ? 'before' : `before-${item.key}`, start - end));
      out.push(row(item.index, true));
      end = item.end - margin;
    }
    const total = virtualizer.getTotalSize();
    if (total > end) out.push(spacer('after', total - end));
  }
  return (
    <tbody
      ref={body}
      onFocus={(e: FocusEvent) => setFocusedKey(rowKeyOf(e.target, rows))}
      onBlur={(e: FocusEvent) => {
        if (!body.current?.contains(e.relatedTarget as Node | null)) setFocusedKey(null);
      }}
    >
      {out}
    </tbody>
  );
}

function rowKeyOf<T extends RowData>(
  target: EventTarget,
  rows: ReadonlyArray<Row<SortingFeatures, T>>,
): string | null {
  const index = (target as Element).closest?.('tr[data-index]')?.getAttribute('data-index');
  return index ? (rows[Number(index)]?.id ?? null) : null;
}
