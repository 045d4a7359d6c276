import type { Box } from './grid';
import type { TableRegion } from './segment';
import type { TableKind } from './table-kinds';

/** Where a value was read: file, 1-based page, and its box on the page (points, origin top-left). */
export interface SourceBox {
  file: string;
  page: number;
  box: Box;
}

export interface ExtractedColumn {
  key: string;
  label: string;
  kind: 'code' | 'text' | 'money';
  group?: string | undefined;
}

export interface ExtractedRow {
  id: string;
  /** Function or economic code, the printed cells joined ("2010507"); null for a total or an item row. */
  code: string | null;
  /** The code as printed when it differs from `code` (a 款 printed "2" for "02"). */
  printedCode?: string | undefined;
  name: string;
  /** Column key → the printed amount without thousands separators; null = blank cell. */
  cells: Record<string, string | null>;
  source: SourceBox;
  cellBoxes: Record<string, Box>;
}

export interface ExtractedTable {
  kind: TableKind;
  title: string;
  number?: number | undefined;
  unit: '元' | '万元' | null;
  file: string;
  page: number;
  pages: string[];
  department: string | null;
  columns: ExtractedColumn[];
  rows: ExtractedRow[];
  note?: { text: string; page: number } | undefined;
  /**
   * A table printed as two panels side by side (a 决算's 基本支出决算表): the rows of each panel and the column of
   * the total row its foot fills (人员经费合计 → personnel, 公用经费合计 → public).
   */
  panels?: Array<{ key: 'personnel' | 'public'; rows: string[] }> | undefined;
  /** Things the reader should know about how the table was read (a row repeated at a page break …). */
  remarks: string[];
}

/** A row id printed twice (two 合计, a code repeated) gets ~2, ~3 … in order, never one already taken. */
export function uniqueIds(rows: ExtractedRow[]): void {
  const taken = new Set<string>();
  for (const r of rows) {
    const base = r.id;
    for (let n = 2; taken.has(r.id); n++) r.id = `${base}~${n}`;
    taken.add(r.id);
  }
}

/** "3,296,600" → "3296600"; "(12.50)" stays unread. */
export const plainAmount = (printed: string) => printed.replace(/,/g, '');

/** A table read from its region: what the region says (title, unit, pages, department) and what was read. */
export function extractedTable(
  region: TableRegion,
  read: Pick<ExtractedTable, 'columns' | 'rows' | 'note' | 'remarks'>,
): ExtractedTable {
  return {
    kind: region.match.kind,
    title: region.match.title,
    number: region.match.number,
    unit: region.unit,
    file: region.file,
    page: region.titlePage,
    pages: region.pages,
    department: region.department,
    ...read,
  };
}
