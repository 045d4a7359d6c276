import { type ExtractedRow, type ExtractedTable, uniqueIds } from './extracted';
import type { DocLine, TableRegion } from './segment';

/** An economic class code (301, 30101) printed after a name or an amount: the first cell of a second panel. */
const CLASS_CODE = /^3\d{2}(\d{2})?$/;
const PANEL_TOTAL: ReadonlyArray<readonly [RegExp, 'personnel' | 'public']> = [
  [/^人员经费(支出)?合计$/, 'personnel'],
  [/^公用经费(支出)?合计$/, 'public'],
];

/**
 * A 决算's 基本支出决算表 prints two panels side by side — 301 工资福利支出 and 303 对个人和家庭的补助 on the left,
 * 302 商品和服务支出 and 310 资本性支出 on the right — each with its own 经济分类 类|款|科目名称|决算数 cells and its
 * own total at the foot (人员经费合计, 公用经费合计). Read as one table, the right panel's codes would be amounts of
 * the left's rows. Returns the two panels as regions of their own (left, right), or null for a one-panel table.
 *
 * The cut is the left edge of the right panel's codes: a class code printed after other cells on at least three
 * lines, under a header that names 科目名称 twice.
 */
export function splitPanels(region: TableRegion): [TableRegion, TableRegion] | null {
  const twoNameHeaders = region.lines.some(
    (l) => l.tokens.filter((t) => /科目名称|经济分类/.test(t.text)).length >= 2,
  );
  if (!twoNameHeaders) return null;
  const starts: number[] = [];
  for (const l of region.lines)
    l.tokens.forEach((t, i) => {
      if (i > 0 && CLASS_CODE.test(t.text) && !CLASS_CODE.test(l.tokens[i - 1]?.text ?? ''))
        starts.push(t.x0);
    });
  if (starts.length < 3) return null;
  const cut = Math.min(...starts) - 1;
  const side = (keep: (mid: number) => boolean): TableRegion => ({
    ...region,
    lines: joinRowLines(
      region.lines.flatMap((l): DocLine[] => {
        const tokens = l.tokens.filter((t) => keep((t.x0 + t.x1) / 2));
        if (!tokens.length) return [];
        return [{ ...l, tokens, text: tokens.map((t) => t.text).join('') }];
      }),
    ),
  });
  return [side((m) => m < cut), side((m) => m >= cut)];
}

/** A row's first cell: its 类 (or the 5-digit code); a 款 alone ("01") is the lower half of a row. */
const CODE_CELL = /^\d{3}(\d{2}){0,2}$/;

/**
 * In these panels a row's cells sit at different heights — 类 and 款 at the top of the cell, the name and the 决算数
 * in the middle, a wrapped name's second line below — so one row comes out as two or three lines. A line that does
 * not start with a code belongs to the row above when it is nearer to that row's last line than to the line after
 * it; the tokens are joined in x order (code cells, name, amount), a wrapped name's parts in line order.
 */
function joinRowLines(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  let row: { line: DocLine; lastY: number } | null = null;
  lines.forEach((l, i) => {
    const startsRow = CODE_CELL.test(l.tokens[0]?.text ?? '');
    const next = lines[i + 1];
    const samePage = (a: DocLine | undefined) => !!a && a.page === l.page && a.file === l.file;
    if (startsRow) {
      row = { line: { ...l, tokens: [...l.tokens] }, lastY: l.y };
      out.push(row.line);
      return;
    }
    const above = row && samePage(row.line) ? l.y - row.lastY : Infinity;
    const below = samePage(next) && next ? next.y - l.y : Infinity;
    // A panel's foot (人员经费合计 …) and the table's 注 are rows of their own, however near.
    const own = /^注/.test(l.text) || PANEL_TOTAL.some(([re]) => re.test(l.tokens[0]?.text ?? ''));
    if (row && !own && above < below) {
      const joined = row.line;
      joined.tokens = [...joined.tokens, ...l.tokens].sort((a, b) => a.x0 - b.x0 || a.y - b.y);
      joined.text = joined.tokens.map((t) => t.text).join('');
      row.lastY = l.y;
      return;
    }
    row = null;
    out.push(l);
  });
  return out;
}

/**
 * The two panels as the one table the dataset knows: every row's 决算数 as its total, left panel first, and one
 * total row that carries what the foot prints — 人员经费合计 as personnel, 公用经费合计 as public. Its total is
 * blank: the table prints no 基本支出 合计 (the views say how they add it up).
 */
export function joinPanels(left: ExtractedTable, right: ExtractedTable): ExtractedTable {
  const totals: Partial<Record<'personnel' | 'public', ExtractedRow>> = {};
  const rows: ExtractedRow[] = [];
  const members: Array<{ key: 'personnel' | 'public'; rows: ExtractedRow[] }> = [];
  // The national format: 人员经费 on the left, 公用经费 on the right; the foot says so too when it is read.
  for (const [side, key] of [
    [left, 'personnel'],
    [right, 'public'],
  ] as const) {
    const panel = { key, rows: [] as ExtractedRow[] };
    for (const r of side.rows) {
      const foot = PANEL_TOTAL.find(([re]) => re.test(r.name))?.[1];
      if (foot && !r.code) {
        totals[foot] = r;
        panel.key = foot;
      } else {
        rows.push(r);
        panel.rows.push(r);
      }
    }
    members.push(panel);
  }
  const footer = [totals.personnel, totals.public].filter((r): r is ExtractedRow => !!r);
  if (footer.length) {
    const first = footer[0] as ExtractedRow;
    rows.push({
      id: 'total',
      code: null,
      name: footer.map((r) => r.name).join(' / '),
      cells: {
        total: null,
        personnel: totals.personnel?.cells.total ?? null,
        public: totals.public?.cells.total ?? null,
      },
      source: {
        file: first.source.file,
        page: first.source.page,
        box: {
          x0: Math.min(...footer.map((r) => r.source.box.x0)),
          y0: Math.min(...footer.map((r) => r.source.box.y0)),
          x1: Math.max(...footer.map((r) => r.source.box.x1)),
          y1: Math.max(...footer.map((r) => r.source.box.y1)),
        },
      },
      cellBoxes: {
        ...(totals.personnel?.cellBoxes.total ? { personnel: totals.personnel.cellBoxes.total } : {}),
        ...(totals.public?.cellBoxes.total ? { public: totals.public.cellBoxes.total } : {}),
      },
    });
  }
  uniqueIds(rows);
  const money = left.columns.find((c) => c.kind === 'money');
  return {
    ...left,
    pages: [...new Set([...left.pages, ...right.pages])],
    columns: [
      ...left.columns.filter((c) => c.kind !== 'money'),
      { key: 'total', label: money?.label ?? '决算数', kind: 'money' },
      ...(totals.personnel
        ? [{ key: 'personnel', label: totals.personnel.name, kind: 'money' as const }]
        : []),
      ...(totals.public ? [{ key: 'public', label: totals.public.name, kind: 'money' as const }] : []),
    ],
    rows,
    panels: members.map((m) => ({ key: m.key, rows: m.rows.map((r) => r.id) })),
    remarks: [
      ...left.remarks,
      ...right.remarks,
      '此表左右两栏并列（左：人员经费 301、303；右：公用经费 302、310），按左栏、右栏先后读取；两栏各自的合计记为人员经费、公用经费，表中未印基本支出合计',
    ],
  };
}
