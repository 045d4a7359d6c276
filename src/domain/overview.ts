import type Decimal from 'decimal.js';
import { derivePrior, type DerivedPrior, fact } from './facts';
import { type Money, ZERO, share } from './money';
import type { Dataset } from './model';
import { type SourceRef, cell, findRow, ref } from './table';

export interface Kpi {
  id: string;
  value: Money;
  /** Percent of the total where meaningful. */
  share?: Decimal | null;
  source: SourceRef | { fact: string; line: number };
}

export interface OverviewFigures {
  income: Kpi;
  expenditure: Kpi;
  basic: Kpi;
  project: Kpi;
  totalChange: DerivedPrior | null;
  sangong: Kpi;
  sangongChange: DerivedPrior | null;
  procurement: Kpi;
  adminCost: Kpi | null;
  adminCostChange: DerivedPrior | null;
  projectCount: number;
  projectsByType: ReadonlyArray<{ type: string; count: number; total: Money }>;
}

export function overviewFigures(d: Dataset): OverviewFigures {
  const { summary, expenditure, sangong, procurement } = d.tables;
  const st = findRow(summary, 'current-total');
  const et = findRow(expenditure, 'total');
  const sg = sangong.rows[0];
  const pt = findRow(procurement, 'total');
  const total = cell(et, 'total');
  const admin = fact(d, 'adminCost');
  const types = new Map<string, { count: number; total: Money }>();
  for (const p of d.projects) {
    const t = types.get(p.type) ?? { count: 0, total: ZERO };
    types.set(p.type, { count: t.count + 1, total: t.total.plus(p.total) });
  }
  const sangongNow = cell(sg, `total${d.year}`);
  return {
    income: {
      id: 'income',
      value: cell(st, 'incomeAmount'),
      source: st ? ref(summary, st, 'incomeAmount') : missing(),
    },
    expenditure: { id: 'expenditure', value: total, source: et ? ref(expenditure, et, 'total') : missing() },
    basic: {
      id: 'basic',
      value: cell(et, 'basic'),
      share: share(cell(et, 'basic'), total),
      source: et ? ref(expenditure, et, 'basic') : missing(),
    },
    project: {
      id: 'project',
      value: cell(et, 'project'),
      share: share(cell(et, 'project'), total),
      source: et ? ref(expenditure, et, 'project') : missing(),
    },
    totalChange: derivePrior(d, total, 'change.total'),
    sangong: {
      id: 'sangong',
      value: sangongNow,
      source: sg ? ref(sangong, sg, `total${d.year}`) : missing(),
    },
    sangongChange: derivePrior(d, sangongNow, 'sangong.total.change'),
    procurement: {
      id: 'procurement',
      value: cell(pt, 'total'),
      share: share(cell(pt, 'total'), total),
      source: pt ? ref(procurement, pt, 'total') : missing(),
    },
    adminCost: admin
      ? { id: 'adminCost', value: admin.value, source: { fact: admin.id, line: admin.line } }
      : null,
    adminCostChange: admin ? derivePrior(d, admin.value, 'adminCost.change') : null,
    projectCount: d.projects.length,
    projectsByType: [...types].map(([type, v]) => ({ type, ...v })),
  };
}

function missing(): SourceRef {
  return { table: '', row: '', column: '', line: 0 };
}
