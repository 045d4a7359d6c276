import { type FocusEvent, type ReactNode, useRef } from 'react';
import { useWindowRows } from './use-window-rows';

/**
 * A hand-written long table's body that renders only the rows near the window's view (use-window-rows.ts), with
 * spacer rows standing for the others; every row while printing. `row` renders the row at an index: a `<tr>` with
 * `data-index={index}`, `aria-rowindex` and, when given, `ref={measure}`.
 */
export function WindowBody({
  keys,
  columnCount,
  row,
}: {
  keys: readonly string[];
  columnCount: number;
  row: (index: number, measure?: (row: HTMLTableRowElement | null) => void) => ReactNode;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const view = useWindowRows(body, keys);
  const spacer = (key: string, height: number) =>
    height > 0 && (
      <tr key={key} className="virtual-spacer" aria-hidden="true">
        <td colSpan={columnCount} style={{ height }} />
      </tr>
    );
  const out: ReactNode[] = [];
  if (view.all) keys.forEach((_, i) => out.push(row(i)));
  else {
    view.items.forEach((item, i) =>
      out.push(spacer(i === 0 ? 'before' : `gap:${item.index}`, item.gap), row(item.index, view.measure)),
    );
    out.push(spacer('after', view.after));
  }
  return (
    <tbody
      ref={body}
      onFocus={(e: FocusEvent) => {
        const i = (e.target as Element).closest?.('tr[data-index]')?.getAttribute('data-index');
        if (!view.all && i) view.onFocusRow(keys[Number(i)] ?? null);
      }}
      onBlur={(e: FocusEvent) => {
        if (!view.all && !body.current?.contains(e.relatedTarget as Node | null)) view.onFocusRow(null);
      }}
    >
      {out}
    </tbody>
  );
}
