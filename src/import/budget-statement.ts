import Decimal from 'decimal.js';
import type { SourceBox } from './extracted';

/**
 * What a 决算's narrative says of one line — a 项, a “三公” item: the budget it names, the actual, the completion
 * ratio it states and its reason, with the clause quoted and where it stands. Amounts as printed (万元).
 */
export interface BudgetStatement {
  /** null: the clause names no budget. */
  budget: string | null;
  actual: string;
  statedRatio: string | null;
  reason: string | null;
  quote: string;
  file: string;
  page: number;
  box: readonly [number, number, number, number];
}

/** Where the statement stands, as a problem's reference. */
export const statementRef = (x: BudgetStatement): SourceBox => ({
  file: x.file,
  page: x.page,
  box: { x0: x.box[0], y0: x.box[1], x1: x.box[2], y1: x.box[3] },
});

/**
 * actual ÷ budget in %, at the places the document states its ratio with (half up); null when the budget is zero
 * (no ratio exists). The caller compares it with the stated ratio.
 */
export function ratioAtStatedPlaces(actual: Decimal, budget: Decimal, stated: string): Decimal | null {
  const places = stated.split('.')[1]?.length ?? 0;
  return budget.isZero()
    ? null
    : actual.div(budget).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** The statement as note facts `<id>.budget`, `<id>.actual`, `<id>.ratio` (each what the clause prints). */
export function statementFacts(
  id: string,
  label: string,
  x: BudgetStatement,
): Array<Record<string, unknown>> {
  const base = {
    label: label.slice(0, 200),
    quote: x.quote,
    source: { file: x.file, page: x.page, box: [...x.box] },
    ...(x.reason && { reason: x.reason.slice(0, 1000) }),
  };
  return [
    ...(x.budget !== null ? [{ id: `${id}.budget`, ...base, value: x.budget, unit: '万元' }] : []),
    { id: `${id}.actual`, ...base, value: x.actual, unit: '万元' },
    ...(x.statedRatio !== null ? [{ id: `${id}.ratio`, ...base, value: x.statedRatio, unit: '%' }] : []),
  ];
}
