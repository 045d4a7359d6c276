import Decimal from 'decimal.js';
import type { ExtractedRow, ExtractedTable, SourceBox } from './extracted';
import { isCurrentTotal, pairSides, sideItem } from './pair-table';
import { lineAt, lineBox, type NarrativeSection } from './narrative';
import type { Problem } from './problems';
import { TABLE_NAMES } from './table-names';
import type { TableKind } from './table-kinds';

const D = (s: string | null | undefined) => new Decimal(s ?? 0);
const yuan = (v: Decimal, unit: string | null) => (unit === '万元' ? v.times(10000) : v);
const wan = (v: Decimal, unit: string | null) => (unit === '万元' ? v : v.div(10000));
const ref = (r: ExtractedRow, key: string): SourceBox => ({
  file: r.source.file,
  page: r.source.page,
  box: r.cellBoxes[key] ?? r.source.box,
});

type Tables = Partial<Record<TableKind, ExtractedTable>>;

/** The total a pair table's side prints (收入总计 / 支出总计; the last 总计 or 合计 of that side). */
function sideTotal(
  t: ExtractedTable,
  side: 'income' | 'expenditure',
): { row: ExtractedRow; key: string } | null {
  const s = pairSides(t.columns)[side === 'income' ? 0 : 1];
  const amountKey = s?.amounts[0];
  if (!s || !amountKey) return null;
  const re = side === 'income' ? /^(收入)?(总计|合计)$/ : /^(支出)?(总计|合计)$/;
  const rows = t.rows.filter((r) => re.test(sideItem(r, s)) && r.cells[amountKey] !== null);
  const prefer = rows.filter((r) => /总计/.test(sideItem(r, s)));
  const row = (prefer.length ? prefer : rows).at(-1);
  return row ? { row, key: amountKey } : null;
}

/** 本年收入合计 / 本年支出合计 of a summary that prints one (a 决算, or a budget with 上年结转), else null. */
function currentTotal(
  t: ExtractedTable,
  side: 'income' | 'expenditure',
): { row: ExtractedRow; key: string } | null {
  const n = side === 'income' ? 0 : 1;
  const s = pairSides(t.columns)[n];
  const key = s?.amounts[0];
  const row = s && t.rows.find((r) => isCurrentTotal(sideItem(r, s), n));
  return row && key && row.cells[key] !== null ? { row, key } : null;
}

function differ(
  id: string,
  what: string,
  a: { t: ExtractedTable; r: ExtractedRow; key: string },
  b: { t: ExtractedTable; r: ExtractedRow; key: string },
  severity: Problem['severity'] = 'warns',
): Problem | null {
  const va = yuan(D(a.r.cells[a.key]), a.t.unit);
  const vb = yuan(D(b.r.cells[b.key]), b.t.unit);
  if (va.equals(vb)) return null;
  return {
    id,
    severity,
    check: 'cross-table',
    what,
    printed: a.r.cells[a.key] ?? '（空）',
    computed:
      b.t.unit === a.t.unit
        ? (b.r.cells[b.key] ?? '（空）')
        : (a.t.unit === '万元' ? vb.div(10000) : vb).toString(),
    unit: a.t.unit ?? '',
    file: a.r.source.file,
    page: a.r.source.page,
    table: a.t.kind,
    row: a.r.id,
    column: a.key,
    refs: [ref(a.r, a.key), ref(b.r, b.key)],
  };
}

const total = (t: ExtractedTable | undefined) => t?.rows.find((r) => r.id === 'total');

/**
 * The 基本支出 the economic table prints: its 合计, or — for a 决算's two panels, which print no 合计 — 人员经费合计 +
 * 公用经费合计, as a row of its own for the comparison (pointing at the 人员经费合计 cell).
 */
function basicTotal(
  t: ExtractedTable | undefined,
): { t: ExtractedTable; r: ExtractedRow; key: string; name: string } | null {
  const r = total(t);
  if (!t || !r) return null;
  if (!t.panels) return { t, r, key: 'total', name: `${TABLE_NAMES[t.kind]}合计` };
  const keys = t.panels.map((p) => p.key).filter((k) => r.cells[k] !== undefined && r.cells[k] !== null);
  if (!keys.length) return null;
  const sum = keys.reduce((s, k) => s.plus(D(r.cells[k])), new Decimal(0));
  const labels = keys.map((k) => t.columns.find((c) => c.key === k)?.label ?? k);
  return {
    t,
    r: {
      ...r,
      cells: { ...r.cells, total: sum.toFixed(2) },
      cellBoxes: { ...r.cellBoxes, total: r.cellBoxes[keys[0] ?? ''] ?? r.source.box },
    },
    key: 'total',
    name: `${TABLE_NAMES[t.kind]}${labels.join(' + ')}`,
  };
}

