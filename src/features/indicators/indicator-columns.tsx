// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { createColumnHelper } from '@tanstack/react-table';
import type { SortingFeatures } from '../../components/data-table/table-features';
import { TARGET_KIND } from '../../components/TargetReading';
import type { T } from '../../components/use-t';
import type { IndicatorRow } from '../../domain/indicators';
import { describeTarget } from '../../domain/targets/describe-target';
import type { Lang } from '../../lib/i18n/translate';
import { href } from '../../lib/route/href';

const col = createColumnHelper<SortingFeatures, IndicatorRow>();

/**
 * Columns of the all-indicators table; data cells are Chinese as printed, headers and readings translated. Widths
 * are fixed: the table is long and renders only the rows in view, so widths fitted to those rows would shift. No sort
 * functions: the view sorts the rows itself by collation ranks (sort-indicators.ts) and the table is `presorted`.
 */
export function indicatorColumns(t: T, lang: Lang) {
  const zhCell = (text: string) => <span lang="zh-CN">{text}</span>;
  return col.columns([
    col.accessor('name', {
      id: 'name',
      header: t('indicator.level3'),
      meta: { width: '27%' },
      cell: (c) => (
        <a href={href.project(c.row.original.projectId, { indicator: c.row.original.index })}>
          {zhCell(c.getValue())}
          {c.row.original.damaged && <span className="damage">{t('indicators.damaged')}</span>}
        </a>
      ),
    }),
    col.accessor('target', {
      id: 'target',
      header: t('indicator.target'),
      meta: { width: '17%', csv: (r) => r.target || t('common.empty') },
      cell: (c) => <strong>{c.getValue() ? zhCell(c.getValue()) : t('common.empty')}</strong>,
    }),
    col.accessor((r) => t(TARGET_KIND[r.parsed.kind]), {
      id: 'kind',
      header: t('indicators.col.kind'),
      meta: { width: '10%' },
      cell: (c) => (
        <span title={describeTarget(c.row.original.parsed, lang)} className="nowrap">
          {c.getValue()}
        </span>
      ),
    }),
    col.accessor('level1', {
      id: 'level1',
      header: t('indicators.level1'),
      meta: { width: '10%' },
      cell: (c) => zhCell(c.getValue()),
    }),
    col.accessor('level2', {
      id: 'level2',
      header: t('indicators.level2'),
      meta: { width: '13%' },
      cell: (c) => zhCell(c.getValue()),
    }),
    col.accessor('projectName', {
      id: 'project',
      header: t('indicators.col.project'),
      meta: { width: '23%' },
      cell: (c) => <a href={href.project(c.row.original.projectId)}>{zhCell(c.getValue())}</a>,
    }),
  ]);
}
