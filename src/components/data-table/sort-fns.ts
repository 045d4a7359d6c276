import { type CreatedSortFn, type RowData, constructSortFn } from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import { zhCollator } from '../../domain/collation';
import type { SortingFeatures } from './table-features';

// constructSortFn's call signature is generic over any table's rows: a column of any table takes these uncast.
type Fn = CreatedSortFn<SortingFeatures, RowData>;

/** Money by exact value (Decimal), never by its string ("9.90" < "10.00"). Nulls sort as the smallest. */
export const sortByDecimal: Fn = constructSortFn({
  sort: (x: Decimal | null, y: Decimal | null) =>
    x === null || y === null ? (x === y ? 0 : x === null ? -1 : 1) : x.comparedTo(y),
});

/** Chinese text in 拼音 order, numbers inside names compared as numbers (the one collator, domain/collation.ts). */
export const sortByText: Fn = constructSortFn({
  resolveDataValue: (value) => String(value ?? ''),
  sort: (x: string, y: string) => zhCollator.compare(x, y),
});

export const sortByNumber: Fn = constructSortFn({
  sort: (x: unknown, y: unknown) => Number(x) - Number(y),
});
