import type { BudgetTable, Dataset, PerformanceTable, Project, TableId, TableRow } from '../domain/model';
import { money, type Money } from '../domain/money';
import { TABLE_IDS } from '../domain/table-ids';
import type { RawDataset, RawPerformanceTable } from './schema-dataset';
import type { RawTable } from './schema-table';
import { neutraliseTextControls } from './text-controls';

/**
 * The only place raw JSON becomes domain values: money strings → Decimal, texts neutralised (text-controls.ts).
 * Input is already validated, and is the validator's own copy (changed in place).
 */
export function toDomain(raw: RawDataset): Dataset {
  const textWarnings = neutraliseTextControls(raw);
  // Every view can ask for every table: one the document does not print is an empty, unpublished table.
  const tables = Object.fromEntries(
    TABLE_IDS.map((id) => {
      const t = raw.tables[id];
      return [id, t ? toTable(id, t) : unpublished(id)];
    }),
    // Each table was checked against its columns by the schema (TABLE_COLUMNS): from here on its rows answer only to
    // them (MoneyColumn), which is what this one assertion states.
  ) as unknown as Dataset['tables'];
  const title = { text: raw.source.title, line: 0 };
  return {
    id: raw.id,
    provenance: raw.provenance ?? 'text',
    kind: raw.kind ?? 'budget',
    scope: raw.scope ?? '部门',
    department: raw.department,
    year: raw.year,
    unit: raw.unit,
    source: raw.source,
    normalization: raw.normalization,
    overview: raw.overview ?? { title, duties: [], unitsIntro: { text: '', line: 0 }, units: [] },
    tables,
    projects: toProjects(tables.projects),
    performance: raw.performance.map(toPerformance),
    notes: {
      sections: raw.notes.sections.map((x) => ({
        heading: x.heading,
        line: x.line ?? 0,
        source: x.source,
        paragraphs: x.paragraphs.map((p) => ({ text: p.text, line: p.line ?? 0, source: p.source })),
      })),
      facts: raw.notes.facts.map((f) => ({ ...f, line: f.line ?? 0, value: money(f.value) })),
    },
    specialMatters: raw.specialMatters ?? { heading: '', text: '', line: 0 },
    glossary: raw.glossary,
    attributions: raw.attributions,
    corrections: raw.corrections,
    textWarnings,
  };
}

function unpublished(id: TableId): BudgetTable {
  return {
    id,
    number: 0,
    title: '',
    unit: '万元',
    printedUnit: '万元',
    columns: [],
    rows: [],
    published: false,
  };
}

const TEN_THOUSAND = money('10000');

function toTable(id: TableId, t: RawTable): BudgetTable {
  const moneyKeys = new Set(t.columns.filter((c) => c.kind === 'money').map((c) => c.key));
  // The domain counts in 万元; a table printed in 元 converts exactly (Decimal division by 10,000).
  const toWan = (v: string) => (t.unit === '元' ? money(v).div(TEN_THOUSAND) : money(v));
  const rows: TableRow[] = t.rows.map((r) => {
    const text: Record<string, string | null> = {};
    const amounts: Record<string, ReturnType<typeof money> | null> = {};
    for (const c of t.columns) {
      const v = r.cells[c.key] ?? null;
      if (moneyKeys.has(c.key)) amounts[c.key] = v === null ? null : toWan(v);
      else text[c.key] = v;
    }
    return { id: r.id, line: r.line ?? 0, source: r.source, text, money: amounts };
  });
  const note = t.note ? { text: t.note.text, line: t.note.line ?? 0, source: t.note.source } : undefined;
  return {
    id,
    number: t.number,
    title: t.title,
    unit: '万元',
    printedUnit: t.unit,
    columns: t.columns,
    rows,
    note,
    published: true,
    source: t.source,
  };
}

function toProjects(table: BudgetTable<'projects'>): Project[] {
  return table.rows
    .filter((r) => r.id !== 'total')
    .map((r) => ({
      id: r.id,
      name: r.text.name ?? '',
      type: r.text.type ?? '',
      line: r.line,
      total: r.money.total ?? money('0'),
      // Read by the columns the 项目支出 table prints (any funding source a layout has).
      funding: r.money as Readonly<Record<string, Money | null>>,
    }));
}

function toPerformance(p: RawPerformanceTable): PerformanceTable {
  const f = (x: { value: string | null; line: number }) => ({
    value: x.value === null ? null : money(x.value),
    line: x.line,
  });
  return { ...p, funds: { total: f(p.funds.total), fiscal: f(p.funds.fiscal), other: f(p.funds.other) } };
}
