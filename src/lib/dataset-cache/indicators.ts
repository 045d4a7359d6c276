import {
  type IndicatorRow,
  type IndicatorTextRanks,
  indicatorRows,
  indicatorTextRanks,
} from '../../domain/indicators';
import type { Dataset } from '../../domain/model';

const rowsCache = new WeakMap<Dataset, IndicatorRow[]>();
const ranksCache = new WeakMap<Dataset, IndicatorTextRanks>();

/**
 * The all-indicators rows of a loaded dataset, built once per dataset object (not on every visit to the view:
 * 550 targets parsed each time was a good part of opening it).
 */
export function indicatorRowsOf(dataset: Dataset): IndicatorRow[] {
  let rows = rowsCache.get(dataset);
  if (!rows) rowsCache.set(dataset, (rows = indicatorRows(dataset)));
  return rows;
}

/** Their collation ranks, built once per dataset, the first time the table is sorted. */
export function indicatorRanksOf(dataset: Dataset): IndicatorTextRanks {
  let ranks = ranksCache.get(dataset);
  if (!ranks) ranksCache.set(dataset, (ranks = indicatorTextRanks(indicatorRowsOf(dataset))));
  return ranks;
}
