import * as z from 'zod/mini';
import { TABLE_COLUMNS } from '../domain/table-columns';
import type { TableId } from '../domain/table-ids';
import { budgetTable, decimalString, located as provenance, sourceLine, text } from './schema-table';
/** Tables every hand-checked (line-sourced) dataset has; an imported one has those its document prints. */
const HAND_CHECKED_TABLES = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'gpbExpenditure',
  'gpbBasic',
  'sangong',
  'govFund',
  'stateCapital',
  'basic',
  'projects',
  'procurement',
] as const;

const tableWith = (id: TableId) =>
  budgetTable.check(
    z.superRefine((t, ctx) => {
      const keys = new Set(t.columns.map((c) => c.key));
      if (t.id !== id)
        ctx.addIssue({ code: 'custom', path: ['id'], message: `expected table id "${id}", got "${t.id}"` });
      // An imported table has the columns its document prints; the hand-checked ones the full national set.
      if (t.rows.some((r) => r.source !== undefined)) return;
      for (const k of TABLE_COLUMNS[id])
        if (!keys.has(k))
          ctx.addIssue({ code: 'custom', path: ['columns'], message: `missing column "${k}"` });
    }),
  );

const located = z.strictObject({ text: text(), line: sourceLine });
const locatedText = z.strictObject({ text: text(), ...provenance });
const moneyAt = z.strictObject({ value: z.nullable(decimalString), line: sourceLine });

const performanceTable = z.strictObject({
  projectId: text(20).check(z.regex(/^p\d{2,}$/, { error: 'project ids look like "p01"' })),
  printedName: text(500).check(z.describe('项目名称 as extracted (may be broken or empty)')),
  lines: z.tuple([sourceLine, sourceLine]),
  match: text(1000).check(z.describe('why this table belongs to this project (name and amount)')),
  department: z.strictObject({ code: z.string().check(z.regex(/^\d+$/)), name: text(200), line: sourceLine }),
  implementingUnit: z.strictObject({ name: text(200), line: sourceLine }),
  funds: z.strictObject({ total: moneyAt, fiscal: moneyAt, other: moneyAt }),
  goals: z.array(located),
  damage: z
    .array(
      z.strictObject({
        path: z
          .string()
          .check(
            z.regex(/^(goals\[\d+\]\.text|indicators\[\d+\]\.(level1|level2|name|target))$/),
            z.describe('the damaged text: a goal, or an indicator’s 一级/二级指标 label, name or target'),
          ),
        kind: z.enum(['garbled', 'truncated', 'fragmentary', 'blank', 'inferred']),
        note: text(300).check(z.describe('shown to readers beside the damaged text')),
      }),
    )
    .check(z.describe('texts the PDF extraction damaged beyond repair, shown with a warning')),
  indicators: z.array(
    z.strictObject({
      level1: text(100),
      level2: text(100),
      name: text(1000),
      target: text(2000).check(z.describe('指标值 exactly as printed')),
      line: sourceLine,
    }),
  ),
});

const noteFact = z.strictObject({
  id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9.]*$/)),
  label: text(200),
  value: decimalString,
  unit: text(20),
  quote: text(1000).check(z.describe('the clause of the document that states the value')),
  ...provenance,
  reason: z.optional(text(1000)),
});

const correction = z.strictObject({
  id: z.string(),
  path: z.string().check(z.minLength(1), z.describe('where in this dataset the corrected value sits')),
  line: sourceLine,
  printed: z.string().check(z.describe('what the extracted text says')),
  value: z.nullable(z.string()).check(z.describe('what the dataset holds')),
  kind: z.string(),
  evidence: text(2000),
});

export const budgetDatasetObject = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  provenance: z.optional(
    z.literal('pdf').check(z.describe('imported from the PDF: sources are pages and boxes')),
  ),
  kind: z.optional(z.enum(['budget', 'final'])),
  scope: z.optional(z.enum(['部门', '单位'])),
  department: z.strictObject({ code: z.string(), name: text(200) }),
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  unit: z.enum(['万元', '元']),
  source: z.strictObject({
    title: text(300),
    file: text(300),
    files: z.optional(
      z.array(
        z.strictObject({
          name: text(300),
          pages: z.int(),
          sha256: z
            .string()
            .check(
              z.regex(/^([0-9a-f]{64})?$/),
              z.describe(
                "the file's SHA-256; empty when imported on a plain-http page, which cannot compute it",
              ),
            ),
        }),
      ),
    ),
    note: z.optional(text(1000)),
  }),
  normalization: z.array(text(1000)),
  overview: z.optional(
    z.strictObject({
      title: located,
      duties: z.array(z.strictObject({ number: text(20), text: text(), line: sourceLine })),
      unitsIntro: located,
      units: z.array(z.strictObject({ number: z.int(), name: text(200), line: sourceLine })),
    }),
  ),
  tables: z.strictObject(
    Object.fromEntries(
      Object.keys(TABLE_COLUMNS).map((id) => [id, z.optional(tableWith(id as TableId))]),
    ) as Record<TableId, z.ZodMiniOptional<ReturnType<typeof tableWith>>>,
  ),
  performance: z.array(performanceTable),
  notes: z.strictObject({
    sections: z.array(
      z.strictObject({ heading: text(200), ...provenance, paragraphs: z.array(locatedText) }),
    ),
    facts: z.array(noteFact),
  }),
  specialMatters: z.optional(z.strictObject({ heading: text(200), text: text(), line: sourceLine })),
  glossary: z.array(
    z.strictObject({ number: text(20), term: text(200), definition: text(), line: sourceLine }),
  ),
  attributions: z.array(
    z.strictObject({
      projectId: z.string(),
      functionCode: z.string().check(z.regex(/^\d{7}$/)),
      reason: text(1000),
    }),
  ),
  corrections: z.array(correction),
});

/**
 * A hand-checked dataset (sources are text lines) has the full national set in 万元; an imported one has what its
 * document prints, in the units it prints.
 */
export function datasetRuleIssues(
  d: z.infer<typeof budgetDatasetObject>,
): Array<{ path: PropertyKey[]; message: string }> {
  if (d.provenance === 'pdf') return [];
  const out: Array<{ path: PropertyKey[]; message: string }> = [];
  if (d.unit !== '万元')
    out.push({ path: ['unit'], message: 'expected "万元" (a hand-checked dataset is in 万元)' });
  for (const id of HAND_CHECKED_TABLES) {
    const t = d.tables[id];
    if (!t) out.push({ path: ['tables', id], message: 'required table is missing' });
    else if (t.unit !== '万元') out.push({ path: ['tables', id, 'unit'], message: 'expected "万元"' });
  }
  if (!d.overview) out.push({ path: ['overview'], message: 'required field is missing' });
  if (!d.specialMatters) out.push({ path: ['specialMatters'], message: 'required field is missing' });
  return out;
}

export const budgetDataset = budgetDatasetObject.check(
  z.superRefine((d, ctx) => {
    for (const i of datasetRuleIssues(d))
      ctx.addIssue({ code: 'custom', path: i.path as (string | number)[], message: i.message });
  }),
);

export type RawDataset = z.infer<typeof budgetDataset>;
export type RawPerformanceTable = z.infer<typeof performanceTable>;
