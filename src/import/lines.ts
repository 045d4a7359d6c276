import type { PdfPage, TextItem } from './pdf-text';

/** One cell's worth of text: a text item, or a part of one that held two cells. */
export interface Token {
  text: string;
  x0: number;
  x1: number;
  /** Baseline (y down) and font height. */
  y: number;
  h: number;
}

export interface Line {
  page: number;
  y: number;
  tokens: Token[];
  /** The tokens' text joined without spaces (for matching titles and labels). */
  text: string;
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
export const isNumberText = (s: string) => NUMBER.test(s);

/** Full-width forms that vary between exports, folded so matching can ignore them. */
export function fold(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/[“”"〝〞]/g, '"')
    .trim();
}

/**
 * Splits an item that holds more than one cell ("371,514,655.00 一、一般公共服务支出"): a number next to a word
 * is a cell boundary; spaces inside a name are not. Positions of the parts are estimated from character widths
 * (CJK one em, others half an em) scaled to the item's width.
 */
function splitItem(item: TextItem): Token[] {
  const text = fold(item.str);
  const parts = text.split(' ').filter(Boolean);
  if (parts.length <= 1) return text ? [{ text, x0: item.x, x1: item.x + item.w, y: item.y, h: item.h }] : [];
  const groups: string[] = [];
  for (const p of parts) {
    const prev = groups[groups.length - 1];
    if (prev !== undefined && !isNumberText(p) && !isNumberText(lastWord(prev)))
      groups[groups.length - 1] = `${prev} ${p}`;
    else groups.push(p);
  }
  if (groups.length === 1)
    return [{ text: groups[0] ?? '', x0: item.x, x1: item.x + item.w, y: item.y, h: item.h }];
  const em = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  const total = em(text);
  const scale = total > 0 ? item.w / total : 0;
  const out: Token[] = [];
  let offset = 0;
  let rest = text;
  for (const g of groups) {
    const at = rest.indexOf(g);
    offset += em(rest.slice(0, at));
    const x0 = item.x + offset * scale;
    const x1 = x0 + em(g) * scale;
    out.push({ text: g, x0, x1, y: item.y, h: item.h });
    offset += em(g);
    rest = rest.slice(at + g.length);
  }
  return out;
}

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

/** Groups a page's tokens into lines by baseline; tokens in a line are sorted by x. */
export function pageLines(page: PdfPage): Line[] {
  const tokens = page.items.flatMap(splitItem).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const t of tokens) {
    const last = lines[lines.length - 1];
    // Same line when the baselines are within a third of the font height (numbers and CJK differ slightly).
    if (last && Math.abs(t.y - last.y) <= Math.max(2, Math.min(t.h, last.tokens[0]?.h ?? t.h) * 0.35))
      last.tokens.push(t);
    else lines.push({ page: page.number, y: t.y, tokens: [t], text: '' });
  }
  for (const l of lines) {
    l.tokens.sort((a, b) => a.x0 - b.x0);
    l.text = l.tokens
      .map((t) => t.text)
      .join('')
      .replace(/\s+/g, '');
  }
  return mergeTouching(lines);
}

/**
 * WPS and some other exporters draw a cell's text as several items that touch (`1`, `,234.00`): tokens that
 * touch within a fraction of a point and would not make sense apart are joined.
 */
function mergeTouching(lines: Line[]): Line[] {
  for (const l of lines) {
    const merged: Token[] = [];
    for (const t of l.tokens) {
      const prev = merged[merged.length - 1];
      if (prev && t.x0 - prev.x1 < 0.6 && t.x0 >= prev.x0 && joinable(prev.text, t.text)) {
        prev.text += t.text;
        prev.x1 = Math.max(prev.x1, t.x1);
      } else merged.push({ ...t });
    }
    l.tokens = merged;
  }
  return lines;
}

function joinable(a: string, b: string): boolean {
  const aNum = /[\d.,-]$/.test(a);
  const bNum = /^[\d.,]/.test(b);
  if (aNum && bNum) return isNumberText(a + b) || /^-?[\d,]*\.?\d*$/.test(a + b);
  return !aNum && !bNum && !isNumberText(b);
}
