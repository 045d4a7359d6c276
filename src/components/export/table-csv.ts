import { toCsv } from '../../lib/export/csv';

/** Decorations inside cells that are not data. */
const NOT_DATA = '[role="tooltip"], .expander, .expander-spacer, .sort-mark, .level-tag, .sr-only, .damage';

function cellText(cell: Element): string {
  const values = cell.querySelectorAll('[data-value]');
  // A cell showing one amount exports its exact decimal, not the grouped display text.
  if (values.length === 1 && cell.textContent?.trim() === values[0]?.textContent?.trim())
    return values[0]?.getAttribute('data-value') ?? '';
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll(NOT_DATA).forEach((n) => n.remove());
  copy.querySelectorAll('[data-value]').forEach((n) => n.replaceWith(n.getAttribute('data-value') ?? ''));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A rendered table as CSV rows: the leaf header row, then every body row in its current (sorted, filtered) order.
 * Amount columns get the unit in their header when it is not there yet.
 */
export function tableRows(table: HTMLTableElement, unit: string): string[][] {
  const headRows = [...(table.tHead?.rows ?? [])];
  const head = headRows.at(-1);
  const body = [...table.tBodies].flatMap((b) => [...b.rows]);
  const rows = body.map((r) => [...r.cells].map(cellText));
  const header = head ? [...head.cells].map((c) => cellText(c)) : [];
  header.forEach((h, i) => {
    const hasAmounts = body.some((r) => r.cells[i]?.querySelector('[data-value]'));
    if (hasAmounts && !h.includes(unit)) header[i] = `${h}(${unit})`;
  });
  return header.length ? [header, ...rows] : rows;
}

export function tableCsv(table: HTMLTableElement, unit: string): string {
  return toCsv(tableRows(table, unit));
}
