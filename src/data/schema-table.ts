// zod/mini (functional checks) rather than classic zod: the same validation for a fraction of the first-view
// JavaScript (the validator runs before the first number is shown).
import * as z from 'zod/mini';

/** Money as published: a decimal string in the dataset's unit, never a JSON number (floats cannot hold 0.1 exactly). */
export const decimalString = z
  .string({
    error: (iss) => `${describe(iss.input)} is not a decimal string (money is a JSON string like "11098.87")`,
  })
  .check(
    z.regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, {
      error: (iss) =>
        `${describe(iss.input)} is not a decimal string (digits, one optional point, no separators)`,
    }),
    // Longer amounts than money.ts's precision holds (MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS; checked in
    // schema-table.test.ts) would lose digits: refused, not rounded.
    z.regex(/^(?!-?\d{19}|[^.]*\.\d{9})/, {
      error: (iss) =>
        `${describe(iss.input)} has more digits than an amount may have (18 before the point, 8 after)`,
    }),
  );

export const sourceLine = z
  .int()
  .check(z.positive(), z.describe('1-based line in the extracted source text the value was read from'));

function describe(value: unknown): string {
  if (value === undefined) return 'missing value';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** A string field whose type errors say what was found ("1156.33 is not a string"). */
export function text(max = 5000) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? 'required field is missing' : `${describe(iss.input)} is not a string`,
    })
    .check(z.maxLength(max, { error: `longer than ${max} characters` }));
}

/** Where on a PDF page a value was read (imported datasets): page, and the box in points from the top-left. */
const pdfBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const pdfSource = z.strictObject({
  file: z.optional(text(300)),
  page: z.int().check(z.positive()),
  box: z.optional(pdfBox),
  cells: z.optional(z.record(z.string(), pdfBox)),
});

/** A value's provenance: a line of the extracted text (the hand-checked dataset) or a PDF page and box (imported). */
export const located = {
  line: z.optional(sourceLine),
  source: z.optional(pdfSource),
};

const columnKind = z.enum(['code', 'text', 'money']);

const column = z.strictObject({
  key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
  label: z.string().check(z.minLength(1), z.maxLength(200), z.describe('the column header as published')),
  kind: columnKind,
  group: z.optional(
    z.string().check(z.maxLength(200), z.describe('the spanning header above this column, as published')),
  ),
});

const row = z.strictObject({
  id: text(80).check(
    z.minLength(1),
    z.describe('function code, economic code pair, project id, or a row key'),
  ),
  ...located,
  printedCode: z.optional(
    text(20).check(z.describe('the code as printed, when it was normalised (款 "2" → "02")')),
  ),
  cells: z
    .record(
      z.string(),
      z.nullable(
        z
          .string({
            // This schema's error map also receives its checks' issues (the 5,000-character limit): only a value
            // that is not a string is "not a string"; the rest fall through to zod-messages.ts.
            error: (iss) =>
              iss.code === 'invalid_type'
                ? `${describe(iss.input)} is not a string (money is a decimal string like "11098.87"; an empty cell is null)`
                : undefined,
          })
          .check(z.maxLength(5000)),
      ),
    )
    .check(z.describe('column key → value; null = empty cell')),
});

/** One of the twelve tables of 第二部分, columns exactly as published (empty columns included). */
export const budgetTable = z
  .strictObject({
    id: z.string(),
    number: z.int().check(z.minimum(0), z.maximum(20)),
    title: z.string().check(z.minLength(1)),
    unit: z.enum(['万元', '元']),
    source: z.optional(pdfSource),
    columns: z.array(column).check(z.minLength(1)),
    rows: z.array(row),
    note: z.optional(z.strictObject({ text: z.string(), ...located })),
  })
  .check(
    z.superRefine((table, ctx) => {
      const kinds = new Map(table.columns.map((c) => [c.key, c.kind]));
      const seen = new Set<string>();
      table.rows.forEach((r, i) => {
        if (r.line === undefined && r.source === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i],
            message: 'row without a source (line or PDF page)',
          });
        if (seen.has(r.id))
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `duplicate row id "${r.id}"` });
        seen.add(r.id);
        for (const [key, value] of Object.entries(r.cells)) {
          const path = ['rows', i, 'cells', key];
          const kind = kinds.get(key);
          if (!kind) ctx.addIssue({ code: 'custom', path, message: `cell for undeclared column "${key}"` });
          else if (value === null) continue;
          else if (kind === 'money') {
            const issue = decimalString.safeParse(value).error?.issues[0];
            if (issue) ctx.addIssue({ code: 'custom', path, message: issue.message });
          } else if (kind === 'code' && !/^\d{2,3}$/.test(value))
            ctx.addIssue({
              code: 'custom',
              path,
              message: `${describe(value)} is not a classification code (2–3 digits)`,
            });
        }
      });
    }),
  );

budgetTable.register(z.globalRegistry, { id: 'BudgetTable' });

export type RawTable = z.infer<typeof budgetTable>;
