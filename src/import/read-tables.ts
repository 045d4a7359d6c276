import { readCodeTable } from './code-table';
import type { ExtractedTable } from './extracted';
import { pageLines } from './lines';
import { readPairTable } from './pair-table';
import type { PdfText } from './pdf-text';
import { segmentTables, type DocLine } from './segment';
import { SHAPE } from './table-kinds';

export interface ReadDocument {
  tables: ExtractedTable[];
  /** Lines outside the tables (the narrative), in order. */
  narrative: DocLine[];
  /** All lines, for document-level facts (title, department, year). */
  lines: DocLine[];
}

/** Positioned text of one or more PDFs (one document) → its tables and its narrative lines. */
export function readTables(texts: readonly PdfText[]): ReadDocument {
  const lines: DocLine[] = texts.flatMap((t) =>
    t.pages.flatMap((p) =>
      pageLines({ ...p, items: p.items.filter((i) => i.y > 0 && i.y - i.h < p.height && i.x < p.width) }).map(
        (l) => ({ ...l, file: t.file }),
      ),
    ),
  );
  const { tables: regions, narrative } = segmentTables(lines);
  const tables = regions
    .filter((r) => SHAPE[r.match.kind] !== 'list')
    .map((r) => (SHAPE[r.match.kind] === 'pairs' ? readPairTable(r) : readCodeTable(r)))
    // A contents entry, or a narrative naming a table on a line of its own, that swallowed the lines after it: no
    // unit and no row with a name or code and an amount (a page number is not a row) — not a table.
    .filter(
      (t) =>
        t.unit !== null ||
        t.rows.some((r) => (r.name || r.code) && Object.values(r.cells).some((v) => v !== null)),
    );
  return { tables, narrative, lines };
}
