import { isNumberText, type Token } from './lines';
import type { DocLine } from './segment';

/** A rectangle on a PDF page in points, origin top-left. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const tokenBox = (t: Token): Box => ({ x0: t.x0, y0: t.y - t.h, x1: t.x1, y1: t.y + t.h * 0.25 });

/** The box around several tokens (a row, a line). */
export function tokensBox(tokens: readonly Token[]): Box {
  const boxes = tokens.map(tokenBox);
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** A money column found from the data: amounts that share a right edge (or overlap and never share a row). */
export interface MoneyColumn {
  x0: number;
  x1: number;
  center: number;
  /** The header as printed above it (wrapped parts joined), and the spanning header above that, if any. */
  label: string;
  group: string;
}

/** One data line split into its code cells, its name and its amounts. */
export interface RawRow {
  line: DocLine;
  codes: Token[];
  names: Token[];
  amounts: Token[];
  /** Name parts from wrapped lines joined to this row. */
  wrapped: DocLine[];
}

const CODE = /^\d{2,7}$/;

/** The first line that is data: a code, an amount, or a total row. Everything above is header. */
export function isDataLine(line: DocLine, hasCodes: boolean): boolean {
  const first = line.tokens[0]?.text ?? '';
  if (hasCodes && CODE.test(first) && line.tokens.length > 1) return true;
  if (/^(合计|总计|小计|本年收入合计|本年支出合计)$/.test(first))
    return line.tokens.length > 1 ? line.tokens.slice(1).every((t) => isNumberText(t.text)) : hasCodes;
  // A line of amounts only (the single-row tables: 三公, Jiangsu's 支出总表).
  return line.tokens.some((t) => isNumberText(t.text) && !/^(19|20)\d\d$/.test(t.text));
}

/** Codes (digits only, before the first word), then the name, then the amounts. */
export function splitRow(line: DocLine, hasCodes: boolean): RawRow {
  const codes: Token[] = [];
  const names: Token[] = [];
  const amounts: Token[] = [];
  for (const t of line.tokens) {
    // A 款 printed with one digit ("301" "2") is still a code cell.
    const codeCell = CODE.test(t.text) || (codes.length > 0 && /^\d$/.test(t.text));
    if (hasCodes && names.length === 0 && amounts.length === 0 && codeCell) codes.push(t);
    else if (isNumberText(t.text)) amounts.push(t);
    else if (/^[-—–/]$/.test(t.text))
      continue; // a dash for an empty cell
    else names.push(t);
  }
  return { line, codes, names, amounts, wrapped: [] };
}

/**
 * Amounts on a line of their own (no code, no name) are cells of a tall row printed at the top or the middle of
 * the cell: they join the nearest row on the page that has no amount where they are.
 */
export function mergeOrphanAmounts(data: RawRow[]): void {
  for (let i = 0; i < data.length; i++) {
    const r = data[i] as RawRow;
    // A line of amounts whose name came on a line of its own (人员经费合计 under its amount) is a row, not an orphan.
    if (r.codes.length || r.names.length || r.wrapped.length || !r.amounts.length) continue;
    const collides = (q: RawRow) =>
      q.amounts.some((a) => r.amounts.some((b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0));
    const candidates = data.filter(
      (q) =>
        q !== r &&
        q.line.page === r.line.page &&
        q.line.file === r.line.file &&
        (q.codes.length || q.names.length) &&
        !collides(q) &&
        Math.abs(q.line.y - r.line.y) < (r.line.tokens[0]?.h ?? 10) * 2.2,
    );
    const target = candidates.sort(
      (a, b) => Math.abs(a.line.y - r.line.y) - Math.abs(b.line.y - r.line.y),
    )[0];
    if (!target) continue;
    target.amounts.push(...r.amounts);
    target.amounts.sort((a, b) => a.x0 - b.x0);
    data.splice(i, 1);
    i--;
  }
}

/**
 * Groups amounts into columns. Numbers are right-aligned in their cells, so a column's amounts share a right
 * edge; clusters that overlap and never share a row are one column set differently (centred numbers).
 */
export function moneyColumns(rows: readonly RawRow[], headerLines: readonly DocLine[]): MoneyColumn[] {
  type Cluster = { right: number; tokens: Array<{ t: Token; row: number }> };
  const clusters: Cluster[] = [];
  rows.forEach((r, row) => {
    for (const t of r.amounts) {
      const c = clusters.find((k) => Math.abs(k.right - t.x1) <= 3.5);
      if (c) c.tokens.push({ t, row });
      else clusters.push({ right: t.x1, tokens: [{ t, row }] });
    }
  });
  const span = (c: Cluster) => ({
    x0: Math.min(...c.tokens.map((e) => e.t.x0)),
    x1: Math.max(...c.tokens.map((e) => e.t.x1)),
  });
  const rowsOf = (c: Cluster) => new Set(c.tokens.map((e) => e.row));
  clusters.sort((a, b) => a.right - b.right);
  for (let i = 0; i + 1 < clusters.length;) {
    const a = clusters[i] as Cluster;
    const b = clusters[i + 1] as Cluster;
    const sa = span(a);
    const sb = span(b);
    const ra = rowsOf(a);
    const shared = [...rowsOf(b)].some((r) => ra.has(r));
    if (!shared && sb.x0 < sa.x1 - 2) {
      a.tokens.push(...b.tokens);
      a.right = Math.max(a.right, b.right);
      clusters.splice(i + 1, 1);
    } else i++;
  }
  let columns = clusters.map((c) => {
    const s = span(c);
    return { ...s, center: (s.x0 + s.x1) / 2, label: '', group: '' };
  });
  labelColumns(columns, headerLines);
  // Amounts set left in their cells on some rows and centred on others (Jiangsu 人大 2018, 机关运行经费表: the 款
  // rows left, 合计 and the 类 centred) form two clusters side by side that never share a row, and only one has a
  // header: they are one column, the labelled one.
  for (let i = 0; i + 1 < columns.length;) {
    const [a, b] = [columns[i] as MoneyColumn, columns[i + 1] as MoneyColumn];
    const ra = rowsOf(clusters[i] as Cluster);
    const apart = ![...rowsOf(clusters[i + 1] as Cluster)].some((r) => ra.has(r));
    if (apart && !a.label !== !b.label) {
      const labelled = a.label ? a : b;
      columns.splice(i, 2, { ...labelled, x0: a.x0, x1: b.x1, center: (a.x0 + b.x1) / 2 });
      const merged = clusters[i] as Cluster;
      merged.tokens.push(...(clusters[i + 1] as Cluster).tokens);
      clusters.splice(i + 1, 1);
    } else i++;
  }
  columns = [...columns];
  // Jiangsu prints one amount column headed 金 额 in spaced letters, or nothing legible: it is the amount.
  const only = columns[0];
  if (columns.length === 1 && only && !only.label) only.label = '金额';
  return columns;
}

/**
 * The header above each money column: the header words over its x-range, read upwards from the lowest while
 * they are stacked line on line (a wrapped label); a word further up, or one over several columns, is the
 * spanning header (支出预算, “三公”经费 …).
 */
function labelColumns(columns: MoneyColumn[], headerLines: readonly DocLine[]): void {
  // The code and name columns' headers label no amount; the same word over an amount column does (项目 / 支出).
  const firstAmount = columns[0]?.x0 ?? 0;
  const words = headerLines
    .flatMap((l) => l.tokens.map((t) => ({ t, page: l.page, y: l.y })))
    .filter((w) => !ROW_HEADER.test(w.t.text) || (w.t.x0 + w.t.x1) / 2 > firstAmount);
  // A cell reaches from the previous column's right edge to its own (amounts are right-aligned, headers centred).
  const cells = columns.map((c, i) => ({
    x0: i > 0 ? (columns[i - 1] as MoneyColumn).x1 + 1 : c.x0 - (c.x1 - c.x0) * 2 - 20,
    x1: c.x1 + 3,
  }));
  const overlap = (t: Token, k: { x0: number; x1: number }) => Math.min(t.x1, k.x1) - Math.max(t.x0, k.x0);
  const centreIn = (t: Token, k: { x0: number; x1: number }) => {
    const m = (t.x0 + t.x1) / 2;
    return m > k.x0 && m <= k.x1;
  };
  columns.forEach((c, ci) => {
    const cell = cells[ci] as { x0: number; x1: number };
    const inCell = words.filter((w) => centreIn(w.t, cell));
    // Two words on one line in one cell: the header of a blank neighbour column fell into this cell; keep the
    // word nearest this column's amounts (letters spaced out, 金 额, are one word).
    const over = inCell
      .filter((w) => {
        const rivals = inCell.filter((v) => Math.abs(v.y - w.y) < 1);
        if (rivals.length < 2 || rivals.every((v) => [...v.t.text].length === 1)) return true;
        const d = (v: (typeof inCell)[number]) => Math.abs((v.t.x0 + v.t.x1) / 2 - c.center);
        return rivals.every((v) => d(w) <= d(v));
      })
      .sort((a, b) => b.y - a.y || a.t.x0 - b.t.x0);
    // The label is the header text nearest the amounts and what is stacked on it; a word beside it (not over the
    // same x-range) heads a blank neighbour column: a lone 机关运行经费 amount under 小计 购置费 运行费 | 机关运行经费.
    const width = (w: (typeof over)[number]) => Math.max(1, w.t.x1 - w.t.x0);
    const spansCells = (w: (typeof over)[number]) =>
      cells.filter((k) => overlap(w.t, k) > width(w) * 0.25).length > 1;
    const dist = (w: (typeof over)[number]) => Math.abs((w.t.x0 + w.t.x1) / 2 - c.center);
    const nearest = over.filter((w) => !spansCells(w)).sort((a, b) => dist(a) - dist(b))[0];
    const letter = (w: (typeof over)[number]) => [...w.t.text].length === 1;
    const beside = (w: (typeof over)[number]) =>
      !!nearest &&
      w !== nearest &&
      !spansCells(w) &&
      overlap(w.t, nearest.t) <= 0 &&
      // Letters spaced out on one line (合 计) are one word.
      !(letter(w) && letter(nearest) && Math.abs(w.y - nearest.y) < 1);
    const label: typeof over = [];
    const group: typeof over = [];
    let lastY = Number.POSITIVE_INFINITY;
    for (const w of over) {
      if (beside(w)) continue;
      const spans = spansCells(w);
      const sameLine = label.length > 0 && Math.abs(w.y - (label[label.length - 1]?.y ?? 0)) < 1;
      const stacked = label.length === 0 || sameLine || lastY - w.y <= w.t.h * 1.6;
      if (!spans && stacked && group.length === 0) {
        label.push(w);
        lastY = w.y;
      } else group.push(w);
    }
    // Spanning headers over this column whose centre lies elsewhere (公务用车购置及运行费 over 小计/购置/运行).
    for (const w of words)
      if (!over.includes(w) && overlap(w.t, cell) > 0 && overlap(w.t, cell) >= (cell.x1 - cell.x0) * 0.5)
        group.push(w);
    label.sort((a, b) => a.y - b.y || a.t.x0 - b.t.x0);
    c.label = label.map((w) => w.t.text).join('');
    c.group = group
      .sort((a, b) => a.y - b.y)
      .map((w) => w.t.text)
      .join('');
  });
}

/** Headers of the code and name columns, which label no amount. */
const ROW_HEADER =
  /^(项目|项目名称|科目名称|功能科目名称|功能分类科目名称|经济分类科目名称|.*编码|.*代码|类|款|项|功能分类|经济分类)$/;

/** The column an amount belongs to: the one whose range holds it, else the nearest by centre. */
export function columnOf(t: Token, columns: readonly MoneyColumn[]): number {
  const inside = columns.findIndex((c) => t.x0 >= c.x0 - 1 && t.x1 <= c.x1 + 1);
  if (inside >= 0) return inside;
  const mid = (t.x0 + t.x1) / 2;
  let best = 0;
  columns.forEach((c, i) => {
    if (Math.abs(c.center - mid) < Math.abs((columns[best]?.center ?? 0) - mid)) best = i;
  });
  return best;
}
