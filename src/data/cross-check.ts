import {
  DEPARTMENT_ECONOMIC_CLASSES,
  FUNCTION_CLASSES,
  GOVERNMENT_ECONOMIC_CLASSES,
} from '../domain/classification';
import type { DataProblem } from './problems';
import type { RawDataset } from './schema-dataset';

const FUNCTION_TABLES = [
  'income',
  'expenditure',
  'gpbExpenditure',
  'procurement',
  'govFund',
  'stateCapital',
] as const;
const ECONOMIC_TABLES = ['gpbBasic', 'basic'] as const;

/** Checks a schema-valid dataset for what a schema cannot say: references, ids, codes, corrections. */
export function crossCheck(d: RawDataset, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (where: string, message: string) => problems.push({ file, where, message });

  for (const t of FUNCTION_TABLES)
    d.tables[t]?.rows.forEach((r, i) => {
      const at = `tables.${t}.rows[${i}]`;
      const cls = r.cells.class;
      if (cls && !(cls in FUNCTION_CLASSES))
        add(`${at}.cells.class`, `unknown function class code "${cls}" (not in the national 功能分类)`);
      // 功能分类 has three levels; a deeper code would be shown as a 项 and left out of every 项 check.
      for (const level of ['kuan', 'xiang'] as const) {
        const code = r.cells[level];
        if (code && code.length !== 2)
          add(`${at}.cells.${level}`, `"${code}" is not a ${level === 'kuan' ? '款' : '项'} code (2 digits)`);
      }
      if (/^\d{8,}$/.test(r.id))
        add(`${at}.id`, `function code "${r.id}" is deeper than 项 (类 3 + 款 2 + 项 2 digits)`);
    });
  for (const t of ECONOMIC_TABLES)
    d.tables[t]?.rows.forEach((r, i) => {
      const dc = r.cells.deptClass;
      const gc = r.cells.govClass;
      if (dc && !(dc in DEPARTMENT_ECONOMIC_CLASSES))
        add(`tables.${t}.rows[${i}].cells.deptClass`, `unknown 部门经济分类 code "${dc}"`);
      if (gc && !(gc in GOVERNMENT_ECONOMIC_CLASSES))
        add(`tables.${t}.rows[${i}].cells.govClass`, `unknown 政府经济分类 code "${gc}"`);
    });

  const projectIds = new Set<string>();
  let n = 0;
  d.tables.projects?.rows.forEach((r, i) => {
    if (r.id === 'total') return;
    n += 1;
    const expected = `p${String(n).padStart(2, '0')}`;
    if (r.id !== expected)
      add(`tables.projects.rows[${i}].id`, `project id "${r.id}" out of table order; expected "${expected}"`);
    if (!r.cells.name) add(`tables.projects.rows[${i}].cells.name`, 'project without a name');
    if (!r.cells.total) add(`tables.projects.rows[${i}].cells.total`, 'project without an amount (合计)');
    projectIds.add(r.id);
  });

  const withTable = new Set<string>();
  d.performance.forEach((p, i) => {
    if (!projectIds.has(p.projectId))
      add(
        `performance[${i}].projectId`,
        `points at project "${p.projectId}", which is not in the 项目支出 table`,
      );
    if (withTable.has(p.projectId))
      add(`performance[${i}].projectId`, `second performance table for "${p.projectId}"`);
    withTable.add(p.projectId);
    p.damage.forEach((dm, j) => {
      if (!resolvePath(p, dm.path).ok)
        add(`performance[${i}].damage[${j}].path`, `"${dm.path}" is not a text of this table`);
    });
  });

  const itemCodes = new Set(
    (d.tables.expenditure?.rows ?? []).map((r) => r.id).filter((id) => /^\d{7}$/.test(id)),
  );
  d.attributions.forEach((a, i) => {
    if (!projectIds.has(a.projectId)) add(`attributions[${i}].projectId`, `unknown project "${a.projectId}"`);
    if (!itemCodes.has(a.functionCode))
      add(`attributions[${i}].functionCode`, `"${a.functionCode}" is not a 项 of the 支出总体情况表`);
  });

  const sangongKeys = new Set((d.tables.sangong?.columns ?? []).map((c) => c.key));
  // An imported 三公 table has the columns its document prints (often no previous-year column).
  for (const y of d.provenance === 'pdf' ? [] : [d.year - 1, d.year])
    for (const k of ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'])
      if (!sangongKeys.has(`${k}${y}`)) add('tables.sangong.columns', `missing column "${k}${y}"`);

  const factIds = new Set<string>();
  d.notes.facts.forEach((f, i) => {
    if (factIds.has(f.id)) add(`notes.facts[${i}].id`, `duplicate fact id "${f.id}"`);
    factIds.add(f.id);
  });

  d.corrections.forEach((c, i) => {
    const found = resolvePath(d, c.path);
    if (!found.ok) add(`corrections[${i}].path`, `"${c.path}" does not point into the dataset`);
    else if ((found.value ?? null) !== c.value)
      add(
        `corrections[${i}].value`,
        `dataset holds ${JSON.stringify(found.value)} at ${c.path}, correction says ${JSON.stringify(c.value)}`,
      );
  });
  return problems;
}

/** Resolves `a.b[3].c` in a plain object. */
export function resolvePath(root: unknown, path: string): { ok: true; value: unknown } | { ok: false } {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let cur: unknown = root;
  for (const part of parts) {
    if (cur === null || typeof cur !== 'object') return { ok: false };
    const key = Array.isArray(cur) ? Number(part) : part;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return { ok: false };
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return { ok: true, value: cur };
}
