import '../../lib/i18n/late-strings';
import { createColumnHelper } from '@tanstack/react-table';
import { Amount } from '../../components/Amount';
import type { SortingFeatures } from '../../components/data-table/table-features';
import { sortByDecimal, sortByNumber, sortByText } from '../../components/data-table/sort-fns';
import type { T } from '../../components/use-t';
import type { ProjectRow } from '../../domain/projects';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';

const col = createColumnHelper<SortingFeatures, ProjectRow>();

/** Columns of the project list; money sorts by Decimal, names in 拼音 order. Headers in the reader's language. */
export function projectColumns(t: T) {
  return col.columns([
    col.accessor('name', {
      id: 'name',
      header: t('projects.col.name'),
      sortFn: sortByText,
      // The name as printed; the CSV's first column has the id that tells namesakes apart (csvKey).
      cell: (c) => (
        <>
          <span lang="zh-CN">{c.getValue()}</span>
          {c.row.original.sameName.length > 0 && (
            <span className="muted small">{t('common.sameName', { id: c.row.original.id })}</span>
          )}
        </>
      ),
    }),
    col.accessor('type', {
      id: 'type',
      header: t('projects.col.type'),
      sortFn: sortByText,
      cell: (c) => (
        <span className="nowrap" lang="zh-CN">
          {c.getValue()}
        </span>
      ),
    }),
    col.accessor('total', {
      id: 'amount',
      header: t('projects.col.amount'),
      sortFn: sortByDecimal,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (c) => <Amount value={c.getValue()} />,
    }),
    col.accessor('share', {
      id: 'share',
      header: t('projects.col.share'),
      sortFn: sortByDecimal,
      sortDescFirst: true,
      // A share, not an amount: a number of percent, for a spreadsheet to add up.
      meta: {
        numeric: true,
        csv: (r) => r.share?.toFixed(2) ?? null,
        csvHeader: `${t('projects.col.share')}(%)`,
      },
      cell: (c) => formatPercent(c.getValue()),
    }),
    col.accessor((r) => r.funding.join('、'), {
      id: 'funding',
      header: t('projects.col.funding'),
      sortFn: sortByText,
      cell: (c) => (
        <span className="nowrap" lang="zh-CN">
          {c.getValue()}
        </span>
      ),
    }),
    col.accessor('indicatorCount', {
      id: 'indicators',
      header: t('projects.col.indicators'),
      sortFn: sortByNumber,
      sortDescFirst: true,
      meta: {
        numeric: true,
        // No table, no number: an empty cell (a spreadsheet would read the notice as text in a number column).
        csv: (r) => r.indicatorCount || null,
      },
      cell: (c) =>
        c.getValue() ? c.getValue() : <span className="muted">{t('projects.noPerformance')}</span>,
    }),
    col.accessor((r) => r.vague.vagueShare, {
      id: 'vague',
      header: t('projects.col.vague'),
      sortFn: sortByDecimal,
      sortDescFirst: true,
      meta: {
        numeric: true,
        csv: (r) => r.vague.vagueShare?.toFixed(2) ?? null,
        csvHeader: `${t('projects.col.vague')}(%)`,
      },
      cell: (c) => {
        const v = c.row.original.vague;
        if (v.vagueShare === null) return <span className="muted">—</span>;
        return (
          <span
            title={t('projects.vagueTitle', {
              indicators: v.indicators,
              qualitative: v.qualitative,
              blank: v.blank,
              restatesBudget: v.restatesBudget,
            })}
          >
            {formatPercent(v.vagueShare)}
          </span>
        );
      },
    }),
    col.accessor('attribution', {
      id: 'attribution',
      header: t('projects.col.attribution'),
      sortFn: sortByText,
      meta: {
        csv: (r) => (r.attribution === 'attributed' ? r.functionCodes.join(' ') : t('projects.unattributed')),
      },
      cell: (c) =>
        c.getValue() === 'attributed' ? (
          c.row.original.functionCodes.map((code) => (
            <a key={code} href={href.functions(code)}>
              {code}
            </a>
          ))
        ) : (
          <span
            className="muted"
            title={t('projects.unattributedTitle', {
              codes: c.row.original.functionCodes.join(t('projects.or')),
            })}
          >
            {t('projects.unattributed')}
          </span>
        ),
    }),
  ]);
}
