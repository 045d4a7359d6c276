/**
 * A table as it is exported, built from its data (never from its DOM): one header
 * row of column names, then body cells that know whether they hold an amount. Both ways end here so the rules for
 * what a CSV says stay in one place.
 */
export interface SheetCell {
  text: string;
  /** The cell shows an amount: its column's header then names the unit. */
  amount: boolean;
}

/** Text as a reader sees it in a cell: runs of white space (line breaks in the document's names) read as one space. */
export function plainText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Header + body → rows of fields. A column with any amount gets the unit in its header unless it names it already. */
export function sheetRows(
  header: readonly string[],
  body: ReadonlyArray<readonly SheetCell[]>,
  unit: string,
): string[][] {
  const named = header.map((h, i) =>
    !h.includes(unit) && body.some((r) => r[i]?.amount) ? `${h}(${unit})` : h,
  );
  const rows = body.map((r) => r.map((c) => c.text));
  return named.length ? [named, ...rows] : rows;
}
