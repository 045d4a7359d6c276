// @vitest-environment happy-dom
// The sortable header in a DOM: clicking (or Enter on) the header's button changes the sort the URL holds, and the
// table shows the new order and aria-sort.
import Decimal from 'decimal.js';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createColumnHelper } from '@tanstack/react-table';
import { reactRootPerTest } from '../../lib/testing/react-root';
import { DataTable } from './DataTable';
import { sortByDecimal, sortByText } from './sort-fns';
import type { SortingFeatures } from './table-features';

interface Line {
  id: string;
  name: string;
  amount: Decimal;
}
const lines: Line[] = [
  { id: 'a', name: '律师咨询服务', amount: new Decimal('2.48') },
  { id: 'b', name: '平台运维', amount: new Decimal('-0.7') },
  { id: 'c', name: '政务云服务费', amount: new Decimal('4000') },
];
const col = createColumnHelper<SortingFeatures, Line>();
const columns = col.columns([
  col.accessor('name', { id: 'name', header: '项目', sortFn: sortByText }),
  col.accessor('amount', {
    id: 'amount',
    header: '金额',
    sortFn: sortByDecimal,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => c.getValue().toFixed(2),
  }),
]);

const sorts: Array<string | null> = [];
function Table() {
  const [sort, setSort] = useState<string | null>(null);
  sorts.push(sort);
  return (
    <DataTable
      data={lines}
      columns={columns}
      caption="项目"
      getRowId={(r) => r.id}
      sort={sort}
      onSortChange={setSort}
    />
  );
}

const dom = reactRootPerTest();

const header = (name: string) =>
  [...document.querySelectorAll('th')].find((th) => th.textContent?.startsWith(name))!;
const amounts = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => tr.cells[1]?.textContent);

describe('the sort header', () => {
  it('toggles aria-sort and the order: descending first for amounts, then ascending, then document order', () => {
    act(() => dom.root.render(<Table />));
    expect(header('金额').getAttribute('aria-sort')).toBe('none');
    expect(amounts()).toEqual(['2.48', '-0.70', '4000.00']);
    const click = () => act(() => header('金额').querySelector('button')!.click());
    click();
    expect(sorts.at(-1)).toBe('amount.desc');
    expect(header('金额').getAttribute('aria-sort')).toBe('descending');
    expect(header('项目').getAttribute('aria-sort')).toBe('none');
    expect(amounts()).toEqual(['4000.00', '2.48', '-0.70']);
    click();
    expect(header('金额').getAttribute('aria-sort')).toBe('ascending');
    expect(amounts()).toEqual(['-0.70', '2.48', '4000.00']);
    click();
    expect(sorts.at(-1)).toBe(null);
    expect(amounts()).toEqual(['2.48', '-0.70', '4000.00']);
  });
});
