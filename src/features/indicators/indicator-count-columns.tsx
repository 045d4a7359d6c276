import type { ShellColumn } from '../../components/data-table/StaticTable';
import type { T } from '../../components/use-t';
import type { indicatorCounts } from '../../domain/indicators';

type Count = ReturnType<typeof indicatorCounts>[number];

/** The chart's table twin: indicators per 一级 and 二级 (names as printed, counts as numbers). */
export function countColumns(t: T): Array<ShellColumn<Count>> {
  return [
    {
      id: 'level1',
      header: t('indicators.level1'),
      lang: 'zh-CN',
      cell: (c) => c.level1,
      csv: (c) => c.level1,
    },
    {
      id: 'level2',
      header: t('indicators.level2'),
      lang: 'zh-CN',
      cell: (c) => c.level2,
      csv: (c) => c.level2,
    },
    {
      id: 'count',
      header: t('indicators.count'),
      numeric: true,
      cell: (c) => c.count,
      csv: (c) => c.count,
    },
  ];
}
