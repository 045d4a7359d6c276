import Decimal from 'decimal.js';
import type { ExtractedRow, ExtractedTable, SourceBox } from './extracted';
import { isCurrentTotal, pairSides, sideItem } from './pair-table';
import type { Problem } from './problems';
import { TABLE_NAMES } from './table-names';
import type { TableKind } from './table-kinds';

const D = (s: string | null | undefined) => new Decimal(s ?? 0);

/** Parts that add up to 合计 in each kind of table (those the table prints). */
const PARTS: Partial<Record<TableKind, string[]>> = {
  expenditure: ['basic', 'project', 'reserve', 'toSuperior', 'toAffiliated', 'operatingExpense'],
  gpbExpenditure: ['basic', 'project'],
  govFund: ['basic', 'project'],
  stateCapital: ['basic', 'project'],
  fiscalExpenditure: ['basic', 'project'],
  income: [
    'fiscal',
    'business',
    'operating',
    'other',
    'superior',
    'affiliated',
    'specialAccount',
    'unitFunds',
  ],
  gpbBasic: ['personnel', 'public'],
  fiscalBasic: ['personnel', 'public'],
};

/**
 * A 万元 table prints figures rounded from 元 to 0.01: n parts and their total, each off by up to 0.005, may differ by
 * up to (n + 1) × 0.005 and all be right. Such a difference warns — a reader sees that the table does not add up —
 * and says so, instead of blocking. A blank total, or any other unit, gets no such allowance.
 */
function sumProblem(
  t: ExtractedTable,
  printed: string | null | undefined,
  sum: Decimal,
  parts: number,
  what: string,
): Pick<Problem, 'severity' | 'what'> {
  const diff = D(printed).minus(sum).abs();
  const rounding =
    t.unit === '万元' &&
    printed !== null &&
    printed !== undefined &&
    diff.lte(new Decimal(0.005).times(parts + 1));
  if (!rounding) return { severity: 'blocks', what };
  return {
    severity: 'warns',
    what: `${what}（差 ${diff.toFixed(2)} 万元，在 ${parts + 1} 个各自四舍五入到 0.01 的数的误差之内：可能是舍入差）`,
  };
}

/**
 * 收入 = 支出 + 结余: on each side of a 收支总表, 总计 = 本年收入合计 (本年支出合计) + the lines printed between them —
 * 年初结转和结余 and 使用非财政拨款结余 on the income side, 年末结转和结余 and 结余分配 on the other.
 */
export function carryoverSums(t: ExtractedTable): Problem[] {
  const out: Problem[] = [];
  pairSides(t.columns)
    .slice(0, 2)
    .forEach((side, i) => {
      const key = side.amounts[0];
      const word = i === 0 ? '收入' : '支出';
      if (!key) return;
      const item = (r: ExtractedRow) => sideItem(r, side);
      const from = t.rows.findIndex((r) => isCurrentTotal(item(r), i));
      const to = t.rows.findLastIndex((r) => new RegExp(`^(${word})?总计$`).test(item(r)));
      const current = t.rows[from];
      const grand = t.rows[to];
      if (from < 0 || to <= from || !current || !grand || grand.cells[key] === null) return;
      // The carried-over lines only: the 财政拨款 summary breaks 年初结转和结余 down into 一、二、三 under it.
      const between = t.rows.slice(from + 1, to).filter((r) => /结转|结余|事业基金/.test(item(r)));
      const sum = [current, ...between].reduce((s, r) => s.plus(D(r.cells[key])), new Decimal(0));
      if (sum.equals(D(grand.cells[key]))) return;
      out.push({
        id: `carryover:${t.kind}:${i}`,
        ...sumProblem(
          t,
          grand.cells[key],
          sum,
          between.length + 1,
          `${TABLE_NAMES[t.kind]}${word}总计 ≠ ${[current, ...between].map(item).join(' + ')}`,
        ),
        check: 'balance',
        printed: grand.cells[key] ?? '（空）',
        computed: sum.toString(),
        unit: t.unit ?? '',
        file: grand.source.file,
        page: grand.source.page,
        table: t.kind,
        row: grand.id,
        column: key,
        refs: [grand, current, ...between].map((r) => cellRef(t, r, key)),
      });
    });
  return out;
}

