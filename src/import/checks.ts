import Decimal from 'decimal.js';
import type { ExtractedRow, ExtractedTable, SourceBox } from './extracted';
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

function cellRef(_t: ExtractedTable, r: ExtractedRow, key: string): SourceBox {
  return { file: r.source.file, page: r.source.page, box: r.cellBoxes[key] ?? r.source.box };
}

function rowLabel(r: ExtractedRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name || r.id;
}

/** Each row's 合计 = the sum of its parts (基本 + 项目; 人员 + 公用; the income sources). */
export function rowSums(t: ExtractedTable): Problem[] {
  const parts = (PARTS[t.kind] ?? []).filter((k) => t.columns.some((c) => c.key === k));
  if (!parts.length || !t.columns.some((c) => c.key === 'total')) return [];
  const out: Problem[] = [];
  for (const r of t.rows) {
    if (r.cells.total === null && parts.every((k) => r.cells[k] === null)) continue;
    const sum = parts.reduce((s, k) => s.plus(D(r.cells[k])), new Decimal(0));
    if (sum.equals(D(r.cells.total))) continue;
    out.push({
      id: `row-sum:${t.kind}:${r.id}`,
      severity: 'blocks',
      check: 'row-sum',
      what: `${TABLE_NAMES[t.kind]}「${rowLabel(r)}」行：合计 ≠ ${parts.map((k) => label(t, k)).join(' + ')}`,
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
        severity: 'blocks',
        check: 'hierarchy',
        what: `${TABLE_NAMES[t.kind]}「${rowLabel(parent)}」${label(t, key)} ≠ 其下各${level}之和（${children.length}行）`,
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
  check(
    total,
    coded.filter((r) => r.code?.length === 3),
    '类',
  );
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
      severity: 'blocks',
      check: 'sangong',
      what,
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
