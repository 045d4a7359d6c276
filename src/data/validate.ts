import './zod-messages';
import type { Dataset } from '../domain/model';
import { crossCheck } from './cross-check';
import { parseJsonText } from './parse-json';
import { type DataProblem, formatPath } from './problems';
import { budgetDataset } from './schema-dataset';
import { toDomain } from './to-domain';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

/** Schema (located zod issues), then cross-references, then domain values. Reconciliation is separate. */
export function validateDataset(json: unknown, file: string): DatasetResult {
  const hostile = structuralProblems(json);
  if (hostile.length) return { ok: false, problems: hostile.map((p) => ({ file, ...p })) };
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

/** A dataset is a few levels deep; anything deeper is hostile or broken (and would exhaust the stack). */
const MAX_DEPTH = 32;

/**
 * Before the schema: nesting depth, and "__proto__" keys (JSON.parse keeps them as plain keys; copying such an
 * object would set a prototype instead of a value).
 */
export function structuralProblems(root: unknown): Array<{ where: string; message: string }> {
  const out: Array<{ where: string; message: string }> = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object' || out.length >= 20) return;
    if (path.length > MAX_DEPTH) {
      out.push({
        where: formatPath(path.slice(0, 6)) + '…',
        message: `nested deeper than ${MAX_DEPTH} levels`,
      });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else
      for (const key of Object.keys(value)) {
        if (key === '__proto__')
          out.push({
            where: formatPath([...path, key]),
            message: 'key "__proto__" is not allowed (prototype pollution)',
          });
        walk((value as Record<string, unknown>)[key], [...path, key]);
      }
  };
  walk(root, []);
  return out;
}
