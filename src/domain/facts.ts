import type { Money } from './money';
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
  pctFact: NoteFact | undefined;
}

export function derivePrior(d: Dataset, current: Money | undefined, changeId: string): DerivedPrior | null {
  const changeFact = fact(d, changeId);
  if (!changeFact || !current) return null;
  return {
    current,
    change: changeFact.value,
    prior: current.minus(changeFact.value),
    changeFact,
    pctFact: fact(d, changeId.replace(/\.change$/, '.changePct')) ?? fact(d, `${changeId}Pct`),
  };
}