/** The same figure printed in two tables must agree. */
export function crossTableChecks(tables: Tables, kind: 'budget' | 'final'): Problem[] {
  const out: Array<Problem | null> = [];
  const { summary, income, expenditure, gpbExpenditure, gpbBasic, fiscalSummary } = tables;
  for (const [s, side] of [
    [summary, 'income'],
    [summary, 'expenditure'],
    [fiscalSummary, 'income'],
    [fiscalSummary, 'expenditure'],
  ] as const) {
    if (!s) continue;
    const inc = sideTotal(s, 'income');
    const exp = sideTotal(s, 'expenditure');
    if (side === 'income' && inc && exp) {
      const p = differ(
        `balance:${s.kind}`,
        `${TABLE_NAMES[s.kind]}：收入总计 ≠ 支出总计`,
        { t: s, r: inc.row, key: inc.key },
        { t: s, r: exp.row, key: exp.key },
        'blocks',
      );
      if (p) out.push({ ...p, check: 'balance' });
    }
    const other = side === 'income' ? income : expenditure;
    // The income and expenditure tables hold this year's money: 本年收入合计 where the summary adds 结转和结余 to it.
    const mine = currentTotal(s, side) ?? (side === 'income' ? inc : exp);
    const tot = total(other);
    if (s === summary && other && mine && tot && tot.cells.total !== undefined)
      out.push(
        differ(
          `cross:${side}-total`,
          `${TABLE_NAMES.summary}的${side === 'income' ? '收入' : '支出'}总计 ≠ ${TABLE_NAMES[other.kind]}合计`,
          { t: s, r: mine.row, key: mine.key },
          { t: other, r: tot, key: 'total' },
        ),
      );
  }
  // 基本支出 of the 一般公共预算 is what the economic table breaks down.
  const gt = total(gpbExpenditure);
  const bt = basicTotal(gpbBasic);
  if (gpbExpenditure && gt && bt && gt.cells.basic !== undefined)
    out.push(
      differ(
        'cross:gpb-basic',
        `${TABLE_NAMES.gpbExpenditure}合计行的基本支出 ≠ ${bt.name}`,
        { t: gpbExpenditure, r: gt, key: 'basic' },
        bt,
      ),
    );
  const et = total(expenditure);
  // When everything is 一般公共预算 money (the two totals agree), the 支出总表 and the function table agree row by row.
  if (expenditure && gpbExpenditure && et && gt && D(et.cells.total).equals(D(gt.cells.total))) {
    if (bt && et.cells.basic !== undefined)
      out.push(
        differ(
          'cross:expenditure-basic',
          `${TABLE_NAMES.expenditure}合计行的基本支出 ≠ ${bt.name}`,
          { t: expenditure, r: et, key: 'basic' },
          bt,
        ),
      );
    const byCode = new Map(gpbExpenditure.rows.map((r) => [r.id, r]));
    for (const r of expenditure.rows) {
      const g = byCode.get(r.id);
      if (!g) continue;
      for (const key of ['total', 'basic', 'project'])
        if (r.cells[key] !== undefined && g.cells[key] !== undefined)
          out.push(
            differ(
              `cross:expenditure-gpb:${r.id}:${key}`,
              `${TABLE_NAMES.expenditure}与${TABLE_NAMES.gpbExpenditure}「${r.code ?? ''} ${r.name}」${key === 'total' ? '合计' : key === 'basic' ? '基本支出' : '项目支出'}不一致`,
              { t: expenditure, r, key },
              { t: gpbExpenditure, r: g, key },
            ),
          );
    }
  }
  // A budget's income by function equals its expenditure by function.
  if (kind === 'budget' && income && expenditure) {
    const byCode = new Map(expenditure.rows.map((r) => [r.id, r]));
    for (const r of income.rows) {
      const e = byCode.get(r.id);
      if (e && r.cells.total !== undefined && e.cells.total !== undefined)
        out.push(
          differ(
            `cross:income-expenditure:${r.id}`,
            `${TABLE_NAMES.income}与${TABLE_NAMES.expenditure}「${r.code ?? ''} ${r.name}」合计不一致`,
            { t: income, r, key: 'total' },
            { t: expenditure, r: e, key: 'total' },
          ),
        );
    }
  }
  return out.filter((p): p is Problem => p !== null);
}

