import { z } from 'zod';

export const catalogEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  department: z.strictObject({ code: z.string(), name: z.string().max(200) }),
  year: z.number().int().min(1990).max(2100),
  unit: z.literal('万元'),
  file: z.string().regex(/^[a-zA-Z0-9._-]+\.json$/, {
    error: 'must be a plain file name next to catalog.json (no folders, no URLs)',
  }),
  sourceTitle: z.string().max(300),
  synthetic: z.boolean().optional().describe('true for generated test data; never shown by default'),
});

export const catalog = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  defaultDataset: z.string(),
  datasets: z.array(catalogEntry).min(1),
});

export type Catalog = z.infer<typeof catalog>;
export type CatalogEntry = z.infer<typeof catalogEntry>;
