import type { Dataset } from '../../domain/model';
import type { Check } from '../../domain/reconcile/check';
import { type ReconcileSummary, reconcile, summarize } from '../../domain/reconcile/reconcile';

const cache = new WeakMap<Dataset, { checks: Check[]; summary: ReconcileSummary }>();

/** Reconciliation of a loaded dataset, computed once per dataset object. */
export function checksOf(dataset: Dataset) {
  let hit = cache.get(dataset);
  if (!hit) {
    const checks = reconcile(dataset);
    hit = { checks, summary: summarize(checks) };
    cache.set(dataset, hit);
  }
  return hit;
}
