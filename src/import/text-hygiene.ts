/**
 * Every text item of an imported PDF is untrusted: before anything reads it, characters that change how text is shown
 * rather than what it says are taken out, and runs no budget cell or line can hold are cut — each said with the page
 * and position where it was found. Amounts no budget can print stop the import (a figure no view could show exactly
 * is not imported).
 */

/**
 * C0 and C1 controls (tab, line feed and carriage return are spacing, left to the reader's whitespace folding), the
 * bidi controls that reorder what follows (U+202E turns "4,000.00 万元" into "00.000,4"), zero-width and invisible
 * formatting characters, the byte-order mark and the interlinear annotation marks.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** Longer than any cell or printed line of a budget (a line across an A4 page holds ~120 characters). */
export const MAX_ITEM_CHARS = 2000;

/**
 * More than 15 digits before the point (10^15 元, a thousand trillion: beyond any budget, and beyond what the catalog
 * stores), or an exponent, which printed budgets never use.
 */
const ABSURD_AMOUNT = /^-?(?:(?:\d{1,3}(?:,\d{3}){5,}|\d{16,})\.\d+|\d+(?:\.\d+)?[eE][+-]?\d+)$/;

export interface TextFinding {
  kind: 'control' | 'long';
  page: number;
  /** Where the item starts: points from the page's top-left (baseline). */
  x: number;
  y: number;
  /** control: the characters taken out, as U+XXXX; long: the item's length before it was cut. */
  detail: string;
}

export interface CleanItem {
  str: string;
  findings: TextFinding[];
  /** A word of the item that reads as an amount no budget prints. */
  absurdAmount: string | null;
}

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function cleanItem(raw: string, page: number, x: number, y: number): CleanItem {
  const findings: TextFinding[] = [];
  let str = raw;
  if (str.length > MAX_ITEM_CHARS) {
    findings.push({ kind: 'long', page, x, y, detail: String(str.length) });
    str = str.slice(0, MAX_ITEM_CHARS);
  }
  const controls = str.match(CONTROL);
  if (controls) {
    findings.push({ kind: 'control', page, x, y, detail: [...new Set(controls.map(codePoint))].join(' ') });
    str = str.replace(CONTROL, '');
  }
  const absurdAmount = str.split(/\s+/).find((w) => ABSURD_AMOUNT.test(w)) ?? null;
  return { str, findings, absurdAmount };
}
