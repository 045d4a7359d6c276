import type { Dataset } from '../model';
import type { Check } from './check';
import { economicChecks } from './economic';
import { functionTableChecks } from './function-tables';
import { notesChecks } from './notes';
import { performanceChecks } from './performance';
import { projectChecks } from './projects';
import { sangongChecks } from './sangong';
import { summaryChecks } from './summary';

/** Every identity the document implies, checked exactly. */
export function reconcile(d: Dataset): Check[] {
  return [
    ...summaryChecks(d),
    ...functionTableChecks(d),
    ...economicChecks(d),
    ...sangongChecks(d),
    ...projectChecks(d),
    ...notesChecks(d),
    ...performanceChecks(d),
  ];
}

export interface ReconcileSummary {
  total: number;
  passed: number;
  failedIdentities: Check[];
  observations: Check[];
}

export function summarize(checks: readonly Check[]): ReconcileSummary {
  return {
    total: checks.length,
    passed: checks.filter((c) => c.pass).length,
    failedIdentities: checks.filter((c) => !c.pass && c.severity === 'identity'),
    observations: checks.filter((c) => !c.pass && c.severity === 'observation'),
  };
}
