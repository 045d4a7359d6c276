import Decimal from 'decimal.js';
import { share } from '../money';
import type { PerformanceTable, Project } from '../model';
import { type ParsedTarget, isQuantitative, parseTarget, targetInWan } from './parse-target';

/**
 * How far a project's targets can be checked at year end: of its indicators, how many are 定性 (a grade or a
 * sentence), how many are blank, and how many cost targets only restate the budget (a 成本指标 of exactly the
 * project's amount says nothing the budget does not).
 */
export interface Measurability {
  indicators: number;
  qualitative: number;
  blank: number;
  restatesBudget: number;
  /** (qualitative + blank + restatesBudget) ÷ indicators × 100, to 2 places; null without indicators. */
  vagueShare: Decimal | null;
}

export function measurability(project: Project, table: PerformanceTable | undefined): Measurability {
  const indicators = table?.indicators ?? [];
  let qualitative = 0;
  let blank = 0;
  let restatesBudget = 0;
  for (const i of indicators) {
    const t = parseTarget(i.target);
    if (t.kind === 'blank') blank++;
    else if (!isQuantitative(t)) qualitative++;
    else if (restates(i.level1, t, project)) restatesBudget++;
  }
  const vague = qualitative + blank + restatesBudget;
  return {
    indicators: indicators.length,
    qualitative,
    blank,
    restatesBudget,
    vagueShare: indicators.length ? share(new Decimal(vague), new Decimal(indicators.length)) : null,
  };
}

function restates(level1: string, t: ParsedTarget, project: Project): boolean {
  if (level1 !== '成本指标' || t.kind !== 'quantity' || t.comparator === '≥' || t.comparator === '>')
    return false;
  return targetInWan(t)?.eq(project.total) ?? false;
}
