import * as z from 'zod/mini';
import './zod-messages';
import { crossCheck } from './cross-check';
import { parseJsonText } from './parse-json';
import { budgetDatasetObject, datasetRuleIssues, type RawDataset } from './schema-dataset';
import { toDomain } from './to-domain';
import { nextTask } from './next-task';
import { type DatasetResult, structuralProblems, validateDataset } from './validate';

const shape = budgetDatasetObject.def.shape;
const tableShape = shape.tables.def.shape;
/** The dataset with its two heavy parts left open: they are checked piece by piece. */
const shell = z.extend(budgetDatasetObject, { tables: z.unknown(), performance: z.unknown() });
const PERFORMANCE_BATCH = 8;

/**
 * The same result as `validateDatasetText`, computed in slices that yield between them, so loading a department
 * file is never one long task (a phone stays responsive while the data is checked). The pieces — the dataset
 * without its tables and performance tables, each table, each few performance tables — are parsed alone; if any
 * of them fails, the one whole-file parse runs instead, so the reader gets exactly the located problems it gives.
 */
export async function validateDatasetTextInSlices(
  text: string,
  file: string,
  pause: () => Promise<void> = nextTask,
): Promise<DatasetResult> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  await pause();
  const raw = await parseInSlices(json.value, pause);
  if (!raw) return validateDataset(json.value, file);
  await pause();
  const problems = crossCheck(raw, file);
  if (problems.length) return { ok: false, problems };
  await pause();
  return { ok: true, dataset: toDomain(raw) };
}

async function parseInSlices(value: unknown, pause: () => Promise<void>): Promise<RawDataset | null> {
  if (structuralProblems(value).length) return null;
  const top = shell.safeParse(value);
  if (!top.success) return null;
  const input = value as { tables?: unknown; performance?: unknown };
  const tablesIn = input.tables;
  if (typeof tablesIn !== 'object' || tablesIn === null || Array.isArray(tablesIn)) return null;
  const tableIds = Object.keys(tableShape) as Array<keyof typeof tableShape>;
  // Unknown table ids: the whole parse names them.
  if (Object.keys(tablesIn).some((k) => !(k in tableShape))) return null;
  const tables: Record<string, unknown> = {};
  for (const id of tableIds) {
    await pause();
    const t = tableShape[id].safeParse((tablesIn as Record<string, unknown>)[id]);
    if (!t.success) return null;
    tables[id] = t.data;
  }
  const perfIn = input.performance;
  if (!Array.isArray(perfIn)) return null;
  const performance: unknown[] = [];
  const item = shape.performance.def.element;
  for (let i = 0; i < perfIn.length; i += PERFORMANCE_BATCH) {
    await pause();
    for (const p of perfIn.slice(i, i + PERFORMANCE_BATCH)) {
      const r = item.safeParse(p);
      if (!r.success) return null;
      performance.push(r.data);
    }
  }
  const raw = { ...top.data, tables, performance } as RawDataset;
  // The rules over the whole dataset (required tables, units): the whole parse names what fails.
  return datasetRuleIssues(raw).length ? null : raw;
}
