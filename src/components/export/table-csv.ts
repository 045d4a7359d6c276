import { type SheetCell, plainText, sheetRows } from '../../lib/export/sheet';

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
  return sheetText(plainText(copy.textContent ?? ''));
}

/**
 * A spreadsheet reads a number only with an ASCII minus, and an empty cell as empty: the "—" a cell shows for
 * nothing printed exports as nothing, and a "−0.70" as -0.70.
 */
export function sheetText(text: string): string {
  if (text === '—') return '';
  return text.replace(/(^|[\s(])−(?=\d)/g, '$1-');
}

function sheetCell(cell: Element): SheetCell {
  return { text: cellText(cell), amount: cell.querySelector('[data-value]') !== null };
}

/**
 * A rendered table as CSV rows: the leaf header row, then every body row in its current (sorted, filtered) order.
 * For tables that render all their rows; DataTable exports from its data instead (it may render only some).
 */
export function tableRows(table: HTMLTableElement, unit: string): string[][] {
  const head = [...(table.tHead?.rows ?? [])].at(-1);
  const body = [...table.tBodies].flatMap((b) => [...b.rows]).map((r) => [...r.cells].map(sheetCell));
  return sheetRows(head ? [...head.cells].map(cellText) : [], body, unit);
}
