import Decimal from 'decimal.js';
import { type BudgetStatement, ratioAtStatedPlaces, statementRef } from './budget-statement';
import type { ExtractedTable } from './extracted';
import { paragraphBox } from './stated-changes';
import type { NarrativeParagraph, NarrativeSection } from './narrative';
import type { Problem } from './problems';

/**
 * One 项 of a 部门决算's narrative: “…(类)…(款)…(项)。主要用于:…。年初预算为 X 万元,支出决算为 Y 万元,完成年初
 * 预算的 Z%。决算数小于预算数的主要原因:…”. Amounts as printed (万元); the code found from the 一般公共预算财政
 * 拨款支出决算表 by the printed 类/款/项 names.
 */
export interface ExecutionItem extends BudgetStatement {
  code: string | null;
  /** 类 / 款 / 项 names as printed. */
  path: readonly [string, string, string];
  /** 年初预算 or 全年预算: which budget the document compares with. */
  budgetLabel: string;
  budget: string;
}

const NUM = ' ?([\\d,]+(?:\\.\\d+)?) ?';
const ITEM = /"?([^"(。;；、]+?)\(类\)([^"(。;；]+?)\(款\)([^"(。;；]+?)\(项\)"?/g;
const AMOUNTS = new RegExp(
  `^[^(]*?(年初预算|全年预算)(?:数)?为?${NUM}万元[,，]?(?:[^(。]{0,20}?)支出决算(?:数)?为?${NUM}万元`,
);
const RATIO = /^[,，]?完成(?:年初|全年)?预算(?:数)?的 ?([\d.]+) ?%/;

// As printed, less the thousands separators: “10.00” stays 10.00 (the places are the document's precision).
const plain = (s: string) => s.replace(/,/g, '');

/** The narrative's per-项 年初预算 (or 全年预算) against 支出决算, in document order, with their stated reasons. */
export function executionItems(
  sections: readonly NarrativeSection[],
  fn: ExtractedTable | undefined,
): ExecutionItem[] {
  const out: ExecutionItem[] = [];
  for (const s of sections) {
    // A section's paragraphs read as one text: an item's “主要用于:” often ends a paragraph (and a page) and its
    // amounts start the next.
    const parts: Array<{ at: number; p: NarrativeParagraph }> = [];
    let text = '';
    for (const p of s.paragraphs) {
      parts.push({ at: text.length, p });
      text += p.text;
    }
    const matches = [...text.matchAll(ITEM)];
    matches.forEach((m, i) => {
      const at = m.index ?? 0;
      const part = [...parts].reverse().find((x) => x.at <= at);
      if (!part) return;
      const p = part.p;
      const start = at + m[0].length;
      const end = matches[i + 1]?.index ?? text.length;
      const body = text.slice(start, end);
      const a = AMOUNTS.exec(body);
      if (!a) return;
      const after = body.slice(a[0].length);
      const ratio = RATIO.exec(after);
      const rest = after.slice(ratio?.[0].length ?? 0);
      const reason = /^[。,，]?([^。]*主要原因[^。]*。)/.exec(rest)?.[1] ?? null;
      const path = [m[1], m[2], m[3]].map((x) => (x ?? '').replace(/^\d+[、.．]/, '').trim()) as [
        string,
        string,
        string,
      ];
      out.push({
        code: codeOf(fn, path),
        path,
        budgetLabel: a[1] as string,
        budget: plain(a[2] as string),
        actual: plain(a[3] as string),
        statedRatio: ratio ? (ratio[1] as string) : null,
        reason,
        quote: `${m[0]}${body.slice(0, a[0].length + (ratio?.[0].length ?? 0))}`.slice(0, 1000),
        file: p.file,
        page: p.page,
        box: paragraphBox(p, at - part.at),
      });
    });
  }
  return out;
}

/** The 7-digit code of the 项 whose 类, 款 and 项 names are printed (null unless exactly one row fits). */
function codeOf(fn: ExtractedTable | undefined, [c, k, x]: readonly [string, string, string]): string | null {
  const rows = fn?.rows ?? [];
  const bare = (s: string) => s.replace(/\s+/g, '');
  const named = (name: string, len: number) =>
    rows.filter((r) => r.code?.length === len && bare(r.name) === bare(name));
  // A 类 name the table lost to wrapping (社会工作部 2024 reads 201 as “支出”) does not hide its 款 and 项.
  const printed = named(c, 3);
  const cls = printed.length ? printed : rows.filter((r) => r.code?.length === 3);
  const kuan = named(k, 5).filter((r) => cls.some((q) => r.code?.startsWith(q.code ?? '')));
  const item = named(x, 7).filter((r) => kuan.some((q) => r.code?.startsWith(q.code ?? '')));
  return item.length === 1 ? (item[0]?.code ?? null) : null;
}

/**
 * The narrative against itself and the table: a stated ratio must be actual ÷ budget, and the stated 支出决算 must
 * be the table's 合计 for that 项.
 */
export function executionChecks(items: readonly ExecutionItem[], fn: ExtractedTable | undefined): Problem[] {
  const out: Problem[] = [];
  for (const x of items) {
    const name = x.path[2];
    if (x.statedRatio !== null) {
      const places = x.statedRatio.split('.')[1]?.length ?? 0;
      const computed = ratioAtStatedPlaces(new Decimal(x.actual), new Decimal(x.budget), x.statedRatio);
      if (!computed?.equals(x.statedRatio))
        out.push({
          id: `narrative:execution-ratio:${x.code ?? name}`,
          severity: 'warns',
          check: 'narrative',
          what: `说明中「${name}(项)」完成${x.budgetLabel}的${x.statedRatio}%,与所述金额不符(${x.actual} ÷ ${x.budget})`,
          printed: x.statedRatio,
          computed: computed ? computed.toFixed(places) : '—',
          unit: '%',
          file: x.file,
          page: x.page,
          refs: [statementRef(x)],
        });
    }
    const row = x.code ? fn?.rows.find((r) => r.code === x.code) : undefined;
    const total = fn?.unit === '万元' ? row?.cells.total : null;
    if (row && total != null && !new Decimal(total).equals(x.actual))
      out.push({
        id: `narrative:execution-actual:${x.code}`,
        severity: 'warns',
        check: 'narrative',
        what: `说明中「${name}(项)」支出决算${x.actual}万元 ≠ 一般公共预算财政拨款支出决算表${x.code}行合计`,
        printed: x.actual,
        computed: new Decimal(total).toString(),
        unit: '万元',
        file: x.file,
        page: x.page,
        table: fn?.kind,
        row: row.id,
        column: 'total',
        refs: [statementRef(x)],
      });
  }
  return out;
}
