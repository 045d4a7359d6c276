import * as z from 'zod/mini';

export const catalogEntry = z.strictObject({
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
  synthetic: z.optional(
    z.boolean().check(z.describe('true for generated test data; never shown by default')),
  ),
});

export const catalog = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.literal(1),
  defaultDataset: z.string(),
  datasets: z.array(catalogEntry).check(z.minLength(1)),
});

export type Catalog = z.infer<typeof catalog>;
export type CatalogEntry = z.infer<typeof catalogEntry>;
