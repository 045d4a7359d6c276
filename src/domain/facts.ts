import type Decimal from 'decimal.js';
import { type Money, percentChange } from './money';
import type { Dataset, NoteFact } from './model';

export function fact(d: Dataset, id: string): NoteFact | undefined {
  return d.notes.facts.find((f) => f.id === id);
}

/**
 * Last year's value derived from this year's value and the document's stated change. Derived, not published:
 * the UI labels it so.
 */
export interface DerivedPrior {
  current: Money;
  change: Money;
  prior: Money;
  changeFact: NoteFact;
  /** The percentage the document states, or null when it states none. */
  pctFact: NoteFact | undefined;
  /** change ÷ prior × 100, rounded to 2 places: the stated one's check, or the only one when none is stated. */
  pctDerived: Decimal | null;
}

export function derivePrior(d: Dataset, current: Money | undefined, changeId: string): DerivedPrior | null {
  const changeFact = fact(d, changeId);
  if (!changeFact || !current) return null;
  return {
    current,
    change: changeFact.value,
    prior: current.minus(changeFact.value),
    changeFact,
    pctFact: changeId.endsWith('.change') ? fact(d, `${changeId}Pct`) : undefined,
    pctDerived: percentChange(current.minus(changeFact.value), current),
  };
}
