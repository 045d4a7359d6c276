import { Amount, useUnitLabel } from '../../components/Amount';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { sheetText } from '../../components/data-table/table-sheet';
import { SourceLink, sourceText } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import type { SangongComparison } from '../../domain/sangong';
import { formatPercent } from '../../lib/format/number';
import { PHONE, useMediaQuery } from '../../components/data-table/use-media-query';
import { useSangongLabels } from './sangong-labels';

/** This year against last year, item by item, with what the document says about each change. */
export function SangongTable({ rows, year: y }: { rows: readonly SangongComparison[]; year: number }) {
  const t = useT();
  const unit = useUnitLabel();
  const labels = useSangongLabels();
  const prevCol = t('sangong.yearCol', { year: y - 1 });
  const yearCol = t('sangong.yearCol', { year: y });
  // Columns only for what the document gives: a table without last year's column gets no 增减 (never a 0 or a
  // dash row by row), and no 说明 column when the notes state nothing.
  const prior = rows.some((r) => r.before);
  const stated = rows.some((r) => r.stated);
  // On a phone, where the rows are cards one under another, the total comes first.
  const phone = useMediaQuery(PHONE);
  const ordered = phone
    ? [...rows.filter((r) => r.key === 'total'), ...rows.filter((r) => r.key !== 'total')]
    : rows;
  const pct = (r: SangongComparison) => (r.changePct ? formatPercent(r.changePct, 2, true) : '—');
  const columns: Array<ShellColumn<SangongComparison> | false> = [
    {
      id: 'item',
      header: t('sangong.item'),
      rowHeader: true,
      cell: (r) => labels[r.key],
      csv: (r) => labels[r.key],
    },
    prior && {
      id: 'before',
      header: prevCol,
      numeric: true,
      label: prevCol,
      unit: true,
      cell: (r) => (r.before ? <Amount value={r.before} /> : t('sangong.notPrinted')),
      csv: (r) => r.before ?? t('sangong.notPrinted'),
    },
    {
      id: 'after',
      header: yearCol,
      numeric: true,
      label: yearCol,
      unit: true,
      cell: (r) => <Amount value={r.after} />,
      csv: (r) => r.after,
    },
    prior && {
      id: 'change',
      header: t('sangong.change'),
      numeric: true,
      label: t('sangong.change'),
      unit: true,
      cell: (r) => (r.change ? <Amount value={r.change} signed /> : '—'),
      csv: (r) => r.change ?? null,
    },
    prior && {
      id: 'changePct',
      header: t('sangong.changePct'),
      numeric: true,
      label: t('sangong.changePct'),
      cell: pct,
      csv: (r) => sheetText(pct(r)),
    },
    stated && {
      id: 'stated',
      header: t('sangong.stated'),
      label: t('sangong.stated'),
      className: 'small',
      cell: (r) =>
        r.stated ? (
          <>
            <span lang="zh-CN">
              “{r.stated.quote}”{r.stated.reason && <>;{r.stated.reason}</>}
            </span>{' '}
            <SourceLink line={r.stated.line} />
          </>
        ) : (
          <span className="muted">{t('sangong.notStated')}</span>
        ),
      csv: (r) =>
        r.stated
          ? `“${r.stated.quote}”${r.stated.reason ? `;${r.stated.reason}` : ''} ${sourceText(t, { line: r.stated.line })}`
          : t('sangong.notStated'),
    },
  ];
  return (
    <StaticTable
      caption={t('sangong.caption', { prev: y - 1, year: y, unit })}
      className="data-table responsive"
      columns={columns.filter((c) => c !== false)}
      rows={ordered}
      rowKey={(r) => r.key}
      rowProps={(r) => ({ className: r.key === 'total' ? 'row-total' : undefined })}
      exportName="sangong"
    />
  );
}
