import { functionTree } from './functions';
import type { Money } from './money';
import type { Dataset } from './model';
import { overviewFigures } from './overview';
import { cell, findRow } from './table';

/**
 * A dataset's headline figures, small enough to carry in the catalog for every department-year: listing and
 * comparing read these, never the dataset files. Amounts in 万元 as exact decimal strings (元 tables are converted
 * exactly); null where the document prints no such figure.
 */
export interface DatasetSummary {
  /**
   * 本年收入合计 (the summary table's income this year; its 收入总计 where nothing is carried over) and 支出合计 (the
   * 支出总表's 合计 row).
   */
  income: string | null;
  total: string | null;
  basic: string | null;
  project: string | null;
  sangong: string | null;
  /** 机关运行经费: the fact the narrative states, else the 机关运行经费 table's or column's total. */
  operatingCosts: string | null;
  /** 合计 per function 类 (2-digit… 3-digit code) of the 支出总表. */
  functions: Record<string, { name: string; total: string }>;
  /** The change the document states against last year, per figure (see STATED). */
  stated?: Partial<
    Record<
      StatedFigure,
      { label: string; change: string; reason?: string; line?: number; file?: string; page?: number }
    >
  >;
}

type StatedFigure = 'income' | 'total' | 'sangong' | 'operatingCosts';

/**
 * Which stated change belongs beside which figure, best first. A statement about 财政拨款 stands beside the total
 * under its own label: the reader sees what the document compared.
 */
const STATED: Record<StatedFigure, readonly string[]> = {
  income: ['change.total', 'change.income', 'change.fiscalIncome'],
  total: ['change.total', 'change.expenditure', 'change.fiscalExpenditure', 'change.gpbExpenditure'],
  sangong: ['sangong.total.change'],
  operatingCosts: ['adminCost.change'],
};

const REASON_MAX = 200;

function statedChanges(d: Dataset): DatasetSummary['stated'] {
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  const out: NonNullable<DatasetSummary['stated']> = {};
  for (const [figure, ids] of Object.entries(STATED) as Array<[StatedFigure, readonly string[]]>) {
    const f = ids.map((id) => facts.get(id)).find(Boolean);
    if (!f) continue;
    const reason = f.reason && f.reason.length > REASON_MAX ? `${f.reason.slice(0, REASON_MAX)}…` : f.reason;
    out[figure] = {
      label: f.label.slice(0, 60),
      change: f.value.toFixed(),
      ...(reason && { reason }),
      ...(f.source
        ? { ...(f.source.file && { file: f.source.file }), page: f.source.page }
        : { line: f.line }),
    };
  }
  return Object.keys(out).length ? out : undefined;
}

const amount = (m: Money | null | undefined): string | null => (m ? m.toFixed() : null);

export function datasetSummary(d: Dataset): DatasetSummary {
  const f = overviewFigures(d);
  const et = findRow(d.tables.expenditure, 'total');
  const st = findRow(d.tables.summary, 'current-total') ?? findRow(d.tables.summary, 'grand-total');
  const sg = d.tables.sangong.rows[0];
  const oc = findRow(d.tables.operatingCosts, 'total');
  const functions: Record<string, { name: string; total: string }> = {};
  const stated = statedChanges(d);
  // Only rows with a 类 code: a row the importer could not give a code to (r01 …) is no function.
  for (const n of functionTree(d))
    if (/^\d{3}$/.test(n.code)) functions[n.code] = { name: n.name, total: n.total.toFixed() };
  return {
    income: st ? amount(f.income.value) : null,
    total: et ? amount(f.expenditure.value) : null,
    basic: et?.money.basic ? amount(f.basic.value) : null,
    project: et?.money.project ? amount(f.project.value) : null,
    // A 决算 prints 预算数 beside 决算数: a blank 决算数 there is nothing spent (0), not a figure left out.
    sangong:
      sg?.money[`total${d.year}`] || d.tables.sangong.columns.some((c) => c.key === `totalBudget${d.year}`)
        ? amount(f.sangong.value)
        : null,
    operatingCosts:
      amount(f.adminCost?.value) ??
      amount(sg?.money[`operatingCosts${d.year}`]) ??
      (oc?.money.total ? amount(cell(oc, 'total')) : null),
    functions,
    ...(stated && { stated }),
  };
}
