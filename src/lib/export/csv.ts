/**
 * CSV that opens cleanly in Excel: UTF-8 with BOM (so Chinese is read as UTF-8), CRLF, RFC 4180 quoting, and no
 * field that a spreadsheet would run as a formula. Targets such as "=100%" or "=1套" (many in the 2023 document)
 * begin with "="; such fields are prefixed with an apostrophe, which spreadsheets treat as "this is text".
 */
export const BOM = '\uFEFF';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(field: string): string {
  return FORMULA_START.test(field) && !PLAIN_NUMBER.test(field) ? `'${field}` : field;
}

export function quoteField(field: string): string {
  const safe = guardFormula(field);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return BOM + rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}
