/**
 * CSV that opens cleanly in Excel: UTF-8 with BOM (so Chinese is read as UTF-8), CRLF, RFC 4180 quoting, and no
 * field that a spreadsheet would run as a formula. Targets such as "=100%" or "=1套" (many in the 2023 document)
 * begin with "="; such fields are prefixed with an apostrophe, which spreadsheets treat as "this is text".
 */
export const BOM = '\uFEFF';

/**
 * A number as the app writes one — "-0.70", "+19.51%", "+1,812.07", "+19.51%(推算)", "+2.5% (derived)" — is a
 * constant in any spreadsheet, never a formula: guarding it would show an apostrophe beside a figure. The note in
 * brackets may hold letters and spaces only (no operator, reference or call can be made of it).
 */
const APP_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?( ?\([\p{L} ]+\))?$/u;
/** OWASP's CSV-injection triggers: = + - @ tab CR at the start of a field (after white space too). */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

export function guardFormula(field: string): string {
  return FORMULA_START.test(field) && !APP_NUMBER.test(field) ? `'${field}` : field;
}

/**
 * Quoted: a field holding a quote, a line break, or a separator of any locale — "," here, ";" where Excel's list
 * separator is a semicolon, tab when pasted —, so that `x;=1+1` stays one text field instead of ending in a formula.
 */
export function quoteField(field: string): string {
  const safe = guardFormula(field);
  return /[",;\t\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return BOM + rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}
