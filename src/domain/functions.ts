import { functionLevel, type FunctionLevel } from './classification';
import { type Money, ZERO, sum } from './money';
import type { Dataset, PdfSource, Project } from './model';
import { cell, findRow } from './table';

/** A node of the 功能分类 tree (类 → 款 → 项) with its spending split, from the 支出总体情况表. */
export interface FunctionNode {
  code: string;
  level: FunctionLevel;
  name: string;
  total: Money;
  basic: Money;
  project: Money;
  /** 人员支出 / 日常公用支出 of the 一般公共预算 basic spending (table 五); zero where the table has no row. */
  personnel: Money;
  public: Money;
  line: number;
  /** Imported datasets: where the row is printed in the PDF. */
  source?: PdfSource | undefined;
  children: FunctionNode[];
}

export function functionTree(d: Dataset): FunctionNode[] {
  const { expenditure, gpbExpenditure } = d.tables;
  const nodes = expenditure.rows
    .filter((r) => r.id !== 'total')
    .map((r): FunctionNode => {
      const g = findRow(gpbExpenditure, r.id);
      return {
        code: r.id,
        level: functionLevel(r.id),
        name: r.text.name ?? r.id,
        total: cell(r, 'total'),
        basic: cell(r, 'basic'),
        project: cell(r, 'project'),
        personnel: cell(g, 'personnel'),
        public: cell(g, 'public'),
        line: r.line,
        source: r.source,
        children: [],
      };
    });
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const roots: FunctionNode[] = [];
  for (const n of nodes) {
    const parent = byCode.get(n.code.slice(0, n.code.length - 2));
    if (n.level !== '类' && parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

export function findFunction(roots: readonly FunctionNode[], code: string): FunctionNode | undefined {
  for (const r of roots) {
    if (r.code === code) return r;
    const hit = findFunction(r.children, code);
    if (hit) return hit;
  }
  return undefined;
}

/** 类 → 款 → 项 path to a code, for breadcrumbs. */
export function functionPath(roots: readonly FunctionNode[], code: string): FunctionNode[] {
  const out: FunctionNode[] = [];
  for (let len = 3; len <= code.length; len += 2) {
    const n = findFunction(roots, code.slice(0, len));
    if (n) out.push(n);
  }
  return out;
}

/**
 * Which projects sit under which 项. The document gives project spending per 项 only as totals, so only
 * attributions it establishes are used; the rest form one pool bounded by the 项 totals it could belong to.
 */
export interface ProjectPool {
  attributed: ReadonlyMap<string, readonly Project[]>;
  unattributed: readonly Project[];
  unattributedTotal: Money;
  /** 项 whose project spending is not fully attributed, with the part left for the pool. */
  candidates: ReadonlyArray<{ code: string; name: string; projectSpending: Money; remaining: Money }>;
}

export function projectPool(d: Dataset): ProjectPool {
  const byId = new Map(d.projects.map((p) => [p.id, p]));
  const attributed = new Map<string, Project[]>();
  const attributedIds = new Set<string>();
  for (const a of d.attributions) {
    const p = byId.get(a.projectId);
    if (!p) continue;
    attributed.set(a.functionCode, [...(attributed.get(a.functionCode) ?? []), p]);
    attributedIds.add(p.id);
  }
  const unattributed = d.projects.filter((p) => !attributedIds.has(p.id));
  const candidates = d.tables.expenditure.rows
    .filter((r) => /^\d{7}$/.test(r.id) && !cell(r, 'project').isZero())
    .map((r) => {
      const projectSpending = cell(r, 'project');
      const remaining = projectSpending.minus(sum((attributed.get(r.id) ?? []).map((p) => p.total)));
      return { code: r.id, name: r.text.name ?? r.id, projectSpending, remaining };
    })
    .filter((c) => c.remaining.gt(ZERO));
  return { attributed, unattributed, unattributedTotal: sum(unattributed.map((p) => p.total)), candidates };
}

/** Function codes a project is known to be under (attributed), or the candidate codes of the pool. */
export function functionsOfProject(
  pool: ProjectPool,
  projectId: string,
): { attributed: string[]; candidates: string[] } {
  const attributed = [...pool.attributed]
    .filter(([, ps]) => ps.some((p) => p.id === projectId))
    .map(([code]) => code);
  return { attributed, candidates: attributed.length ? [] : pool.candidates.map((c) => c.code) };
}