function cellRef(_t: ExtractedTable, r: ExtractedRow, key: string): SourceBox {
  return { file: r.source.file, page: r.source.page, box: r.cellBoxes[key] ?? r.source.box };
}

function rowLabel(r: ExtractedRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name || r.id;
}

/** Each row's 合计 = the sum of its parts (基本 + 项目; 人员 + 公用; the income sources). */
export function rowSums(t: ExtractedTable): Problem[] {
  // Side-by-side panels print one 决算数 per row: each row is in one panel, there is nothing to add up across.
  if (t.panels) return [];
  const parts = (PARTS[t.kind] ?? []).filter((k) => t.columns.some((c) => c.key === k));
  if (!parts.length || !t.columns.some((c) => c.key === 'total')) return [];
  const out: Problem[] = [];
  for (const r of t.rows) {
    if (r.cells.total === null && parts.every((k) => r.cells[k] === null)) continue;
    const sum = parts.reduce((s, k) => s.plus(D(r.cells[k])), new Decimal(0));
    if (sum.equals(D(r.cells.total))) continue;
    out.push({
      id: `row-sum:${t.kind}:${r.id}`,
      ...sumProblem(
        t,
        r.cells.total,
        sum,
        parts.filter((k) => r.cells[k] !== null).length,
        `${TABLE_NAMES[t.kind]}「${rowLabel(r)}」行：合计 ≠ ${parts.map((k) => label(t, k)).join(' + ')}`,
      ),
      check: 'row-sum',
      printed: r.cells.total ?? '（空）',
      computed: sum.toString(),
      unit: t.unit ?? '',
      file: r.source.file,
      page: r.source.page,
      table: t.kind,
      row: r.id,
      column: 'total',
      refs: ['total', ...parts].filter((k) => r.cells[k] !== null).map((k) => cellRef(t, r, k)),
    });
  }
  return out;
}

const label = (t: ExtractedTable, key: string) => t.columns.find((c) => c.key === key)?.label ?? key;

/** 类 = Σ 款, 款 = Σ 项 (function codes 3/5/7 digits; economic 3/5), 合计 = Σ 类 — in every money column. */
export function hierarchySums(t: ExtractedTable): Problem[] {
  const coded = t.rows.filter((r) => r.code);
  if (!coded.length) return [];
  const money = t.columns.filter((c) => c.kind === 'money').map((c) => c.key);
  const out: Problem[] = [];
  const childLen = (len: number) => (len === 3 ? 5 : len === 5 ? 7 : 0);
  const check = (parent: ExtractedRow | undefined, children: ExtractedRow[], level: string) => {
    if (!parent || !children.length) return;
    for (const key of money) {
      if (parent.cells[key] === null && children.every((c) => c.cells[key] === null)) continue;
      const sum = children.reduce((s, c) => s.plus(D(c.cells[key])), new Decimal(0));
      if (sum.equals(D(parent.cells[key]))) continue;
      out.push({
        id: `hierarchy:${t.kind}:${parent.id}:${key}`,
        ...sumProblem(
          t,
          parent.cells[key],
          sum,
          children.filter((c) => c.cells[key] !== null).length,
          `${TABLE_NAMES[t.kind]}「${rowLabel(parent)}」${label(t, key)} ≠ 其下各${level}之和（${children.length}行）`,
        ),
        check: 'hierarchy',
        printed: parent.cells[key] ?? '（空）',
        computed: sum.toString(),
        unit: t.unit ?? '',
        file: parent.source.file,
        page: parent.source.page,
        table: t.kind,
        row: parent.id,
        column: key,
        refs: [parent, ...children].map((r) => cellRef(t, r, key)),
      });
    }
  };
  for (const p of coded) {
    const len = p.code?.length ?? 0;
    const want = childLen(len);
    if (!want) continue;
    const children = coded.filter((c) => c.code?.length === want && c.code.startsWith(p.code ?? ''));
    check(p, children, want === 5 ? '款' : '项');
  }
  const total = t.rows.find((r) => r.id === 'total');
  if (t.panels) out.push(...panelSums(t, total, coded));
  else
    check(
      total,
      coded.filter((r) => r.code?.length === 3),
      '类',
    );
  return out;
}

