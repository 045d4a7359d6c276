import * as z from 'zod/mini';

/**
 * The importer's problems report (<id>.report.json, written by `npm run import` and by the 导入 view). A served
 * report is untrusted like any data file: read through this schema, never shown as markup.
 */
const text = (max = 2000) => z.string().check(z.maxLength(max));
const box = z.strictObject({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
const page = z.int().check(z.minimum(0), z.maximum(100_000));

const reportProblem = z.strictObject({
  id: text(300),
  severity: z.enum(['blocks', 'warns', 'notes']),
  check: z.enum(['row-sum', 'hierarchy', 'cross-table', 'sangong', 'balance', 'narrative', 'reading']),
  what: text(),
  printed: text(100),
  computed: text(100),
  unit: text(10),
  file: text(300),
  page,
  table: z.optional(text(40)),
  row: z.optional(text(300)),
  column: z.optional(text(100)),
  refs: z.array(z.strictObject({ file: text(300), page, box })).check(z.maxLength(200)),
});

export const importReport = z.strictObject({
  formatVersion: z.literal(1),
  dataset: text(200),
  files: z
    .array(z.strictObject({ name: text(300), pages: z.int(), sha256: text(64) }))
    .check(z.maxLength(20)),
  document: z.strictObject({
    kind: z.enum(['budget', 'final']),
    scope: z.enum(['部门', '单位']),
    department: text(300),
    year: z.nullable(z.int()),
    template: z.boolean(),
    layout: z.enum(['shanghai', 'jiangsu', 'other']),
    title: text(300),
  }),
  tables: z
    .array(
      z.strictObject({
        kind: text(40),
        title: text(300),
        number: z.nullable(z.number()),
        unit: z.nullable(z.enum(['元', '万元'])),
        file: text(300),
        page,
        pages: z.int(),
        rows: z.int(),
        note: z.nullable(text()),
        remarks: z.array(text()),
      }),
    )
    .check(z.maxLength(100)),
  active: z.array(text(200)).check(z.maxLength(20)),
  counts: z.strictObject({ blocks: z.int(), warns: z.int(), notes: z.int() }),
  problems: z.array(reportProblem).check(z.maxLength(5000)),
});

export type ImportReport = z.infer<typeof importReport>;
export type ReportProblem = z.infer<typeof reportProblem>;