const AMOUNT = '(-?[\\d,]+(?:\\.\\d+)?)万元';

/**
 * Amounts the narrative states about a table row it names: “X（类）Y（款）Z（项）”科目 N 万元, the 三公 total,
 * 机关运行经费, 收入/支出预算 totals. Compared at the narrative's precision (万元, rounded half-up).
 */
export function narrativeChecks(sections: readonly NarrativeSection[], tables: Tables): Problem[] {
  const out: Problem[] = [];
  const fn = tables.gpbExpenditure ?? tables.expenditure;
  const compare = (
    id: string,
    what: string,
    stated: string,
    at: { p: NarrativeSection['paragraphs'][number]; index: number },
    t: ExtractedTable,
    r: ExtractedRow,
    key: string,
  ) => {
    const statedValue = new Decimal(stated.replace(/,/g, ''));
    const places = Math.max(0, stated.split('.')[1]?.length ?? 0);
    const exact = wan(D(r.cells[key]), t.unit);
    const table = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    // Some documents cut 元 to 万元 instead of rounding (87.70 for 877,083): either way is the same figure.
    if (table.equals(statedValue) || exact.toDecimalPlaces(places, Decimal.ROUND_DOWN).equals(statedValue))
      return;
    const line = lineAt(at.p, at.index);
    out.push({
      id,
      severity: 'warns',
      check: 'narrative',
      what,
      printed: statedValue.toString(),
      computed: table.toFixed(places),
      unit: '万元',
      file: at.p.file,
      page: at.p.page,
      table: t.kind,
      row: r.id,
      column: key,
      refs: [{ file: at.p.file, page: at.p.page, box: line ? lineBox(line) : at.p.box }, ref(r, key)],
    });
  };
  const classNames = new Map<string, ExtractedRow[]>();
  for (const r of fn?.rows ?? []) if (r.code) classNames.set(r.name, [...(classNames.get(r.name) ?? []), r]);
  for (const s of sections)
    for (const p of s.paragraphs) {
      if (fn)
        for (const m of p.text.matchAll(
          new RegExp(`"([^"]+?)\\(类\\)([^"]+?)\\(款\\)([^"]+?)\\(项\\)"(?:科目)?${AMOUNT}`, 'g'),
        )) {
          const [, c, k, x, amount] = m;
          const cls = (classNames.get(c ?? '') ?? []).filter((r) => r.code?.length === 3);
          const kuan = (classNames.get(k ?? '') ?? []).filter(
            (r) => r.code?.length === 5 && cls.some((q) => r.code?.startsWith(q.code ?? '')),
          );
          const item = (classNames.get(x ?? '') ?? []).filter(
            (r) => r.code?.length === 7 && kuan.some((q) => r.code?.startsWith(q.code ?? '')),
          );
          const row = item[0];
          if (item.length !== 1 || !row || !amount) continue;
          compare(
            `narrative:${row.id}`,
            `说明中「${c}(类)${k}(款)${x}(项)」${amount}万元 ≠ ${TABLE_NAMES[fn.kind]}${row.code}行合计`,
            amount,
            { p, index: m.index ?? 0 },
            fn,
            row,
            'total',
          );
        }
      const sg = tables.sangong;
      const sgRow = sg?.rows[0];
      if (sg && sgRow) {
        const m = new RegExp(`"三公"经费(?:预算数|预算|决算数)?(?:为|共计|合计)${AMOUNT}`).exec(p.text);
        const key = sg.columns.some((c) => c.key === 'sangongTotal') ? 'sangongTotal' : 'total';
        if (m?.[1] && sgRow.cells[key] !== undefined && !/决算/.test(m[0]))
          compare(
            'narrative:sangong',
            `说明中“三公”经费 ${m[1]}万元 ≠ ${TABLE_NAMES.sangong}合计`,
            m[1],
            { p, index: m.index },
            sg,
            sgRow,
            key,
          );
        const o = new RegExp(`机关运行经费(?:预算)?(?:为|共计)${AMOUNT}`).exec(p.text);
        if (o?.[1] && sgRow.cells.operatingCosts !== undefined)
          compare(
            'narrative:operatingCosts',
            `说明中机关运行经费 ${o[1]}万元 ≠ ${TABLE_NAMES.sangong}机关运行经费`,
            o[1],
            { p, index: o.index },
            sg,
            sgRow,
            'operatingCosts',
          );
      }
      const summary = tables.summary;
      if (summary) {
        const inc = sideTotal(summary, 'income');
        const exp = sideTotal(summary, 'expenditure');
        const mi = new RegExp(`收入预算(?:总计|合计|为)?${AMOUNT}`).exec(p.text);
        if (mi?.[1] && inc)
          compare(
            'narrative:income',
            `说明中收入预算 ${mi[1]}万元 ≠ ${TABLE_NAMES.summary}收入总计`,
            mi[1],
            { p, index: mi.index },
            summary,
            inc.row,
            inc.key,
          );
        const me = new RegExp(`支出预算(?:总计|合计|为)?${AMOUNT}`).exec(p.text);
        if (me?.[1] && exp)
          compare(
            'narrative:expenditure',
            `说明中支出预算 ${me[1]}万元 ≠ ${TABLE_NAMES.summary}支出总计`,
            me[1],
            { p, index: me.index },
            summary,
            exp.row,
            exp.key,
          );
      }
    }
  out.push(...finalNarrativeChecks(sections, tables));
  // One problem per id (a statement repeated in two sections is one statement).
  return [...new Map(out.map((p) => [p.id, p])).values()];
}

