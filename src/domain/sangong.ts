import { type Money, percentChange } from './money';
import type { Dataset } from './model';
import { cell } from './table';
import type Decimal from 'decimal.js';

export const SANGONG_ITEMS = [
  { key: 'abroad', label: '因公出国(境)费', factId: 'sangong.abroad' },
  { key: 'vehiclePurchase', label: '公务用车购置费', factId: 'sangong.vehiclePurchase' },
  { key: 'vehicleOperation', label: '公务用车运行维护费', factId: 'sangong.vehicleOperation' },
  { key: 'vehicle', label: '公务用车购置及运行费(小计)', factId: 'sangong.vehicle' },
  { key: 'reception', label: '公务接待费', factId: 'sangong.reception' },
  { key: 'total', label: '“三公”经费合计', factId: 'sangong.total' },
] as const;
export type SangongKey = (typeof SANGONG_ITEMS)[number]['key'];

export interface SangongComparison {
  key: SangongKey;
  label: string;
  /** Null when the table prints no column for last year (an imported Shanghai or Jiangsu table): never a 0. */
  before: Money | null;
  after: Money;
  change: Money | null;
  changePct: Decimal | null;
  /** The document's own statement about this change (quote and reason), when it makes one. */
  stated: { quote: string; reason?: string | undefined; line: number } | null;
}

/** This year against last year, both columns from the 三公 table; the notes' statements beside them. */
export function sangongComparison(d: Dataset): SangongComparison[] {
  const row = d.tables.sangong.rows[0];
  const printsPrior = hasYear(d, d.year - 1);
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  return SANGONG_ITEMS.map(({ key, label, factId }) => {
    const before = printsPrior ? cell(row, `${key}${d.year - 1}`) : null;
    const after = cell(row, `${key}${d.year}`);
    const change = facts.get(`${factId}.change`) ?? facts.get(factId);
    const pct = facts.get(`${factId}.changePct`);
    const statement = facts.get(`${factId}.change`) ?? facts.get(factId);
    return {
      key,
      label,
      before,
      after,
      change: before ? after.minus(before) : null,
      changePct: before ? percentChange(before, after) : null,
      stated: statement
        ? {
            quote: [change?.quote, pct?.quote]
              .filter((x, i, all): x is string => !!x && all.indexOf(x) === i)
              .join(','),
            reason: (pct ?? change)?.reason,
            line: statement.line,
          }
        : null,
    };
  });
}

export interface SangongYear {
  year: number;
  values: Record<SangongKey, Money>;
  /** 'published': the year's own budget; 'prior-column': the previous-year column of the next year's table. */
  source: 'published' | 'prior-column';
  datasetId: string;
}

/** Every year the loaded department-years cover, each year from its own budget where we have it. */
export function sangongSeries(datasets: readonly Dataset[]): SangongYear[] {
  const byYear = new Map<number, SangongYear>();
  const put = (d: Dataset, year: number, source: SangongYear['source']) => {
    const have = byYear.get(year);
    if (have && (have.source === 'published' || source === 'prior-column')) return;
    const row = d.tables.sangong.rows[0];
    const values = Object.fromEntries(
      SANGONG_ITEMS.map(({ key }) => [key, cell(row, `${key}${year}`)]),
    ) as Record<SangongKey, Money>;
    byYear.set(year, { year, values, source, datasetId: d.id });
  };
  for (const d of datasets) {
    put(d, d.year, 'published');
    if (hasYear(d, d.year - 1)) put(d, d.year - 1, 'prior-column');
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The 三公 row has a cell for `year` (the hand-checked table prints last year's beside this year's; a blank is null). */
function hasYear(d: Dataset, year: number): boolean {
  return d.tables.sangong.rows[0]?.money[`total${year}`] !== undefined;
}
