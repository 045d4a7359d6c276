import type Decimal from 'decimal.js';
import { type ProjectPool, functionsOfProject } from './functions';
import { type Money, sharesSummingTo100 } from './money';
import type { Column, Dataset, PerformanceTable, Project } from './model';
import { TABLE_COLUMNS } from './table-columns';
import { type Measurability, measurability } from './targets/measurability';

/** One row of the project list: what a reader compares projects by. */
export interface ProjectRow {
  id: string;
  name: string;
  type: string;
  total: Money;
  share: Decimal | null;
  /** Funding columns with money, by their published label (一般公共预算, 单位资金 …). */
  funding: string[];
  indicatorCount: number;
  /** 'attributed' when the document places the project under a 项; 'pool' otherwise. */
  attribution: 'attributed' | 'pool';
  functionCodes: string[];
  /** Another project carries the same name (the two 政务云服务费). */
  sameName: string[];
  /** How many of its targets cannot be checked at year end (targets/measurability.ts). */
  vague: Measurability;
}

/** The funding columns of the 项目支出 table, less 合计 and 财政拨款 (which add the others up). */
const FUNDING_KEYS = TABLE_COLUMNS.projects.filter((k) => !['name', 'type', 'total', 'fiscal'].includes(k));

export function fundingLabels(columns: readonly Column[], project: Project): string[] {
  return FUNDING_KEYS.filter((k) => project.funding[k] && !project.funding[k]?.isZero()).map(
    (k) => columns.find((c) => c.key === k)?.label ?? k,
  );
}

export function projectRows(d: Dataset, pool: ProjectPool): ProjectRow[] {
  // Shares add up to 100.00% across the 44 projects (largest remainder).
  const shares =
    sharesSummingTo100(
      d.projects.map((p) => p.total),
      2,
    ) ?? [];
  const perf = new Map(d.performance.map((t) => [t.projectId, t]));
  return d.projects.map((p, i) => {
    const f = functionsOfProject(pool, p.id);
    return {
      id: p.id,
      name: p.name,
      type: p.type,
      total: p.total,
      share: shares[i] ?? null,
      funding: fundingLabels(d.tables.projects.columns, p),
      indicatorCount: perf.get(p.id)?.indicators.length ?? 0,
      attribution: f.attributed.length ? 'attributed' : 'pool',
      functionCodes: f.attributed.length ? f.attributed : f.candidates,
      sameName: d.projects.filter((o) => o.name === p.name && o.id !== p.id).map((o) => o.id),
      vague: measurability(p, perf.get(p.id)),
    };
  });
}

export interface ProjectFilter {
  type: string | null;
  query: string;
  attribution: 'attributed' | 'pool' | null;
}

export function filterProjects(rows: readonly ProjectRow[], f: ProjectFilter): ProjectRow[] {
  const q = f.query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.type || r.type === f.type) &&
      (!f.attribution || r.attribution === f.attribution) &&
      (!q || r.name.toLowerCase().includes(q) || r.id === q),
  );
}

export function performanceOf(
  d: Dataset,
  projectId: string,
): { table: PerformanceTable; index: number } | null {
  const index = d.performance.findIndex((t) => t.projectId === projectId);
  const table = d.performance[index];
  return table ? { table, index } : null;
}
