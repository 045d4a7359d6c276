import type { Dataset } from '../domain/model';

/**
 * The string key naming what the document is — 部门预算, 单位预算, 部门决算, 单位决算 — so no view calls a final
 * account a budget (spent must never read as planned).
 */
export function documentLabelKey(
  d: Pick<Dataset, 'kind' | 'scope'>,
): 'shell.yearBudget' | 'shell.yearUnitBudget' | 'shell.yearFinal' | 'shell.yearUnitFinal' {
  if (d.kind === 'final') return d.scope === '单位' ? 'shell.yearUnitFinal' : 'shell.yearFinal';
  return d.scope === '单位' ? 'shell.yearUnitBudget' : 'shell.yearBudget';
}
