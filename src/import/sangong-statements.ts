import Decimal from 'decimal.js';
import { type BudgetStatement, ratioAtStatedPlaces, statementRef } from './budget-statement';
import type { ExtractedTable } from './extracted';
import type { NarrativeParagraph, NarrativeSection } from './narrative';
import type { Problem } from './problems';
import { paragraphBox } from './stated-changes';
import { TABLE_NAMES } from './table-names';

type SangongStatedItem = 'total' | 'abroad' | 'vehicle' | 'reception';

/**
 * What a 部门决算's narrative says of “三公” (section 七): “"三公"经费财政拨款支出年初预算为 0.95 万元,支出决算为
 * 0.00 万元,完成预算的 0%,其中:因公出国(境)费决算为 0.00 万元,完成预算的 0%;…”. Amounts as printed (万元).
 */
export interface SangongStatement extends BudgetStatement {
  item: SangongStatedItem;
  printedName: string;
}

const N = ' ?([\\d,]+(?:\\.\\d+)?) ?';
/** One clause: name, optional 预算, 决算, optional 完成预算的 R%. Narrative text is folded: “” are ", （） are (). */
const CLAUSE = new RegExp(
  `("三公"经费(?:财政拨款)?支出|因公出国\\(境\\)费(?:用)?|公务用车购置及运行(?:维护)?费|公务接待费)(?:支出)?` +
    `(?:(?:年初|全年)?预算(?:数)?为${N}万元[,，]?)?(?:支出)?决算(?:数)?为${N}万元` +
    `(?:[,，]完成(?:年初|全年)?预算(?:数)?的 ?([\\d.]+) ?%)?`,
  'g',
);
const ITEM_OF: ReadonlyArray<readonly [RegExp, SangongStatedItem]> = [
  [/三公/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务用车/, 'vehicle'],
  [/公务接待/, 'reception'],
];
const plain = (s: string | undefined) => (s === undefined ? null : s.replace(/,/g, ''));

/** Each 三公 item's first statement of 决算 (and 预算, ratio, reason) in the narrative. */
export function sangongStatements(sections: readonly NarrativeSection[]): SangongStatement[] {
  const out = new Map<SangongStatedItem, SangongStatement>();
  for (const s of sections)
    for (const p of s.paragraphs) {
      if (!/"三公"经费/.test(p.text) || !/决算/.test(p.text)) continue;
      for (const m of p.text.matchAll(CLAUSE)) {
        const [quote, name = '', budget, actual, ratio] = m;
        const item = ITEM_OF.find(([re]) => re.test(name))?.[1];
        if (!item || out.has(item) || actual === undefined) continue;
        out.set(item, {
          item,
          printedName: name.replace(/"([^"]*)"/g, '“$1”'),
          budget: plain(budget),
          actual: plain(actual) ?? '',
          statedRatio: ratio ?? null,
          reason: item === 'total' ? totalReason(p) : null,
          quote: quote.slice(0, 1000),
          file: p.file,
          page: p.page,
          box: paragraphBox(p, m.index ?? 0),
        });
      }
    }
  return [...out.values()];
}

/** “…“三公”经费支出决算数小于预算数的主要原因:当年度无“三公”经费支出。” */
function totalReason(p: NarrativeParagraph): string | null {
  return (
    /[^。；;]*"三公"经费[^。；;]*?(?:大于|小于|等于|高于|低于)预算数的主要原因[:：][^。]*。/.exec(
      p.text,
    )?.[0] ?? null
  );
}

/**
 * The statements against the “三公” table's 预算数 / 决算数 pairs (a blank cell is a zero the table prints blank),
 * and each stated ratio against the table's own budget: a ratio of a budget the table leaves blank cannot be right.
 */
export function sangongStatementChecks(
  statements: readonly SangongStatement[],
  sg: ExtractedTable | undefined,
): Problem[] {
  // A table printed with every cell blank has no data row: every 预算数 and 决算数 is then a blank, a zero.
  const row = sg?.rows.find((r) => Object.values(r.cells).some((v) => v !== null)) ?? sg?.rows[0];
  if (!sg || !sg.columns.some((c) => c.key === 'totalBudget') || sg.unit !== '万元') return [];
  const out: Problem[] = [];
  const label = (x: SangongStatement) => `说明中${x.printedName}`;
  const cellRefs = (key: string) =>
    row ? [{ file: row.source.file, page: row.source.page, box: row.cellBoxes[key] ?? row.source.box }] : [];
  const cell = (key: string) => new Decimal(row?.cells[key] ?? 0);
  for (const x of statements) {
    const compare = (stated: string, key: string, what: string) => {
      const places = stated.split('.')[1]?.length ?? 0;
      const table = cell(key).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      if (table.equals(stated)) return;
      out.push({
        id: `narrative:sangong-${what === '预算' ? 'budget' : 'actual'}:${x.item}`,
        severity: 'warns',
        check: 'narrative',
        what: `${label(x)}${what}为 ${stated} 万元 ≠ ${TABLE_NAMES.sangong}${x.printedName.includes('三公') ? '合计' : '此项'}${what}数（${row?.cells[key] ?? '空'}）`,
        printed: new Decimal(stated).toString(),
        computed: table.toFixed(places),
        unit: '万元',
        file: x.file,
        page: x.page,
        table: 'sangong',
        row: row?.id,
        column: key,
        refs: [statementRef(x), ...cellRefs(key)],
      });
    };
    if (x.budget !== null) compare(x.budget, `${x.item}Budget`, '预算');
    compare(x.actual, x.item, '决算');
    if (x.statedRatio === null) continue;
    const places = x.statedRatio.split('.')[1]?.length ?? 0;
    const computed = ratioAtStatedPlaces(cell(x.item), cell(`${x.item}Budget`), x.statedRatio);
    if (computed?.equals(x.statedRatio)) continue;
    out.push({
      id: `narrative:sangong-ratio:${x.item}`,
      severity: 'warns',
      check: 'narrative',
      what: computed
        ? `${label(x)}完成预算的 ${x.statedRatio}%，与${TABLE_NAMES.sangong}的决算数 ÷ 预算数不符`
        : `${label(x)}完成预算的 ${x.statedRatio}%，但${TABLE_NAMES.sangong}此项未列预算数：完成比例无从计算`,
      printed: x.statedRatio,
      computed: computed ? computed.toFixed(places) : '—',
      unit: '%',
      file: x.file,
      page: x.page,
      table: 'sangong',
      row: row?.id,
      column: `${x.item}Budget`,
      refs: [statementRef(x), ...cellRefs(`${x.item}Budget`), ...cellRefs(x.item)],
    });
  }
  return out;
}
