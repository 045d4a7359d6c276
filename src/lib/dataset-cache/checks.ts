import type { Dataset } from '../../domain/model';
import type { Check } from '../../domain/reconcile/check';
import {
  type ReconcileSummary,
  reconcile,
  reconcileInSlices,
  summarize,
} from '../../domain/reconcile/reconcile';
import { nextTask } from '../../data/next-task';

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

/** The same, computed a group at a time between browser tasks (for the header's banner after the first paint). */
export async function checksOfInSlices(dataset: Dataset) {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const checks = await reconcileInSlices(dataset, nextTask);
  const computed = cache.get(dataset) ?? { checks, summary: summarize(checks) };
  cache.set(dataset, computed);
  return computed;
}
