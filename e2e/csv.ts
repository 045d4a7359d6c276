/**
 * An RFC 4180 reader for the files the app exports (src/lib/export/csv.ts writes them): fields split on commas
 * outside quotes, "" inside quotes is one quote, a quoted field may hold commas and line breaks, records end with
 * CRLF (a bare LF is accepted too). A leading byte order mark is not part of the first field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field, at character ${i}`);
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else field += c;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  // The last record may or may not end with a line break; a file ending in one has no empty record after it.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** The records as objects keyed by the header's fields (the first record). */
export function csvRecords(rows: string[][]): Array<Record<string, string>> {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
