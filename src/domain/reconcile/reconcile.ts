import type { Dataset } from '../model';
import type { Check } from './check';
import { economicChecks } from './economic';
import { functionTableChecks } from './function-tables';
import { notesChecks } from './notes';
import { performanceChecks } from './performance';
import { projectChecks } from './projects';
import { sangongChecks } from './sangong';
import { summaryChecks } from './summary';

const GROUPS = [
  summaryChecks,
  functionTableChecks,
  economicChecks,
  sangongChecks,
  projectChecks,
  notesChecks,
  performanceChecks,
] as const;

/** Every identity the document implies, checked exactly. */
export function reconcile(d: Dataset): Check[] {
  return groupsFor(d).flatMap((group) => group(d));
}

/**
 * These checks read the Shandong 12-table layout's columns. An imported dataset was checked by the importer,
 * by column role, whatever its layout (src/import/checks.ts; its <id>.report.json).
 */
function groupsFor(d: Dataset): typeof GROUPS | readonly [] {
  return d.provenance === 'pdf' ? [] : GROUPS;
}

/** The same checks in the same order, one group at a time with `pause` between (no long task in a browser). */
export async function reconcileInSlices(d: Dataset, pause: () => Promise<void>): Promise<Check[]> {
  const out: Check[] = [];
  for (const group of groupsFor(d)) {
    await pause();
    out.push(...group(d));
  }
  return out;
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
