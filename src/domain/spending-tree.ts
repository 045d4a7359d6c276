import { DEPARTMENT_ECONOMIC_CLASSES } from './classification';
import { type FunctionNode, type ProjectPool, functionTree, projectPool } from './functions';
import Decimal from 'decimal.js';
import { type Money, ZERO, apportion, sum } from './money';
import type { Dataset } from './model';
import { cell, findRow } from './table';

/** A chart-ready hierarchy of exact amounts. `view` + `param` say which view a sector opens. */
export interface SpendingNode {
  id: string;
  name: string;
  value: Money;
  view?: 'economic' | 'projects' | 'functions' | 'data';
  param?: string;
  query?: Record<string, string>;
  children?: SpendingNode[];
}

/** Centre: total; ring 1 基本/项目; ring 2 人员/公用 and project types; ring 3 economic 类 and projects. */
export function spendingByNature(d: Dataset): SpendingNode {
  const et = findRow(d.tables.expenditure, 'total');
  const basic = cell(et, 'basic');
  const project = cell(et, 'project');
  const gb = d.tables.gpbBasic.rows.filter((r) => r.id !== 'total' && !r.text.deptKuan);
  const byClass = (key: 'personnel' | 'public') => {
    const classes = [...new Set(gb.map((r) => r.text.deptClass ?? ''))];
    return classes
      .map((c) => ({ c, v: sum(gb.filter((r) => r.text.deptClass === c).map((r) => cell(r, key))) }))
      .filter(({ v }) => !v.isZero())
      .map(({ c, v }): SpendingNode => ({
        id: `eco-${key}-${c}`,
        name: `${c} ${DEPARTMENT_ECONOMIC_CLASSES[c] ?? ''}`.trim(),
        value: v,
        view: 'economic',
        query: { class: c },
      }));
  };
  const personnel = byClass('personnel');
  const pub = byClass('public');
  const basicChildren: SpendingNode[] = [
    {
      id: 'personnel',
      name: '人员支出',
      value: sum(personnel.map((n) => n.value)),
      view: 'economic',
      children: personnel,
    },
    {
      id: 'public',
      name: '日常公用支出',
      value: sum(pub.map((n) => n.value)),
      view: 'economic',
      children: pub,
    },
  ];
  const rest = basic.minus(sum(basicChildren.map((n) => n.value)));
  if (!rest.isZero())
    basicChildren.push({ id: 'basic-other', name: '其他资金安排的基本支出', value: rest, view: 'economic' });
  const types = [...new Set(d.projects.map((p) => p.type))];
  return {
    id: 'total',
    name: '支出合计',
    value: basic.plus(project),
    children: [
      { id: 'basic', name: '基本支出', value: basic, view: 'economic', children: basicChildren },
      {
        id: 'project',
        name: '项目支出',
        value: project,
        view: 'projects',
        children: types.map((t) => {
          const ps = d.projects.filter((p) => p.type === t);
          return {
            id: `type-${t}`,
            name: t,
            value: sum(ps.map((p) => p.total)),
            view: 'projects',
            query: { type: t },
            children: ps.map((p) => ({
              id: p.id,
              name: p.name,
              value: p.total,
              view: 'projects',
              param: p.id,
            })),
          };
        }),
      },
    ],
  };
}

/** 类 → 款 → 项 → 基本/项目; project spending not attributed by the document stays one labelled sector. */
export function spendingByFunction(d: Dataset): SpendingNode {
  const pool = projectPool(d);
  const et = findRow(d.tables.expenditure, 'total');
  const toNode = (n: FunctionNode): SpendingNode => ({
    id: n.code,
    name: `${n.code} ${n.name}`,
    value: n.total,
    view: 'functions',
    param: n.code,
    children: n.children.length ? n.children.map(toNode) : leafSplit(n, pool),
  });
  return { id: 'total', name: '支出合计', value: cell(et, 'total'), children: functionTree(d).map(toNode) };
}

function leafSplit(n: FunctionNode, pool: ProjectPool): SpendingNode[] {
  const out: SpendingNode[] = [];
  if (!n.basic.isZero())
    out.push({ id: `${n.code}-basic`, name: '基本支出', value: n.basic, view: 'economic' });
  if (n.project.isZero()) return out;
  const attributed = pool.attributed.get(n.code) ?? [];
  for (const p of attributed)
    out.push({ id: `${n.code}-${p.id}`, name: p.name, value: p.total, view: 'projects', param: p.id });
  const rest: Money = n.project.minus(sum(attributed.map((p) => p.total)));
  if (rest.gt(ZERO))
    out.push({
      id: `${n.code}-pool`,
      name: '项目支出(文件未逐项列明)',
      value: rest,
      view: 'functions',
      param: n.code,
    });
  return out;
}

/** Share of the root for every node, rounded so that each node's children add up to the node's share. */
export function treeShares(root: SpendingNode, places = 2): Map<string, Decimal> {
  const out = new Map<string, Decimal>([[root.id, new Decimal(100)]]);
  const walk = (n: SpendingNode, s: Decimal) => {
    const kids = n.children ?? [];
    const parts =
      apportion(
        kids.map((k) => k.value),
        s,
        places,
      ) ?? [];
    kids.forEach((k, i) => {
      out.set(k.id, parts[i] ?? ZERO);
      walk(k, parts[i] ?? ZERO);
    });
  };
  walk(root, new Decimal(100));
  return out;
}
