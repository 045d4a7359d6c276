import { moneyKeys } from './column-keys';
import type { ExtractedColumn, ExtractedRow, ExtractedTable } from './extracted';
import { extractedTable, plainAmount } from './extracted';
import {
  columnOf,
  isDataLine,
  mergeOrphanAmounts,
  moneyColumns,
  splitRow,
  tokenBox,
  tokensBox,
  type Box,
  type RawRow,
} from './grid';
import type { Token } from './lines';
import type { DocLine, TableRegion } from './segment';

/**
 * Item/amount tables (收支总表, 财政拨款收支总表): two or three sides, each a column of items (text, left-aligned)
 * followed by its amount columns. Items go to the side whose item column starts nearest; amounts to the money
 * column found from the data, as in the code tables.
 */
export function readPairTable(region: TableRegion): ExtractedTable {
  const header: DocLine[] = [];
  const data: RawRow[] = [];
  let note: ExtractedTable['note'];
  let started = false;
  for (const line of region.lines) {
    if (/^注[:：]/.test(line.text)) {
      note = { text: line.text, page: line.page };
      continue;
    }
    if (!started && !isDataLine(line, false)) {
      header.push(line);
      continue;
    }
    started = true;
    data.push(splitRow(line, false));
  }
  // An amount printed at the top of a tall cell comes on a line above its item (财政拨款收入支出决算总表).
  mergeOrphanAmounts(data);
  // The item columns' own headers (项目 …) sit between amount columns: they label no amount.
  const moneyHeader = header.map((l) => ({
    ...l,
    tokens: l.tokens.filter((t) => !ITEM_HEADER.test(t.text)),
  }));
  const money = moneyColumns(data, moneyHeader);
  const sides = itemColumns(data.flatMap((r) => r.names));
  const keys = moneyKeys(region.match.kind, money);
  const read: ExtractedRow[] = data.map((r, i) => {
    const cells: Record<string, string | null> = {};
    const cellBoxes: Record<string, Box> = {};
    sides.forEach((_, s) => (cells[`item${s + 1}`] = null));
    keys.forEach((k) => (cells[k] = null));
    for (const t of r.names) {
      const s = nearest(sides, t.x0);
      const k = `item${s + 1}`;
      cells[k] = (cells[k] ?? '') + t.text;
      cellBoxes[k] = tokenBox(t);
    }
    for (const t of r.amounts) {
      const k = keys[columnOf(t, money)] as string;
      cells[k] = plainAmount(t.text);
      cellBoxes[k] = tokenBox(t);
    }
    const box = tokensBox(r.line.tokens);
    return {
      id: `r${String(i + 1).padStart(2, '0')}`,
      code: null,
      name: cells.item1 ?? '',
      cells,
      source: { file: region.file, page: r.line.page, box },
      cellBoxes,
    };
  });
  const rows = joinWrappedItems(read, sides.length, keys);
  const columns: ExtractedColumn[] = [
    ...sides.map((x, s) => ({ key: `item${s + 1}`, label: itemLabel(header, x), kind: 'text' as const, x })),
    ...money.map((c, i) => ({
      key: keys[i] as string,
      label: c.label || `第${i + 1}列`,
      kind: 'money' as const,
      x: c.x0,
      ...(c.group ? { group: c.group } : {}),
    })),
  ]
    .sort((a, b) => a.x - b.x)
    .map((c) => {
      const { x, ...column } = c;
      void x; // the position only orders the columns
      return column;
    });
  return extractedTable(region, { columns, rows, note, remarks: [] });
}

/**
 * An item too long for its cell wraps its last characters onto a line of their own (二、政府性基金预算财政拨 / 款,
 * 七、文化旅游体育与传媒支 / 出): a row holding only a few characters on one side, no amount and nothing on the
 * other sides, under an item that fills its cell, is the end of that item.
 */
