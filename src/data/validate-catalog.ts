import './zod-messages';
import { parseJsonText } from './parse-json';
import { type DataProblem, formatPath } from './problems';
import { type Catalog, catalog } from './schema-catalog';

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: DataProblem[] };

export function validateCatalogText(text: string, file: string): CatalogResult {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = catalog.safeParse(json.value, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ file, where: formatPath(i.path), message: i.message })),
    };
  const ids = new Set<string>();
  const problems: DataProblem[] = [];
  parsed.data.datasets.forEach((d, i) => {
    if (ids.has(d.id))
      problems.push({ file, where: `datasets[${i}].id`, message: `duplicate dataset id "${d.id}"` });
    ids.add(d.id);
  });
  if (!ids.has(parsed.data.defaultDataset))
    problems.push({
      file,
      where: 'defaultDataset',
      message: `"${parsed.data.defaultDataset}" is not a dataset of the catalog`,
    });
  return problems.length ? { ok: false, problems } : { ok: true, catalog: parsed.data };
}
