import Decimal from 'decimal.js';
import { ZERO } from '../money';
import type { Dataset } from '../model';
import { type Check, countCheck, moneyCheck } from './check';
import { message } from './messages';

const G = 'performance';

export function performanceChecks(d: Dataset): Check[] {
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  const checks: Check[] = d.performance.flatMap((t) => {
    const p = projects.get(t.projectId);
    if (!p) return [];
    const fiscal = p.funding.fiscal ?? ZERO;
    const refs = [{ table: 'performance', row: t.projectId, column: 'funds', line: t.funds.total.line }];
    const project = { project: p.id, name: p.name };
    return [
      moneyCheck(
        `performance.${p.id}.total`,
        G,
        message('reconcile.performance.total', project),
        p.total,
        t.funds.total.value ?? ZERO,
        refs,
      ),
      moneyCheck(
        `performance.${p.id}.fiscal`,
        G,
        message('reconcile.performance.fiscal', project),
        fiscal,
        t.funds.fiscal.value ?? ZERO,
        refs,
      ),
      moneyCheck(
        `performance.${p.id}.other`,
        G,
        message('reconcile.performance.other', project),
        p.total.minus(fiscal),
        t.funds.other.value ?? ZERO,
        refs,
      ),
    ];
  });
  const covered = new Set(d.performance.map((t) => t.projectId));
  const missing = d.projects.filter((p) => !covered.has(p.id));
  const stated =
    d.notes.facts.find((f) => f.id === 'performance.projects')?.value.toFixed(0) ?? String(d.projects.length);
  checks.push(
    countCheck(
      'performance.coverage',
      G,
      message('reconcile.performance.coverage', {
        stated,
        missing: missing.length
          ? message('reconcile.performance.coverageMissing', {
              projects: { list: missing.map((p) => `${p.id} ${p.name}`) },
            })
          : '',
      }),
      new Decimal(stated),
      new Decimal(d.performance.length),
      'observation',
    ),
  );
  return checks;
}
