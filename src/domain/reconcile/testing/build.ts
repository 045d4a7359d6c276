// Test support: small datasets built by hand, each figure chosen so that the identity under test holds, and a
// `setCell`/`setFact` to break it by one figure. Domain values directly (no JSON, no validation): the checks are
// tested on exactly the rows given, and a row the checks skip is a row a test can see missing.
import type { BudgetTable, Dataset, PerformanceTable, Project, TableId, TableRow } from '../../model';
import { money } from '../../money';
import type { TextColumn } from '../../table-columns';
import { TABLE_IDS } from '../../table-ids';
import type { Check, CheckValue } from '../check';

export type Cells = Record<string, string | null>;
export interface RowSpec {
  id: string;
  money: Cells;
  text?: Partial<Record<TextColumn, string>>;
}

export interface DatasetSpec {
  year?: number;
  tables: Partial<Record<TableId, RowSpec[]>>;
  /** 项目 as the performance checks read them: total and the 财政拨款 part (null = blank cell). */
  projects?: Array<{ id: string; name: string; total: string; fiscal: string | null }>;
  performance?: Array<{
    projectId: string;
    total: string | null;
    fiscal: string | null;
    other: string | null;
  }>;
  /** Stated figures of the notes, by fact id. */
  facts?: Record<string, string>;
  attributions?: Array<{ projectId: string; functionCode: string }>;
}

export const row = (id: string, cells: Cells, text: RowSpec['text'] = {}): RowSpec => ({
  id,
  money: cells,
  text,
});

/** A function-code row (类 3 digits, 款 5, 项 7) named after its code. */
export const fnRow = (id: string, cells: Cells): RowSpec => row(id, cells, { name: `科目${id}` });

function table(id: TableId, specs: readonly RowSpec[] | undefined): BudgetTable {
  const keys = [...new Set((specs ?? []).flatMap((r) => Object.keys(r.money)))];
  const rows: TableRow[] = (specs ?? []).map((r, i) => ({
    id: r.id,
    line: 100 + i,
    text: { ...r.text },
    money: Object.fromEntries(Object.entries(r.money).map(([k, v]) => [k, v === null ? null : money(v)])),
  }));
  return {
    id,
    number: TABLE_IDS.indexOf(id) + 1,
    title: `表${id}`,
    unit: '万元',
    printedUnit: '万元',
    columns: keys.map((key) => ({ key, label: `列${key}`, kind: 'money' as const })),
    rows,
    published: specs !== undefined,
  };
}

export function build(spec: DatasetSpec): Dataset {
  const tables = Object.fromEntries(
    TABLE_IDS.map((id) => [id, table(id, spec.tables[id])]),
  ) as unknown as Dataset['tables'];
  const projects: Project[] = (spec.projects ?? []).map((p, i) => ({
    id: p.id,
    name: p.name,
    type: '特定目标类',
    line: 200 + i,
    total: money(p.total),
    funding: { fiscal: p.fiscal === null ? null : money(p.fiscal) },
  }));
  const amount = (v: string | null, line: number) => ({ value: v === null ? null : money(v), line });
  const performance: PerformanceTable[] = (spec.performance ?? []).map((t, i) => ({
    projectId: t.projectId,
    printedName: t.projectId,
    lines: [300 + i, 300 + i],
    match: 'exact',
    department: { code: '1', name: '部门', line: 300 + i },
    implementingUnit: { name: '单位', line: 300 + i },
    funds: {
      total: amount(t.total, 300 + i),
      fiscal: amount(t.fiscal, 300 + i),
      other: amount(t.other, 300 + i),
    },
    goals: [],
    indicators: [],
    damage: [],
  }));
  const located = { text: '', line: 0 };
  return {
    id: 'constructed',
    provenance: 'text',
    kind: 'budget',
    scope: '部门',
    department: { code: '1', name: '部门' },
    year: spec.year ?? 2023,
    unit: '万元',
    source: { title: 'constructed', file: 'constructed.txt' },
    normalization: [],
    overview: { title: located, duties: [], unitsIntro: located, units: [] },
    tables,
    projects,
    performance,
    notes: {
      sections: [],
      facts: Object.entries(spec.facts ?? {}).map(([id, v], i) => ({
        id,
        label: id,
        value: money(v),
        unit: '万元',
        quote: `述${id}`,
        line: 400 + i,
      })),
    },
    specialMatters: { heading: '', text: '', line: 0 },
    glossary: [],
    attributions: (spec.attributions ?? []).map((a) => ({ ...a, reason: 'test' })),
    corrections: [],
  };
}

/** Changes one money cell of a spec in place (the cell must exist: a typo is an error, not a new cell). */
export function setCell(spec: DatasetSpec, tableId: TableId, rowId: string, column: string, value: string) {
  const r = spec.tables[tableId]?.find((x) => x.id === rowId);
  if (!r || !(column in r.money)) throw new Error(`no cell ${tableId}/${rowId}/${column}`);
  r.money[column] = value;
}

export function setFact(spec: DatasetSpec, id: string, value: string) {
  if (!spec.facts || !(id in spec.facts)) throw new Error(`no fact ${id}`);
  spec.facts[id] = value;
}

const valueOf = (v: CheckValue) =>
  `${v.kind} ${v.value === null ? '—' : v.kind === 'count' ? v.value.toFixed() : v.value.toFixed(2)}`;

/** Every failed check (identity or observation) as [id, expected, actual], exact values as text. */
export const failures = (checks: readonly Check[]) =>
  checks.filter((c) => !c.pass).map((c) => [c.id, valueOf(c.expected), valueOf(c.actual)]);

export const ids = (checks: readonly Check[]) => checks.map((c) => c.id);
