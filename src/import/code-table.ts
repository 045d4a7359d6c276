import type { ExtractedColumn, ExtractedRow, ExtractedTable } from './extracted';
import { extractedTable, plainAmount, uniqueIds } from './extracted';
import {
  columnOf,
  isDataLine,
  mergeOrphanAmounts,
  moneyColumns,
  splitRow,
  tokenBox,
  tokensBox,
  type Box,
  type MoneyColumn,
  type RawRow,
} from './grid';
import { moneyKeys } from './column-keys';
import { isNumberText } from './lines';
import { joinPanels, splitPanels } from './panels';
import type { DocLine, TableRegion } from './segment';
import { SHAPE } from './table-kinds';

const TOTAL_NAME = /^(合计|总计|本年(收入|支出)合计|收入总计|支出总计)$/;

/**
 * A table whose rows are classification codes (功能分类 类/款/项 or 经济分类 类/款) or a single row of items
 * (三公): rows from lines, amounts into the columns found from the data, wrapped names joined.
 */
export function readCodeTable(region: TableRegion): ExtractedTable {
  const panels = SHAPE[region.match.kind] === 'economic' ? splitPanels(region) : null;
  if (panels) return joinPanels(readOnePanel(panels[0]), readOnePanel(panels[1]));
  return readOnePanel(region);
}

function readOnePanel(region: TableRegion): ExtractedTable {
  const shape = SHAPE[region.match.kind];
  const hasCodes = shape === 'function' || shape === 'economic';
  const header: DocLine[] = [];
  const data: RawRow[] = [];
  const remarks: string[] = [];
  let note: ExtractedTable['note'];
  let pageKey = '';
  let inData = false;
  const wrapped: Array<{ line: DocLine; after: number }> = [];
  for (const printed of region.lines) {
    let line = printed;
    const key = `${line.file}#${line.page}`;
    if (key !== pageKey) {
      pageKey = key;
      inData = false;
    }
    if (/^注[:：]/.test(line.text) || (note && line.page === note.page)) {
      note = note ? { ...note, text: note.text + line.text } : { text: line.text, page: line.page };
      continue;
    }
    const beside = hasCodes ? headerWordsBeside(line) : null;
    if (beside) {
      if (data.length === 0) header.push(beside.header);
      line = beside.amounts;
    }
    if (!inData && !isDataLine(line, hasCodes)) {
      // Above the first row: the header on the title page, a repeated header on a continuation page.
      if (data.length === 0) header.push(line);
      continue;
    }
    inData = true;
    const row = splitRow(line, hasCodes);
    if (
      row.codes.length === 0 &&
      row.amounts.length === 0 &&
      !TOTAL_NAME.test(line.text) &&
      (data.length || hasCodes)
    ) {
      wrapped.push({ line, after: data.length });
      continue;
    }
    data.push(row);
  }
  for (const w of wrapped) attachWrapped(data, w.line, w.after);
  dropRepeatedAtPageBreak(data, remarks);
  if (hasCodes) mergeOrphanAmounts(data);
  const paired = region.match.kind === 'sangong' ? pairedSangongColumns(header) : null;
  const columns = paired?.columns ?? moneyColumns(data, header);
  const keys = paired?.keys ?? moneyKeys(region.match.kind, columns);
  const rows = data.map((r, i) => toRow(r, i, columns, keys, region));
  // Jiangsu's 支出总表 is one unlabelled row of amounts under the header: that row is the table's total.
  const unlabelled = rows.filter((r) => !r.code && !r.name);
  const only = unlabelled[0];
  if (region.match.kind === 'expenditure' && only && rows.length === 1) only.id = 'total';
  uniqueIds(rows);
  const tableColumns: ExtractedColumn[] = [
    ...(hasCodes ? [{ key: 'code', label: codeLabel(header), kind: 'code' as const }] : []),
    ...(shape !== 'items' ? [{ key: 'name', label: nameLabel(header), kind: 'text' as const }] : []),
    ...columns.map((c, i) => ({
      key: keys[i] as string,
      label: c.label || `第${i + 1}列`,
      kind: 'money' as const,
      ...(c.group ? { group: c.group } : {}),
    })),
  ];
  return extractedTable(region, { columns: tableColumns, rows, note, remarks });
}

/** The national 决算 三公 table's items, left to right, each printed as a 预算数 | 决算数 pair. */
const SANGONG_PAIRS = [
  'total',
  'abroad',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
] as const;
const SANGONG_PAIR_NAMES = [
  '合计',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '公务用车购置费',
  '公务用车运行费',
  '公务接待费',
];

/**
 * A 决算's “三公” table prints each item as two columns, 预算数 and 决算数, under a header whose item names span
 * them (and nest unevenly: 公务用车购置费 spans a pair under 公务用车购置及运行费). Empty cells are common (no
 * spending), so the columns come from the row of 预算数/决算数 labels, not from the amounts: twelve labels in
 * pairs, in the national order. Any other header is not this table (null).
 */
