import type Decimal from 'decimal.js';
import { derivePrior, type DerivedPrior, fact } from './facts';
import { type Money, ZERO, share } from './money';
import type { MoneyColumn } from './table-columns';
import type { Dataset } from './model';
import { type SourceRef, cell, findRow, ref } from './table';

interface Kpi {
  id: string;
  value: Money;
  /** Percent of the total where meaningful. */
  share?: Decimal | null;
  source: SourceRef | { fact: string; line: number };
}

export interface OverviewFigures {
  income: Kpi;
  /** Income by source as the 收入总表's 合计 row gives it (only non-empty columns). */
  incomeParts: ReadonlyArray<{ key: string; label: string; term: string; value: Money }>;
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
  /** The changes the document states for 基本 and 项目 and for income (说明, 增减变化情况), with last year derived. */
  basicChange: DerivedPrior | null;
  projectChange: DerivedPrior | null;
  incomeChange: DerivedPrior | null;
  /** The largest projects of the 项目支出 table, each with its share of total expenditure (derived). */
  largest: readonly LargeProject[];
}

interface LargeProject {
  id: string;
  name: string;
  line: number;
  total: Money;
  /** total ÷ total expenditure × 100, to 2 places. */
  share: Decimal | null;
  /** Another project has the same name: the id tells them apart. */
  namesake: boolean;
}

/** How many of the largest projects the overview names. */
const LARGEST_COUNT = 5;

function largestProjects(d: Dataset, total: Money): LargeProject[] {
  return [...d.projects]
    .sort((a, b) => b.total.comparedTo(a.total))
    .slice(0, LARGEST_COUNT)
    .map((p) => ({
      id: p.id,
      name: p.name,
      line: p.line,
      total: p.total,
      share: share(p.total, total),
      namesake: d.projects.some((o) => o.name === p.name && o.id !== p.id),
    }));
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
    incomeParts: incomeParts(d),
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
    basicChange: derivePrior(d, cell(et, 'basic'), 'change.basic'),
    projectChange: derivePrior(d, cell(et, 'project'), 'change.project'),
    incomeChange: derivePrior(d, cell(st, 'incomeAmount'), 'change.income'),
    largest: largestProjects(d, total),
  };
}

function missing(): SourceRef {
  return { table: '', row: '', column: '', line: 0 };
}

function incomeParts(d: Dataset): Array<{ key: string; label: string; term: string; value: Money }> {
  const t = findRow(d.tables.income, 'total');
  const parts: ReadonlyArray<{ key: MoneyColumn<'income'>; label: string; term: string }> = [
    { key: 'gpb', label: '一般公共预算收入', term: '财政拨款收入' },
    { key: 'govFund', label: '政府性基金预算收入', term: '财政拨款收入' },
    { key: 'stateCapital', label: '国有资本经营预算收入', term: '财政拨款收入' },
    { key: 'specialAccount', label: '财政专户管理资金', term: '财政专户管理资金' },
    { key: 'business', label: '事业收入', term: '事业收入' },
    { key: 'operating', label: '事业单位经营收入', term: '事业单位经营收入' },
    { key: 'other', label: '其他收入', term: '其他收入' },
  ];
  return parts
    .map((p) => ({ key: p.key, label: p.label, term: p.term, value: cell(t, p.key) }))
    .filter((p) => !p.value.isZero());
}
