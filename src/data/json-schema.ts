import * as z from 'zod/mini';
import { catalog } from './schema-catalog';
import { importReport } from './schema-report';
import { budgetDataset } from './schema-dataset';

/** JSON Schema (draft 2020-12) of the dataset and catalog formats, generated from the zod schemas. */
export function schemaFiles(): Record<string, object> {
  return {
    'budget-dataset.schema.json': {
      ...z.toJSONSchema(budgetDataset, { io: 'input' }),
      title: '部门预算 dataset (one department-year)',
      description:
        'Money is a decimal string in 万元 exactly as published. Cross-references, codes and the reconciliation are checked by `npm run validate-data`, not by this schema.',
    },
    'catalog.schema.json': {
      ...z.toJSONSchema(catalog, { io: 'input' }),
      title: 'Catalog of 部门预算 datasets',
    },
    'import-report.schema.json': {
      ...z.toJSONSchema(importReport, { io: 'input' }),
      title: 'Problems report of a dataset imported from a PDF (<id>.report.json)',
      description:
        'Written by `npm run import` and by the 导入 view beside each dataset: the tables read, the active content found (never run), and every problem the checks found, with its page and the cells compared (boxes in PDF points from the top-left).',
    },
  };
}
