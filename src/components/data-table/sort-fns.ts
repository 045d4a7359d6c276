import type { Row, RowData, SortFn } from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import type { SortingFeatures } from './table-features';

type Fn = SortFn<SortingFeatures, RowData>;

/** Money by exact value (Decimal), never by its string ("9.90" < "10.00"). Nulls sort as the smallest. */
export const sortByDecimal: Fn = (
  a: Row<SortingFeatures, RowData>,
  b: Row<SortingFeatures, RowData>,
  id: string,
) => {
  const x = a.getValue(id) as Decimal | null;
  const y = b.getValue(id) as Decimal | null;
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return x.comparedTo(y);
};

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Chinese text in 拼音 order, numbers inside names compared as numbers. */
export const sortByText: Fn = (a, b, id) =>
  collator.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));

export const sortByNumber: Fn = (a, b, id) => Number(a.getValue(id)) - Number(b.getValue(id));