/** Each panel's foot (人员经费合计, 公用经费合计) = the 类 printed in that panel. */
function panelSums(t: ExtractedTable, total: ExtractedRow | undefined, coded: ExtractedRow[]): Problem[] {
  const out: Problem[] = [];
  for (const panel of t.panels ?? []) {
    const classes = coded.filter((r) => r.code?.length === 3 && panel.rows.includes(r.id));
    if (!total || total.cells[panel.key] === undefined || !classes.length) continue;
    const sum = classes.reduce((s, c) => s.plus(D(c.cells.total)), new Decimal(0));
    if (sum.equals(D(total.cells[panel.key]))) continue;
    out.push({
      id: `hierarchy:${t.kind}:total:${panel.key}`,
      ...sumProblem(
        t,
        total.cells[panel.key],
        sum,
        classes.length,
        `${TABLE_NAMES[t.kind]}${label(t, panel.key)} ≠ 同栏各类之和（${classes.map((c) => c.code).join(' + ')}）`,
      ),
      check: 'hierarchy',
      printed: total.cells[panel.key] ?? '（空）',
      computed: sum.toString(),
      unit: t.unit ?? '',
      file: total.source.file,
      page: total.source.page,
      table: t.kind,
      row: total.id,
      column: panel.key,
      refs: [cellRef(t, total, panel.key), ...classes.map((c) => cellRef(t, c, 'total'))],
    });
  }
  return out;
}

/** 三公: 合计 = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行; with 会议费/培训费, 合计 = 三公小计 + 会议 + 培训. */
export function sangongSums(t: ExtractedTable): Problem[] {
  const r = t.rows.find((x) => Object.values(x.cells).some((v) => v !== null));
  if (!r) return [];
  const has = (k: string) => t.columns.some((c) => c.key === k);
  const out: Problem[] = [];
  const identity = (whole: string, parts: string[], what: string) => {
    if (!has(whole) || !parts.every(has)) return;
    const sum = parts.reduce((s, k) => s.plus(D(r.cells[k])), new Decimal(0));
    if (sum.equals(D(r.cells[whole]))) return;
    out.push({
      id: `sangong:${whole}`,
      ...sumProblem(t, r.cells[whole], sum, parts.length, what),
      check: 'sangong',
      printed: r.cells[whole] ?? '（空）',
      computed: sum.toString(),
      unit: t.unit ?? '',
      file: r.source.file,
      page: r.source.page,
      table: t.kind,
      row: r.id,
      column: whole,
      refs: [whole, ...parts].map((k) => cellRef(t, r, k)),
    });
  };
  const sangong = has('sangongTotal') ? 'sangongTotal' : 'total';
  identity(
    sangong,
    ['abroad', 'reception', 'vehicle'],
    '“三公”经费合计 ≠ 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费',
  );
  if (
    t.columns.some((c) => c.key === 'vehiclePurchase') ||
    t.columns.some((c) => c.key === 'vehicleOperation')
  )
    identity(
      'vehicle',
      ['vehiclePurchase', 'vehicleOperation'].filter(has),
      '公务用车购置及运行费 ≠ 购置费 + 运行费',
    );
  if (sangong === 'sangongTotal')
    identity(
      'total',
      ['sangongTotal', 'meetings', 'training'].filter(has),
      '合计 ≠ “三公”经费小计 + 会议费 + 培训费',
    );
  // A 决算 prints each item's 预算数 beside its 决算数: the same sums hold for the budgets.
  if (has('totalBudget')) {
    identity(
      'totalBudget',
      ['abroadBudget', 'receptionBudget', 'vehicleBudget'],
      '“三公”经费合计预算数 ≠ 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费的预算数',
    );
    identity(
      'vehicleBudget',
      ['vehiclePurchaseBudget', 'vehicleOperationBudget'],
      '公务用车购置及运行费预算数 ≠ 购置费 + 运行费的预算数',
    );
  }
  return out;
}