function joinWrappedItems(rows: ExtractedRow[], sides: number, keys: readonly string[]): ExtractedRow[] {
  const out: ExtractedRow[] = [];
  const widest = Array.from({ length: sides }, (_, s) =>
    Math.max(0, ...rows.map((r) => r.cellBoxes[`item${s + 1}`]?.x1 ?? 0)),
  );
  for (const r of rows) {
    const filled = Array.from({ length: sides }, (_, s) => `item${s + 1}`).filter((k) => r.cells[k]);
    const k = filled[0];
    const prev = [...out].reverse().find((q) => q.source.page === r.source.page && k && q.cells[k]);
    const prevBox = k ? prev?.cellBoxes[k] : undefined;
    const fragment =
      filled.length === 1 &&
      k &&
      keys.every((m) => r.cells[m] === null) &&
      [...(r.cells[k] ?? '')].length <= 3 &&
      !/^([一二三四五六七八九十]+、|\d|本年|年初|年末|总计|合计|其中)/.test(r.cells[k] ?? '');
    const column = k ? Number(k.slice(4)) - 1 : -1;
    if (fragment && prev && prevBox && prevBox.x1 >= (widest[column] ?? 0) * 0.9) {
      prev.cells[k] = `${prev.cells[k]}${r.cells[k]}`;
      if (k === 'item1') prev.name = prev.cells[k] ?? prev.name;
      continue;
    }
    out.push(r);
  }
  return out.map((r, i) => ({ ...r, id: `r${String(i + 1).padStart(2, '0')}` }));
}

const ITEM_HEADER = /^(项目|项目名称|科目名称|功能科目名称|收入|支出)$/;

/** Left edges of the item columns: text tokens whose starts lie within 1.5 em of each other. */
function itemColumns(tokens: readonly Token[]): number[] {
  const starts = tokens.map((t) => t.x0).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of starts) {
    const g = groups[groups.length - 1];
    if (g && x - (g[g.length - 1] ?? x) <= 18) g.push(x);
    else groups.push([x]);
  }
  // Ignore stray words (a centred 总计 drifts right): a side has at least two items.
  return groups.filter((g) => g.length >= 2).map((g) => g[0] as number);
}

function nearest(xs: readonly number[], x: number): number {
  let best = 0;
  xs.forEach((v, i) => {
    if (v <= x + 6 && (xs[best] ?? 0) <= v) best = i;
  });
  return best;
}

function itemLabel(header: readonly DocLine[], x: number): string {
  const words = header.flatMap((l) => l.tokens).filter((t) => /项目|名称|收入|支出/.test(t.text));
  const w = words.sort((a, b) => Math.abs(a.x0 - x) - Math.abs(b.x0 - x))[0];
  return w?.text ?? '项目';
}

/**
 * The sides of an item/amount table: item columns followed by their amount columns. Item columns next to each
 * other are one side (Jiangsu indents sub-items into a second column: 一般公共预算资金 | 公共财政拨款资金).
 */
export function pairSides(
  columns: readonly ExtractedColumn[],
): Array<{ items: string[]; amounts: string[] }> {
  const sides: Array<{ items: string[]; amounts: string[] }> = [];
  for (const c of columns) {
    const last = sides[sides.length - 1];
    if (c.kind === 'text') {
      if (last && last.amounts.length === 0) last.items.push(c.key);
      else sides.push({ items: [c.key], amounts: [] });
    } else if (last) last.amounts.push(c.key);
  }
  return sides;
}

/** 本年收入合计 / 本年支出合计 (当年…小计): this year's total on a 收支总表's income (0) or expenditure (1) side. */
export function isCurrentTotal(item: string, side: number): boolean {
  return new RegExp(`^(本年|当年)${side === 0 ? '收入' : '支出'}(合计|小计)$`).test(item);
}

/** A row's item text on one side (the first item column that has one). */
export function sideItem(row: ExtractedRow, side: { items: string[] }): string {
  for (const k of side.items) {
    const v = row.cells[k];
    if (v) return v.replace(/\s/g, '');
  }
  return '';
}
