import '../../lib/i18n/late-strings';
import type Decimal from 'decimal.js';
import { Amount, useUnitLabel } from '../../components/Amount';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { sheetText } from '../../components/data-table/table-sheet';
import { SourceLink, sourceText } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import { tableName } from '../../components/table-name';
import { type ExecutionRow, itemExecution, sangongExecution } from '../../domain/execution';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';

/** 决算: per 项 and per 三公 item, what was budgeted against what was spent, with the document's reasons. */
export function ExecutionView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  if (dataset.kind !== 'final')
    return (
      <article className="view">
        <h1>{t('execution.title')}</h1>
        <p className="lead" role="note">
          {t('execution.notFinal')}
        </p>
      </article>
    );
  const items = itemExecution(dataset);
  const sangong = sangongExecution(dataset);
  return (
    <article className="view execution-view">
      <h1>{t('execution.title')}</h1>
      <p className="lead">{t('execution.lead')}</p>
      <section aria-labelledby="ex-items-h">
        <h2 id="ex-items-h">{t('execution.items')}</h2>
        {items.length ? (
          <ExecutionTable rows={items} name="execution-items" caption={t('execution.itemsCaption')} />
        ) : (
          <p>{t('execution.noItems')}</p>
        )}
      </section>
      <section aria-labelledby="ex-sg-h">
        <h2 id="ex-sg-h">{t('execution.sangong')}</h2>
        {sangong.length ? (
          <>
            <p className="muted">
              {t('execution.sangongFrom')}{' '}
              <SourceLink
                at={dataset.tables.sangong.rows[0]}
                table="sangong"
                label={tableName(dataset, 'sangong')}
                labelIsPrinted
              />
            </p>
            <ExecutionTable rows={sangong} name="execution-sangong" caption={t('execution.sangongCaption')} />
          </>
        ) : (
          <p>{t('execution.noSangong')}</p>
        )}
      </section>
    </article>
  );
}

function ExecutionTable({
  rows,
  name,
  caption,
}: {
  rows: readonly ExecutionRow[];
  name: string;
  caption: string;
}) {
  const t = useT();
  const unit = useUnitLabel();
  const stated = rows.some((r) => r.statedRatio || r.reason);
  const dash = (v: Decimal | null, signed?: boolean) => (v ? <Amount value={v} signed={signed} /> : '—');
  const columns: Array<ShellColumn<ExecutionRow> | false> = [
    {
      id: 'item',
      header: t('execution.item'),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.code && <span className="code">{r.code} </span>}
          <Zh>{r.name}</Zh>
        </>
      ),
      csv: (r) => [r.code ? `${r.code} ` : '', r.name],
    },
    {
      id: 'budget',
      header: t('execution.budget'),
      numeric: true,
      label: t('execution.budget'),
      unit: true,
      cell: (r) => (
        <>
          {dash(r.budget)}
          <span className="muted small"> {r.budgetLabel}</span>
        </>
      ),
      csv: (r) => [r.budget ?? '—', ' ', r.budgetLabel],
    },
    {
      id: 'actual',
      header: t('execution.actual'),
      numeric: true,
      label: t('execution.actual'),
      unit: true,
      cell: (r) => dash(r.actual),
      csv: (r) => r.actual ?? null,
    },
    {
      id: 'ratio',
      header: t('execution.ratio'),
      numeric: true,
      label: t('execution.ratio'),
      cell: (r) => (r.ratio ? formatPercent(r.ratio, 2) : '—'),
      csv: (r) => (r.ratio ? sheetText(formatPercent(r.ratio, 2)) : null),
    },
    {
      id: 'gap',
      header: t('execution.gap'),
      numeric: true,
      label: t('execution.gap'),
      unit: true,
      cell: (r) => dash(r.gap, true),
      csv: (r) => r.gap ?? null,
    },
    stated && {
      id: 'stated',
      header: t('execution.stated'),
      label: t('execution.stated'),
      className: 'small',
      cell: (r) => (
        <>
          {r.statedRatio && t('execution.statedRatio', { pct: formatPercent(r.statedRatio, 2) })}
          {r.reason && <Zh>{r.reason}</Zh>} {r.at && <SourceLink at={r.at} />}
        </>
      ),
      csv: (r) => [
        r.statedRatio ? sheetText(t('execution.statedRatio', { pct: formatPercent(r.statedRatio, 2) })) : '',
        r.reason ?? '',
        ' ',
        r.at ? sourceText(t, r.at) : '',
      ],
    },
  ];
  return (
    <StaticTable
      caption={t('execution.caption', { what: caption, unit })}
      className="data-table compact responsive"
      columns={columns.filter((c) => c !== false)}
      rows={rows}
      rowKey={(r) => r.key}
      rowProps={(r) => ({ className: r.key === 'sg-total' ? 'row-total' : undefined })}
      exportName={name}
    />
  );
}
