import { ZERO } from '../money';
import type { Dataset } from '../model';
import { type Check, moneyCheck, valueCheck } from './check';

const G = '绩效目标表';

export function performanceChecks(d: Dataset): Check[] {
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  const checks: Check[] = d.performance.flatMap((t) => {
    const p = projects.get(t.projectId);
    if (!p) return [];
    const fiscal = p.funding.fiscal ?? ZERO;
    const refs = [{ table: 'performance', row: t.projectId, column: 'funds', line: t.funds.total.line }];
    return [
      moneyCheck(
        `performance.${p.id}.total`,
        G,
        `${p.id}“${p.name}”绩效目标表的年度预算资金总额等于项目支出表的合计`,
        p.total,
        t.funds.total.value ?? ZERO,
        refs,
      ),
      moneyCheck(
        `performance.${p.id}.fiscal`,
        G,
        `${p.id}“${p.name}”绩效目标表的财政拨款等于项目支出表的财政拨款小计`,
        fiscal,
        t.funds.fiscal.value ?? ZERO,
        refs,
      ),
      moneyCheck(
        `performance.${p.id}.other`,
        G,
        `${p.id}“${p.name}”绩效目标表的其他资金等于项目合计减财政拨款`,
        p.total.minus(fiscal),
        t.funds.other.value ?? ZERO,
        refs,
      ),
    ];
  });
  const covered = new Set(d.performance.map((t) => t.projectId));
  const missing = d.projects.filter((p) => !covered.has(p.id));
  const stated = d.notes.facts.find((f) => f.id === 'performance.projects');
  checks.push(
    valueCheck(
      'performance.coverage',
      G,
      `说明称${stated ? stated.value.toFixed(0) : d.projects.length}个项目实施绩效目标管理;公开的绩效目标表数量${missing.length ? `(无表:${missing.map((p) => `${p.id} ${p.name}`).join('、')})` : ''}`,
      stated ? stated.value.toFixed(0) : String(d.projects.length),
      String(d.performance.length),
      'observation',
    ),
  );
  return checks;
}
