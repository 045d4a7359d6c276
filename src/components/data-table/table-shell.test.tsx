// The table shell rendered to HTML in Node (no DOM environment yet): headers, aria-sort, order and the CSV.
import { createColumnHelper } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/export/csv';
import { DataTable } from './DataTable';
import { sortByDecimal, sortByText } from './sort-fns';
import { type ShellColumn, StaticTable } from './StaticTable';
import { columnSheet } from './table-sheet';
import type { SortingFeatures } from './table-features';

interface Line {
  id: string;
  name: string;
  amount: Decimal | null;
}

const lines: Line[] = [
  { id: 'a', name: '律师咨询服务, 法律', amount: new Decimal('2.48') },
  { id: 'b', name: '平台运维', amount: new Decimal('-0.7') },
  { id: 'c', name: '政务云服务费', amount: null },
];

const col = createColumnHelper<SortingFeatures, Line>();
const sortable = col.columns([
  col.accessor('name', { id: 'name', header: '项目', sortFn: sortByText }),
  col.accessor('amount', { id: 'amount', header: '金额', sortFn: sortByDecimal, meta: { numeric: true } }),
]);

const sorted = (sort: string | null) =>
  renderToStaticMarkup(
    <DataTable
      data={lines}
      columns={sortable}
      caption="项目"
      getRowId={(r) => r.id}
      sort={sort}
      onSortChange={() => {}}
    />,
  );
const ariaSort = (html: string) => [...html.matchAll(/<th[^>]*aria-sort="(\w+)"/g)].map((m) => m[1]);
const bodyOrder = (html: string) =>
  [...(html.split('<tbody>')[1] ?? '').matchAll(/<tr[^>]*><td[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('a sortable table on the shell', () => {
  it('says the order in aria-sort and sorts the rows as the sort says', () => {
    expect(ariaSort(sorted(null))).toEqual(['none', 'none']);
    expect(bodyOrder(sorted(null))).toEqual(['律师咨询服务, 法律', '平台运维', '政务云服务费']);
    expect(ariaSort(sorted('amount.desc'))).toEqual(['none', 'descending']);
    expect(bodyOrder(sorted('amount.desc'))).toEqual(['律师咨询服务, 法律', '平台运维', '政务云服务费']);
    expect(ariaSort(sorted('amount.asc'))).toEqual(['none', 'ascending']);
    // A missing amount is the smallest; −0.70 before 2.48 (by value, not by text).
    expect(bodyOrder(sorted('amount.asc'))).toEqual(['政务云服务费', '平台运维', '律师咨询服务, 法律']);
    // 拼音 order: lǜ, píng, zhèng.
    expect(bodyOrder(sorted('name.desc'))).toEqual(['政务云服务费', '平台运维', '律师咨询服务, 法律']);
  });
  it('makes each sortable header a button with its mark', () => {
    const html = sorted('name.asc');
    expect(html.match(/<button type="button" class="sort-button">/g)).toHaveLength(2);
    expect(html).toContain('项目<span aria-hidden="true" class="sort-mark">▲</span>');
    expect(html).toContain('<div class="table-scroll" tabindex="0">');
    expect(html).toContain('<caption class="sr-only">项目</caption>');
  });
});

const columns: Array<ShellColumn<Line>> = [
  { id: 'name', header: '项目', rowHeader: true, cell: (r) => r.name, csv: (r) => r.name },
  {
    id: 'amount',
    header: '金额',
    numeric: true,
    label: '金额',
    unit: true,
    cell: (r) => r.amount?.toFixed(2) ?? '—',
    csv: (r) => r.amount,
  },
  { id: 'note', header: <b>说明</b>, csvHeader: '说明', cell: () => '', csv: (r) => [r.amount, ' ', r.id] },
];

describe('a static table on the shell', () => {
  const html = renderToStaticMarkup(
    <StaticTable
      caption="表"
      className="data-table compact"
      columns={columns}
      rows={lines}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ className: r.id === 'a' ? 'row-total' : undefined })}
    />,
  );
  it('has a header without sort buttons or aria-sort', () => {
    expect(html).not.toContain('<button');
    expect(html).not.toContain('aria-sort');
    expect(html).toContain('<th scope="col">项目</th><th scope="col" class="num">金额</th>');
  });
  it('renders each row as its columns say', () => {
    expect(html).toContain(
      '<tr class="row-total"><th scope="row">律师咨询服务, 法律</th><td class="num" data-label="金额" data-unit="万元">2.48</td>',
    );
  });
  it('exports from the data: quoted commas stay one field, negatives exact, missing empty, the unit named', () => {
    const sheet = columnSheet(
      columns.map((c) => ({ csvHeader: c.csvHeader ?? String(c.header), csv: c.csv })),
      lines,
      'yuan',
      '元',
    );
    expect(sheet).toEqual([
      ['项目', '金额(元)', '说明(元)'],
      ['律师咨询服务, 法律', '24800.00', '24800.00 a'],
      ['平台运维', '-7000.00', '-7000.00 b'],
      ['政务云服务费', '', 'c'],
    ]);
    expect(toCsv(sheet).split('\r\n')[1]).toBe('"律师咨询服务, 法律",24800.00,24800.00 a');
  });
});
