import { parseSortParam } from '../../components/data-table/sort-param';
import { collationRanks, sortByRanks } from '../../domain/collation';
import {
  type IndicatorRow,
  type IndicatorText,
  type IndicatorTextRanks,
  sortIndicators,
} from '../../domain/indicators';

/** The table's column ids (indicator-columns.tsx) and the text each sorts by. */
const COLUMN_TEXT: Readonly<Record<string, IndicatorText>> = {
  name: 'name',
  target: 'target',
  level1: 'level1',
  level2: 'level2',
  project: 'projectName',
};
const SORTABLE = [...Object.keys(COLUMN_TEXT), 'kind'];

/**
 * The all-indicators rows in the order the URL's sort asks for (`target.desc`), sorted here rather than in the
 * table: by collation ranks built once per load, a linear pass per click however long the list (the scale bench
 * measures `sortIndicators` on 147,500 rows). The kind column shows a translated label: its few labels are ranked
 * in the reader's language.
 */
export function sortIndicatorRows(
  rows: readonly IndicatorRow[],
  ranks: IndicatorTextRanks,
  sort: string | null,
  kindLabel: (row: IndicatorRow) => string,
): readonly IndicatorRow[] {
  const [first] = parseSortParam(sort, SORTABLE);
  if (!first) return rows;
  const text = COLUMN_TEXT[first.id];
  if (text) return sortIndicators(rows, ranks, text, first.desc);
  const kinds = collationRanks(rows.map(kindLabel));
  return sortByRanks(rows, (row) => kinds.get(kindLabel(row)), first.desc);
}
