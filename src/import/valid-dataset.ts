import { validateDataset } from '../data/validate';
import type { ExtractedTable } from './extracted';
import { ImportError } from './pdf-text';
import type { Problem } from './problems';

type Json = Record<string, unknown>;

/**
 * The dataset the importer built, checked by the validators every reader of it uses. A table whose columns came out
 * in a shape the dataset format has no place for (a 决算's two panels side by side, a 三公 table of 预算/决算 pairs)
 * is left out rather than shipped broken or guessed at, and the report says so; anything else wrong is the
 * importer's fault and stops the import with what the validator found.
 */
export function keepValidTables(
  dataset: Json,
  file: string,
  tables: readonly ExtractedTable[],
): { dataset: Json; problems: Problem[] } {
  const problems: Problem[] = [];
  let current = dataset;
  for (let round = 0; round < 30; round++) {
    const v = validateDataset(current, file);
    if (v.ok) return { dataset: current, problems };
    const byTable = new Map<string, string>();
    for (const p of v.problems) {
      const id = /^tables\.(\w+)/.exec(p.where)?.[1];
      if (id && !byTable.has(id)) byTable.set(id, `${p.where}: ${p.message}`);
    }
    if (!byTable.size)
      throw new ImportError(
        file,
        'unreadable',
        `the dataset built from this PDF is not valid (an importer fault): ${v.problems[0]?.where}: ${v.problems[0]?.message}`,
      );
    const kept = { ...(current.tables as Json) };
    for (const [id, reason] of byTable) {
      delete kept[id];
      const t = tables.find((x) => x.kind === id);
      problems.push({
        id: `reading:left-out:${id}`,
        severity: 'warns',
        check: 'reading',
        what: `${t?.title ?? id}：读出的栏目不合数据集格式，此表未收入数据集（如决算的双栏表、预算/决算成对的三公表，尚待支持）。校验：${reason}`,
        printed: '',
        computed: '',
        unit: t?.unit ?? '',
        file: t?.file ?? file,
        page: t?.page ?? 0,
        table: t?.kind,
        refs: [],
      });
    }
    current = { ...current, tables: kept };
  }
  throw new ImportError(file, 'unreadable', 'the dataset built from this PDF could not be made valid');
}
