import { projectPool } from '../../domain/functions';
import type { Dataset } from '../../domain/model';
import { type ProjectRow, projectRows } from '../../domain/projects';

const cache = new WeakMap<Dataset, ProjectRow[]>();

/**
 * The project list's rows of a loaded dataset (exact shares of the whole, the pool's attributions), built once per
 * dataset object rather than on every visit to the list.
 */
export function projectRowsOf(dataset: Dataset): ProjectRow[] {
  let rows = cache.get(dataset);
  if (!rows) cache.set(dataset, (rows = projectRows(dataset, projectPool(dataset))));
  return rows;
}