/**
 * 决算 narrative: "年初预算为 X 万元，支出决算为 Y 万元。决算数大于/小于/等于预算数" must say what X and Y say;
 * "收入支出总计 N 万元" must be the 收支总表's 总计.
 */
function finalNarrativeChecks(sections: readonly NarrativeSection[], tables: Tables): Problem[] {
  const out: Problem[] = [];
  const at = (p: NarrativeSection['paragraphs'][number], index: number): SourceBox => {
    const line = lineAt(p, index);
    return { file: p.file, page: p.page, box: line ? lineBox(line) : p.box };
  };
  for (const s of sections)
    for (const p of s.paragraphs) {
      const re =
        /预算(?:数)?为(-?[\d,]+(?:\.\d+)?)万元[,，]?支出决算(?:数)?为(-?[\d,]+(?:\.\d+)?)万元[。,，]?(?:决算数)?(大于|小于|等于|高于|低于)(?:年初)?预算数/g;
      for (const m of p.text.matchAll(re)) {
        const [, b, a, word] = m;
        const budget = new Decimal((b ?? '0').replace(/,/g, ''));
        const actual = new Decimal((a ?? '0').replace(/,/g, ''));
        const truth = actual.greaterThan(budget) ? '大于' : actual.lessThan(budget) ? '小于' : '等于';
        const said = word === '高于' ? '大于' : word === '低于' ? '小于' : word;
        if (said === truth) continue;
        const ref = at(p, m.index ?? 0);
        out.push({
          id: `narrative:compare:${ref.page}:${m.index}`,
          severity: 'warns',
          check: 'narrative',
          what: `说明称决算数${word}预算数，但所列年初预算 ${budget} 万元、支出决算 ${actual} 万元：决算数${truth}预算数`,
          printed: said ?? '',
          computed: truth,
          unit: '万元',
          file: p.file,
          page: p.page,
          refs: [ref],
        });
      }
      const summary = tables.summary;
      const tot = summary ? sideTotal(summary, 'income') : null;
      const m = /(?:年度)?收入支出总计(-?[\d,]+(?:\.\d+)?)万元/.exec(p.text);
      if (
        summary &&
        tot &&
        m?.[1] &&
        !/财政拨款收入支出总计/.test(p.text.slice(Math.max(0, m.index - 6), m.index + 8))
      ) {
        const stated = new Decimal(m[1].replace(/,/g, ''));
        const table = wan(D(tot.row.cells[tot.key]), summary.unit);
        if (!table.toDecimalPlaces(2).equals(stated))
          out.push({
            id: 'narrative:final-total',
            severity: 'warns',
            check: 'narrative',
            what: `说明中收入支出总计 ${stated} 万元 ≠ ${TABLE_NAMES.summary}总计`,
            printed: stated.toString(),
            computed: table.toFixed(2),
            unit: '万元',
            file: p.file,
            page: p.page,
            table: 'summary',
            refs: [at(p, m.index), ref(tot.row, tot.key)],
          });
      }
    }
  return out;
}
