import type { BudgetTable, Dataset, PerformanceTable, Project, TableId, TableRow } from '../domain/model';
import { money } from '../domain/money';
import type { RawDataset, RawPerformanceTable } from './schema-dataset';
import type { RawTable } from './schema-table';

/** The only place raw JSON becomes domain values: money strings → Decimal. Input is already validated. */
export function toDomain(raw: RawDataset): Dataset {
  const tables = Object.fromEntries(
    Object.entries(raw.tables).map(([id, t]) => [id, toTable(id as TableId, t)]),
  ) as Record<TableId, BudgetTable>;
  return {
    id: raw.id,
    department: raw.department,
    year: raw.year,
    unit: raw.unit,
    source: raw.source,
    normalization: raw.normalization,
    overview: raw.overview,
    tables,
    projects: toProjects(tables.projects),
    performance: raw.performance.map(toPerformance),
    notes: {
      sections: raw.notes.sections,
      facts: raw.notes.facts.map((f) => ({ ...f, value: money(f.value) })),
    },
    specialMatters: raw.specialMatters,
    glossary: raw.glossary,
    attributions: raw.attributions,
    corrections: raw.corrections,
  };
}

function toTable(id: TableId, t: RawTable): BudgetTable {
  const moneyKeys = new Set(t.columns.filter((c) => c.kind === 'money').map((c) => c.key));
  const rows: TableRow[] = t.rows.map((r) => {
    const text: Record<string, string | null> = {};
    const amounts: Record<string, ReturnType<typeof money> | null> = {};
    for (const c of t.columns) {
      const v = r.cells[c.key] ?? null;
      if (moneyKeys.has(c.key)) amounts[c.key] = v === null ? null : money(v);
      else text[c.key] = v;
    }
    return { id: r.id, line: r.line, text, money: amounts };
  });
  return { id, number: t.number, title: t.title, unit: t.unit, columns: t.columns, rows, note: t.note };
}

function toProjects(table: BudgetTable): Project[] {
  return table.rows
    .filter((r) => r.id !== 'total')
    .map((r) => ({
      id: r.id,
      name: r.text.name ?? '',
      type: r.text.type ?? '',
      line: r.line,
      total: r.money.total ?? money('0'),
      funding: r.money,
    }));
}

function toPerformance(p: RawPerformanceTable): PerformanceTable {
  const f = (x: { value: string | null; line: number }) => ({
    value: x.value === null ? null : money(x.value),
    line: x.line,
  });
  return { ...p, funds: { total: f(p.funds.total), fiscal: f(p.funds.fiscal), other: f(p.funds.other) } };
}
