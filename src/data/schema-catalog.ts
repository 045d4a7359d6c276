import * as z from 'zod/mini';

/** 万元, exact, as the dataset's amounts (see domain/summary.ts). */
const amount = z.string().check(z.regex(/^-?\d{1,15}(\.\d{1,8})?$/));
const amountOrNull = z.nullable(amount);

const catalogEntry = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  department: z.strictObject({ code: z.string(), name: z.string().check(z.maxLength(200)) }),
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  unit: z.enum(['万元', '元']),
  kind: z.optional(z.enum(['budget', 'final'])),
  report: z.optional(z.string().check(z.regex(/^[a-zA-Z0-9._-]+\.report\.json$/))),
  file: z.string().check(
    z.regex(/^[a-zA-Z0-9._-]+\.json$/, {
      error: 'must be a plain file name next to catalog.json (no folders, no URLs)',
    }),
  ),
  sourceTitle: z.string().check(z.maxLength(300)),
  /** Where the department is (省/市/区): groups the catalog and the comparison of one region and year. */
  region: z.optional(z.string().check(z.maxLength(60))),
  scope: z.optional(z.enum(['部门', '单位'])),
  summary: z.optional(
    z.strictObject({
      income: amountOrNull,
      total: amountOrNull,
      basic: amountOrNull,
      project: amountOrNull,
      sangong: amountOrNull,
      operatingCosts: amountOrNull,
      /** 合计 per function 类 of the 支出总表, with the name the document gives it (names change across years). */
      functions: z.record(
        z.string().check(z.regex(/^\d{3}$/)),
        z.strictObject({ name: z.string().check(z.maxLength(60)), total: amount }),
      ),
      /** What the checks found: the importer's report, or the reconciliation of a hand-checked dataset. */
      problems: z.strictObject({ blocks: z.int(), warns: z.int(), notes: z.int() }),
      /**
       * The change against last year the document itself states for a figure, in its words: `label` is what the
       * sentence is about (财政拨款收入 may not be all income), `reason` its stated reason (cut at 200 characters).
       */
      stated: z.optional(
        z.partialRecord(
          z.enum(['income', 'total', 'sangong', 'operatingCosts']),
          z.strictObject({
            label: z.string().check(z.maxLength(60)),
            change: amount,
            reason: z.optional(z.string().check(z.maxLength(201))),
            /** Where it is stated: a text line, or a PDF file and page. */
            line: z.optional(z.int().check(z.minimum(1))),
            file: z.optional(z.string().check(z.regex(/^[^/\\]{1,200}$/))),
            page: z.optional(z.int().check(z.minimum(1))),
          }),
        ),
      ),
    }),
  ),
  synthetic: z.optional(
    z.boolean().check(z.describe('true for generated test data; never shown by default')),
  ),
});

export const catalog = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.literal(1),
  /**
   * The whole catalog is generated (the benchmarks' city of 1,000 department-years): never real, never published.
   * Its entries are not flagged one by one: `synthetic` on an entry hides that entry among real ones.
   */
  synthetic: z.optional(
    z.literal(true).check(z.describe('a generated catalog for benchmarks; never published as data')),
  ),
  defaultDataset: z.string(),
  datasets: z.array(catalogEntry).check(z.minLength(1)),
});

export type Catalog = z.infer<typeof catalog>;
export type CatalogEntry = z.infer<typeof catalogEntry>;