function pairedSangongColumns(header: readonly DocLine[]): { columns: MoneyColumn[]; keys: string[] } | null {
  const labels = header
    .flatMap((l) => l.tokens)
    .filter((t) => /^(预算数|决算数)$/.test(t.text))
    .sort((a, b) => a.x0 - b.x0);
  if (labels.length !== SANGONG_PAIRS.length * 2) return null;
  if (!labels.every((t, i) => t.text === (i % 2 ? '决算数' : '预算数'))) return null;
  const columns = labels.map((t, i) => {
    const prev = labels[i - 1];
    const next = labels[i + 1];
    // Each column reaches halfway to its neighbours: a value is centred in its cell, not under its label's text.
    const x0 = prev ? (prev.x1 + t.x0) / 2 : t.x0 - (t.x1 - t.x0);
    const x1 = next ? (t.x1 + next.x0) / 2 : t.x1 + (t.x1 - t.x0);
    return { x0, x1, center: (t.x0 + t.x1) / 2, label: t.text, group: SANGONG_PAIR_NAMES[i >> 1] as string };
  });
  const keys = labels.map((_, i) => `${SANGONG_PAIRS[i >> 1]}${i % 2 ? '' : 'Budget'}`);
  return { columns, keys };
}

/** The code columns' headers (类 款 项), which share a line with amounts printed at the top of the first row. */
const CODE_HEADER = /^(类|款|项)$/;

/**
 * 支出决算表 prints 基本支出/项目支出 at the top of tall cells while 类|款|项 sit at the top of the header cell beside
 * them: the header words and the 合计 row's top-aligned amounts come out as one line. Cut apart, the words are
 * header and the amounts a line of their own, which joins its row below (mergeOrphanAmounts).
 */
function headerWordsBeside(line: DocLine): { header: DocLine; amounts: DocLine } | null {
  const words = line.tokens.filter((t) => !isNumberText(t.text));
  const amounts = line.tokens.filter((t) => isNumberText(t.text));
  if (!words.length || !amounts.length || !words.every((t) => CODE_HEADER.test(t.text))) return null;
  const part = (tokens: DocLine['tokens']): DocLine => ({
    ...line,
    tokens,
    text: tokens.map((t) => t.text).join(''),
  });
  return { header: part(words), amounts: part(amounts) };
}

/**
 * A wrapped name belongs to the row it is closest to, above or below (a tall cell centres its code between two
 * lines of name); above when equally close.
 */
function attachWrapped(data: RawRow[], line: DocLine, after: number): void {
  const near = (r: RawRow | undefined) =>
    r && r.line.page === line.page && r.line.file === line.file ? Math.abs(r.line.y - line.y) : Infinity;
  const prev = data[after - 1];
  const next = data[after];
  const target = near(next) < near(prev) - 0.5 ? next : (prev ?? next);
  if (target) target.wrapped.push(line);
}

/**
 * WPS exports keep the text of a row clipped at the foot of a page and print it again at the top of the next:
 * the same codes, name and amounts twice in a row across a page break are one row.
 */
function dropRepeatedAtPageBreak(data: RawRow[], remarks: string[]): void {
  for (let i = data.length - 1; i > 0; i--) {
    const a = data[i - 1] as RawRow;
    const b = data[i] as RawRow;
    if (a.line.page === b.line.page && a.line.file === b.line.file) continue;
    const sig = (r: RawRow) => r.line.tokens.map((t) => t.text).join('|');
    if (sig(a) === sig(b) && b.codes.length > 0) {
      remarks.push(
        `第${a.line.page}页末行与第${b.line.page}页首行相同（${b.line.text.slice(0, 40)}），按分页重复的同一行读取一次`,
      );
      data.splice(i, 1);
    }
  }
}

function toRow(
  r: RawRow,
  index: number,
  columns: ReturnType<typeof moneyColumns>,
  keys: string[],
  region: TableRegion,
): ExtractedRow {
  const code = r.codes.length ? normalCode(r.codes.map((t) => t.text)) : null;
  const printedCode = r.codes.map((t) => t.text).join('');
  const nameParts = [...r.names, ...r.wrapped.flatMap((l) => l.tokens)];
  const ordered = [r.line, ...r.wrapped].sort((a, b) => a.y - b.y);
  const name = ordered
    .flatMap((l) => (l === r.line ? r.names : l.tokens))
    .map((t) => t.text)
    .join('')
    // Letter-spaced names (“行 政 事 业 单 位养老支出”) are one name: no space between CJK characters.
    .replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
  const cells: Record<string, string | null> = Object.fromEntries(keys.map((k) => [k, null]));
  const cellBoxes: Record<string, Box> = {};
  for (const t of r.amounts) {
    const key = keys[columnOf(t, columns)] as string;
    cells[key] = plainAmount(t.text);
    cellBoxes[key] = tokenBox(t);
  }
  const all = [...r.codes, ...nameParts, ...r.amounts];
  const box = tokensBox(all);
  const id = code ?? (TOTAL_NAME.test(name) ? 'total' : `r${String(index + 1).padStart(2, '0')}`);
  return {
    id,
    code,
    ...(code !== null && printedCode !== code ? { printedCode } : {}),
    name,
    cells,
    source: { file: region.file, page: r.line.page, box },
    cellBoxes,
  };
}

/** 类/款/项 cells joined; a 款 or 项 printed with one digit ("301" "2") is the two-digit code it stands for. */
function normalCode(parts: string[]): string {
  if (parts.length === 1) return parts[0] as string;
  return parts.map((p, i) => (i > 0 && p.length === 1 ? `0${p}` : p)).join('');
}

const codeLabel = (header: DocLine[]) =>
  header.flatMap((l) => l.tokens).find((t) => /编码|代码/.test(t.text))?.text ?? '科目编码';
const nameLabel = (header: DocLine[]) =>
  header.flatMap((l) => l.tokens).find((t) => /名称/.test(t.text))?.text ?? '项目';
