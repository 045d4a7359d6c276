import type { Money } from '../money';
import type { Indicator, PerformanceTable, Project } from '../model';
import { parseTarget, targetInWan } from './parse-target';

/** A cost indicator whose ceiling exceeds this year's budget: a fact of the document (multi-year costs), not an error. */
export interface CostCeilingNote {
  projectId: string;
  indicator: Indicator;
  ceiling: Money;
  budget: Money;
}

export function costCeilingNotes(project: Project, table: PerformanceTable): CostCeilingNote[] {
  return table.indicators.flatMap((indicator) => {
    if (indicator.level1 !== '成本指标') return [];
    const target = parseTarget(indicator.target);
    const ceiling = targetInWan(target);
    if (!ceiling || target.kind !== 'quantity' || target.comparator === '≥' || target.comparator === '>')
      return [];
    return ceiling.gt(project.total)
      ? [{ projectId: project.id, indicator, ceiling, budget: project.total }]
      : [];
  });
}
