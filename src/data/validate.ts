import type { Dataset } from '../domain/model';
import { crossCheck } from './cross-check';
import { parseJsonText } from './parse-json';
import { type DataProblem, formatPath } from './problems';
import { budgetDataset } from './schema-dataset';
import { toDomain } from './to-domain';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

/** Schema (located zod issues), then cross-references, then domain values. Reconciliation is separate. */
export function validateDataset(json: unknown, file: string): DatasetResult {
  const parsed = budgetDataset.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 50)
      .map((iss) => ({ file, where: formatPath(iss.path), message: iss.message }));
    return { ok: false, problems };
  }
  const problems = crossCheck(parsed.data, file);
  if (problems.length) return { ok: false, problems };
  return { ok: true, dataset: toDomain(parsed.data) };
}

export function validateDatasetText(text: string, file: string): DatasetResult {
  const json = parseJsonText(text, file);
  return json.ok ? validateDataset(json.value, file) : json;
}
